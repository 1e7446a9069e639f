package org.medlist.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.medlist.knowledge.CuratedTable.CuratedDataException;
import org.medlist.knowledge.CuratedTable.Row;

/**
 * Every curated table, parsed and checked: enumerated values, required cells, and the references
 * between tables (a rule's classes and effect, a precaution's class, group or condition). The
 * knowledge-base build runs this on resources/knowledge/curated and refuses a bad row with its file,
 * line and column; the runtime reads the validated copies the build wrote.
 */
public record CuratedTables(
        Map<String, SourceInfo> sources,
        List<Alias> aliases,
        List<Product> products,
        Map<String, Curated.TherapeuticClass> classes,
        Map<String, ClassMembership> classMembership,
        List<Curated.ClassRule> classRules,
        List<Curated.Effect> effects,
        List<Curated.Group> groups,
        List<Curated.Precaution> precautions,
        Map<String, Curated.Condition> conditions,
        List<Curated.AllergyClass> allergyClasses) {

    /** The files, in the order they are read and written. */
    public static final List<String> FILES = List.of("sources.tsv", "aliases.tsv", "products.tsv", "classes.tsv", "class_rules.tsv",
            "effects.tsv", "groups.tsv", "precautions.tsv", "conditions.tsv", "allergy_classes.tsv");

    static final Set<String> TOPICS = Set.of("driving", "alcohol", "pregnancy", "breastfeeding", "older_adults", "allergy", "condition", "stopping", "other");
    static final Set<String> TARGET_KINDS = Set.of("ingredient", "class", "group");
    static final Set<String> AUDIENCES = Set.of("everyone", "drivers", "alcohol", "age65", "child", "pregnancy", "breastfeeding");
    /** The label sections bundled in sources/openfda_label_sections_*.tsv.gz. */
    public static final Set<String> LABEL_SECTIONS = Set.of("boxed_warning", "contraindications", "warnings_and_cautions", "warnings");
    private static final Pattern SET_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ANSM_ROW = Pattern.compile("ansm:[1-9][0-9]*");

    public record Alias(String alias, String ingredient, String source) {}

    public record Product(String name, List<String> ingredients, String source) {}

    /** How the build decides class membership: by ATC prefix or by listed ingredient. */
    public record ClassMembership(String id, List<String> atcPrefixes, Set<String> ingredients) {}

    /** Reads and checks every table; {@code open} gives a file's content by its name. */
    public static CuratedTables read(Function<String, InputStream> open) {
        Map<String, SourceInfo> sources = new LinkedHashMap<>();
        for (Row r : table(open, "sources.tsv", "id", "name", "version", "licence", "attribution", "url")) {
            String id = r.text("id");
            if (sources.put(id, new SourceInfo(id, r.text("name"), r.text("version"), r.text("licence"), r.text("attribution"), r.optional("url"))) != null) {
                throw r.error("id", "source " + id + " is listed twice");
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (Row r : table(open, "aliases.tsv", "alias", "ingredient", "source")) {
            aliases.add(new Alias(r.text("alias"), r.text("ingredient"), r.text("source")));
        }
        List<Product> products = new ArrayList<>();
        for (Row r : table(open, "products.tsv", "name", "ingredients", "source")) {
            List<String> ingredients = Tsv.split(r.text("ingredients"), " + ");
            products.add(new Product(r.text("name"), ingredients, r.text("source")));
        }
        Map<String, Curated.TherapeuticClass> classes = new LinkedHashMap<>();
        Map<String, ClassMembership> membership = new LinkedHashMap<>();
        for (Row r : table(open, "classes.tsv", "class", "label", "usually_for", "atc_prefixes", "ingredients", "duplicate_check", "source")) {
            String id = r.text("class");
            if (classes.containsKey(id)) throw r.error("class", "class " + id + " is defined twice");
            List<String> atc = r.list("atc_prefixes");
            Set<String> ingredients = new TreeSet<>(r.list("ingredients"));
            if (atc.isEmpty() && ingredients.isEmpty()) throw r.error("atc_prefixes", "a class needs ATC prefixes or ingredients");
            classes.put(id, new Curated.TherapeuticClass(id, r.text("label"), r.text("usually_for"), r.yesNo("duplicate_check"), r.text("source")));
            membership.put(id, new ClassMembership(id, atc, ingredients));
        }
        List<Curated.Effect> effects = new ArrayList<>();
        Set<String> effectIds = new TreeSet<>();
        for (Row r : table(open, "effects.tsv", "effect", "label", "summary", "watch_for", "mechanism_pattern", "source")) {
            String id = r.text("effect");
            if (!effectIds.add(id)) throw r.error("effect", "effect " + id + " is defined twice");
            effects.add(new Curated.Effect(id, r.text("label"), r.text("summary"), r.list("watch_for"), r.pattern("mechanism_pattern"), r.text("source")));
        }
        List<Curated.ClassRule> rules = new ArrayList<>();
        for (Row r : table(open, "class_rules.tsv", "class_a", "class_b", "severity", "effect", "source")) {
            rules.add(new Curated.ClassRule(known(r, "class_a", classes.keySet()), known(r, "class_b", classes.keySet()),
                    r.severity("severity"), known(r, "effect", effectIds), r.text("source")));
        }
        List<Curated.Group> groups = new ArrayList<>();
        for (Row r : table(open, "groups.tsv", "group", "label", "classes", "ingredients", "effect", "source")) {
            for (String c : r.list("classes")) if (!classes.containsKey(c)) throw r.error("classes", "unknown class " + c);
            groups.add(new Curated.Group(r.text("group"), r.text("label"), new TreeSet<>(r.list("classes")), new TreeSet<>(r.list("ingredients")),
                    known(r, "effect", effectIds), r.text("source")));
        }
        Map<String, Curated.Condition> conditions = new LinkedHashMap<>();
        for (Row r : table(open, "conditions.tsv", "code", "label", "source")) {
            conditions.put(r.text("code"), new Curated.Condition(r.text("code"), r.text("label"), r.text("source")));
        }
        Set<String> groupIds = new TreeSet<>();
        groups.forEach(g -> groupIds.add(g.id()));
        List<Curated.Precaution> precautions = new ArrayList<>();
        Set<String> precautionIds = new TreeSet<>();
        for (Row r : table(open, "precautions.tsv", "id", "applies_to", "target", "topic", "audience", "text", "source",
                "setid", "section", "quote", "warning")) {
            String id = r.text("id");
            if (!precautionIds.add(id)) throw r.error("id", "precaution " + id + " is defined twice");
            String kind = r.oneOf("applies_to", TARGET_KINDS);
            String target = switch (kind) {
                case "class" -> known(r, "target", classes.keySet());
                case "group" -> known(r, "target", groupIds);
                default -> r.text("target");
            };
            String audience = r.text("audience");
            if (audience.startsWith("condition:")) {
                if (!conditions.containsKey(audience.substring("condition:".length()))) throw r.error("audience", "unknown condition " + audience);
            } else if (!AUDIENCES.contains(audience)) {
                throw r.error("audience", "'" + audience + "' is not an audience");
            }
            Optional<Severity> warning = r.optional("warning").isEmpty() ? Optional.empty() : Optional.of(r.severity("warning"));
            if (warning.isPresent() && !warning.get().isWarning()) throw r.error("warning", "a profile warning is moderate or worse");
            if (warning.isPresent() && audience.equals("everyone")) throw r.error("warning", "a profile warning needs an audience other than everyone");
            precautions.add(new Curated.Precaution(id, kind, target, r.oneOf("topic", TOPICS), audience, r.text("text"), r.text("source"),
                    evidence(r), warning));
        }
        List<Curated.AllergyClass> allergyClasses = new ArrayList<>();
        for (Row r : table(open, "allergy_classes.tsv", "name", "synonyms", "classes", "atc_prefixes", "ingredients", "source")) {
            for (String c : r.list("classes")) if (!classes.containsKey(c)) throw r.error("classes", "unknown class " + c);
            allergyClasses.add(new Curated.AllergyClass(r.text("name"), new TreeSet<>(r.list("synonyms")), new TreeSet<>(r.list("classes")),
                    r.list("atc_prefixes"), new TreeSet<>(r.list("ingredients")), r.text("source")));
        }
        return new CuratedTables(sources, aliases, products, classes, membership, rules, effects, groups, precautions, conditions, allergyClasses);
    }

    /** A label set id with one of the bundled sections, an ANSM annex row, or nothing; a quote needs one of the first two. */
    private static Curated.Evidence evidence(Row r) {
        String setId = r.optional("setid");
        String section = r.optional("section");
        String quote = r.optional("quote");
        if (!setId.isEmpty() && !SET_ID.matcher(setId).matches()) throw r.error("setid", "'" + setId + "' is not an SPL set id");
        if (!setId.isEmpty() && !LABEL_SECTIONS.contains(section)) throw r.error("section", "'" + section + "' is not one of " + new TreeSet<>(LABEL_SECTIONS));
        if (setId.isEmpty() && !section.isEmpty() && !ANSM_ROW.matcher(section).matches()) {
            throw r.error("section", "'" + section + "' needs a setid (a label section) or is ansm:N (an ANSM annex row)");
        }
        if (!quote.isEmpty() && section.isEmpty()) throw r.error("quote", "a quote needs the setid and section it comes from");
        return new Curated.Evidence(setId, section, quote);
    }

    private static List<Row> table(Function<String, InputStream> open, String file, String... columns) {
        InputStream in = open.apply(file);
        if (in == null) throw new CuratedDataException(file + ": missing");
        return CuratedTable.read(file, in, Set.of(columns)).rows();
    }

    private static String known(Row r, String column, Set<String> ids) {
        String v = r.text(column);
        if (!ids.contains(v)) throw r.error(column, "unknown " + column.replace("_a", "").replace("_b", "") + " '" + v + "'");
        return v;
    }
}
