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
        List<UncheckedName> uncheckedNames,
        Map<String, Curated.TherapeuticClass> classes,
        Map<String, ClassMembership> classMembership,
        List<Curated.ClassRule> classRules,
        List<Curated.Effect> effects,
        List<Curated.Group> groups,
        List<Curated.Precaution> precautions,
        Map<String, Curated.Condition> conditions,
        List<Curated.AllergyClass> allergyClasses,
        Curated.Explanations explanations,
        List<Curated.GradingRule> grading) {

    /** The files, in the order they are read and written. */
    public static final List<String> FILES = List.of("sources.tsv", "aliases.tsv", "products.tsv", "unchecked_names.tsv", "classes.tsv", "class_rules.tsv",
            "effects.tsv", "groups.tsv", "precautions.tsv", "conditions.tsv", "allergy_classes.tsv",
            "mechanisms.tsv", "drugbank_types.tsv", "timing.tsv", "condition_texts.tsv", "class_effects.tsv", "grading_policy.tsv");

    static final Set<String> TOPICS = Set.of("driving", "alcohol", "pregnancy", "breastfeeding", "older_adults", "allergy", "condition", "stopping", "other");
    static final Set<String> TARGET_KINDS = Set.of("ingredient", "class", "group");
    static final Set<String> GRADING_KINDS = Set.of("grade_map", "needs_corroboration", "keeps_warning", "condition", "protective", "regimen", "relevance", "caps");
    /** A condition on the person or the entry: age, a coded condition, a dose in mg per dose of one ingredient. */
    static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile("age>=\\d+|age<\\d+|pregnant|drinks:no|condition:[a-z_]+|dose:[a-z .'-]+(>=|<)\\d+(\\.\\d+)?mg");
    static final Set<String> AUDIENCES = Set.of("everyone", "drivers", "alcohol", "age65", "child", "pregnancy", "breastfeeding");
    /** The label sections bundled in sources/openfda_label_sections_*.tsv.gz. */
    public static final Set<String> LABEL_SECTIONS = Set.of("boxed_warning", "contraindications", "warnings_and_cautions", "warnings");
    private static final Pattern SET_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ANSM_ROW = Pattern.compile("ansm:[1-9][0-9]*");

    /** How a medicine is sold in the US, when a cited source says so; empty when unknown (never guessed). */
    public static final Set<String> SOLD_AS = Set.of("", "rx", "otc", "supplement");

    /** Another name for one ingredient ("paracetamol", "vitamin D3"); {@code soldAs} only when the name itself says how it is sold. */
    public record Alias(String alias, String ingredient, String soldAs, String source) {
        public Alias(String alias, String ingredient, String source) { this(alias, ingredient, "", source); }
    }

    /** A product or consumer phrasing and its ingredients; {@code strength} only when the name fixes it ("baby aspirin": 81 mg). */
    public record Product(String name, List<String> ingredients, String soldAs, String strength, String source) {
        public Product(String name, List<String> ingredients, String source) { this(name, ingredients, "", "", source); }
    }

    /**
     * A name people type that is recognised but cannot be checked, because its ingredients differ from
     * product to product ("prenatal vitamins"); the note says what to enter instead.
     */
    public record UncheckedName(String name, String soldAs, String note, String source) {}

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
        Set<String> typedNames = new TreeSet<>();
        for (Row r : table(open, "aliases.tsv", "alias", "ingredient", "kind", "source")) {
            Alias a = new Alias(r.text("alias"), r.text("ingredient"), r.oneOf("kind", SOLD_AS), r.text("source"));
            if (!typedNames.add(NameKey.of(a.alias()))) throw r.error("alias", "'" + a.alias() + "' is listed twice");
            aliases.add(a);
        }
        List<Product> products = new ArrayList<>();
        for (Row r : table(open, "products.tsv", "name", "ingredients", "kind", "strength", "source")) {
            List<String> ingredients = Tsv.split(r.text("ingredients"), " + ");
            Product p = new Product(r.text("name"), ingredients, r.oneOf("kind", SOLD_AS), r.optional("strength"), r.text("source"));
            if (!typedNames.add(NameKey.of(p.name()))) throw r.error("name", "'" + p.name() + "' is listed twice");
            products.add(p);
        }
        List<UncheckedName> unchecked = new ArrayList<>();
        for (Row r : table(open, "unchecked_names.tsv", "name", "kind", "note", "source")) {
            UncheckedName u = new UncheckedName(r.text("name"), r.oneOf("kind", SOLD_AS), r.text("note"), r.text("source"));
            if (!typedNames.add(NameKey.of(u.name()))) throw r.error("name", "'" + u.name() + "' is listed twice");
            unchecked.add(u);
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
        for (Row r : table(open, "effects.tsv", "effect", "label", "summary", "watch_for", "what_to_do", "template", "pair_template", "source")) {
            String id = r.text("effect");
            if (!effectIds.add(id)) throw r.error("effect", "effect " + id + " is defined twice");
            if (r.list("watch_for").isEmpty()) throw r.error("watch_for", "an effect needs at least one thing to watch for");
            effects.add(new Curated.Effect(id, r.text("label"), r.text("summary"), r.list("watch_for"), r.text("what_to_do"),
                    placeholders(r, "template", "{other}", "{affected}"), placeholders(r, "pair_template", "{a}", "{b}"), r.text("source")));
        }
        List<Curated.ClassRule> rules = new ArrayList<>();
        List<Row> ruleRows = new ArrayList<>();
        for (Row r : table(open, "class_rules.tsv", "class_a", "class_b", "severity", "effect", "source", "when")) {
            ruleRows.add(r);
            rules.add(new Curated.ClassRule(known(r, "class_a", classes.keySet()), known(r, "class_b", classes.keySet()),
                    r.severity("severity"), known(r, "effect", effectIds), r.text("source"), when(r)));
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
        for (Row r : ruleRows) {
            String when = r.optional("when");
            if (when.startsWith("condition:") && !conditions.containsKey(when.substring(10))) throw r.error("when", "unknown condition " + when);
        }
        List<Curated.GradingRule> grading = new ArrayList<>();
        Set<String> gradingIds = new TreeSet<>();
        for (Row r : table(open, "grading_policy.tsv", "rule", "kind", "source", "grade", "a", "b", "pattern", "when", "severity", "applies_if", "citation")) {
            String id = r.text("rule");
            if (!gradingIds.add(id)) throw r.error("rule", "rule " + id + " is defined twice");
            String kind = r.oneOf("kind", GRADING_KINDS);
            String source = r.optional("source");
            if (!source.isEmpty() && !sources.containsKey(source)) throw r.error("source", "unknown source '" + source + "'");
            if (Set.of("grade_map", "needs_corroboration", "condition", "caps").contains(kind) && source.isEmpty()) throw r.error("source", "a " + kind + " row names its source");
            if (Set.of("keeps_warning", "protective", "regimen").contains(kind) && (r.list("a").isEmpty() || r.list("b").isEmpty())) {
                throw r.error(r.list("a").isEmpty() ? "a" : "b", "a " + kind + " row names both sides");
            }
            String when = when(r);
            if (!when.isEmpty() && when.startsWith("condition:") && !conditions.containsKey(when.substring(10))) throw r.error("when", "unknown condition " + when);
            if (kind.equals("condition") && when.isEmpty()) throw r.error("when", "a condition row says when it applies");
            java.util.regex.Pattern pattern = r.optional("pattern").isEmpty() ? null : r.pattern("pattern");
            Severity severity = kind.equals("grade_map") || !r.optional("severity").isEmpty() ? r.severity("severity") : Severity.INFO;
            grading.add(new Curated.GradingRule(id, kind, source, r.optional("grade"), new TreeSet<>(r.list("a")), new TreeSet<>(r.list("b")),
                    pattern, when, severity, r.optional("applies_if"), r.text("citation")));
        }
        return new CuratedTables(sources, aliases, products, unchecked, classes, membership, rules, effects, groups, precautions, conditions, allergyClasses,
                explanations(open, effectIds, classes.keySet()), grading);
    }

    /** The tables that choose a warning's words: mechanism patterns, DrugBank types, timing and condition texts. */
    private static Curated.Explanations explanations(Function<String, InputStream> open, Set<String> effectIds, Set<String> classIds) {
        List<Curated.MechanismPattern> mechanisms = new ArrayList<>();
        for (Row r : table(open, "mechanisms.tsv", "pattern", "effect", "source")) {
            mechanisms.add(new Curated.MechanismPattern(r.pattern("pattern"), known(r, "effect", effectIds), r.text("source")));
        }
        Map<Integer, Curated.DrugbankType> types = new java.util.TreeMap<>();
        for (Row r : table(open, "drugbank_types.tsv", "type", "sentence", "effect", "affected", "unmapped_reason", "source")) {
            int type;
            try {
                type = Integer.parseInt(r.text("type"));
            } catch (NumberFormatException e) {
                throw r.error("type", "'" + r.optional("type") + "' is not a type number");
            }
            if (type < 1 || type > 86) throw r.error("type", "DrugBank types are numbered 1 to 86");
            String effect = r.optional("effect");
            if (effect.isEmpty() && r.optional("unmapped_reason").isEmpty()) throw r.error("unmapped_reason", "a type without an effect needs the reason");
            if (!effect.isEmpty()) known(r, "effect", effectIds);
            String affected = r.oneOf("affected", Set.of("drug1", "drug2", "none"));
            String sentence = r.text("sentence");
            if (!sentence.contains("#Drug1") || !sentence.contains("#Drug2")) throw r.error("sentence", "the sentence must name #Drug1 and #Drug2");
            if (types.put(type, new Curated.DrugbankType(type, sentence, effect, affected, r.optional("unmapped_reason"), r.text("source"))) != null) {
                throw r.error("type", "type " + type + " is listed twice");
            }
        }
        List<Curated.Timing> timings = new ArrayList<>();
        for (Row r : table(open, "timing.tsv", "medicine", "partners", "advice", "quote", "set_id", "section", "source")) {
            if (r.list("partners").isEmpty()) throw r.error("partners", "a timing row needs at least one partner");
            if (!r.text("advice").contains("{other}")) throw r.error("advice", "the advice must name the other medicine as {other}");
            timings.add(new Curated.Timing(r.text("medicine"), new TreeSet<>(r.list("partners")), r.text("advice"), r.text("quote"),
                    r.text("set_id"), r.text("section"), r.text("source")));
        }
        List<Curated.ConditionText> conditionTexts = new ArrayList<>();
        for (Row r : table(open, "condition_texts.tsv", "pattern", "text", "source")) {
            conditionTexts.add(new Curated.ConditionText(r.pattern("pattern"), r.text("text"), r.text("source")));
        }
        List<Curated.ClassEffect> classEffects = new ArrayList<>();
        for (Row r : table(open, "class_effects.tsv", "kind", "name", "effect", "source")) {
            String kind = r.oneOf("kind", Set.of("class", "epc", "ingredient"));
            String name = kind.equals("class") ? known(r, "name", classIds) : r.text("name");
            classEffects.add(new Curated.ClassEffect(kind, name, known(r, "effect", effectIds), r.text("source")));
        }
        return new Curated.Explanations(List.copyOf(mechanisms), java.util.Collections.unmodifiableMap(types), List.copyOf(timings),
                List.copyOf(conditionTexts), List.copyOf(classEffects));
    }

    /** A template cell that must use every one of {@code names} and no other placeholder. */
    private static String placeholders(Row r, String column, String... names) {
        String v = r.text(column);
        for (String n : names) if (!v.contains(n)) throw r.error(column, "the template must use " + n);
        String rest = v;
        for (String n : names) rest = rest.replace(n, "");
        if (rest.matches("(?s).*\\{[a-z_]*}.*")) throw r.error(column, "unknown placeholder; use " + String.join(" and ", names));
        return v;
    }

    private static String when(Row r) {
        String v = r.optional("when");
        if (!v.isEmpty() && !WHEN.matcher(v).matches()) throw r.error("when", "'" + v + "' is not a condition (age>=65, condition:kidney_disease, dose:aspirin>=500mg)");
        return v;
    }

    /** The severity a source's own grade maps to, by the grading policy; empty when the policy has no row for it. */
    public java.util.Optional<Severity> mappedGrade(String source, String grade) {
        Severity any = null;
        for (Curated.GradingRule g : grading) {
            if (!g.kind().equals("grade_map") || !g.source().equals(source)) continue;
            if (g.grade().equalsIgnoreCase(grade)) return java.util.Optional.of(g.severity());
            if (g.grade().equals("*")) any = g.severity();
        }
        return java.util.Optional.ofNullable(any);
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
