package org.medlist.knowledge.build;

import java.nio.file.Path;
import org.medlist.knowledge.CuratedTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.medlist.knowledge.NameKey;
import org.medlist.knowledge.Tsv;
import org.medlist.knowledge.build.KnowledgeBaseBuilder.NameRow;

/**
 * Every name a user may type, with the ingredients it stands for. Where two sources know a name, the
 * first in this order wins: MedList's curated products and aliases, RxNorm brands, RxTerms, Drugs@FDA,
 * the ingredient names themselves, then DrugBank synonyms (INN and other spellings).
 */
final class NameTable {
    private final Path sources;
    private final CuratedTables curated;
    private final IngredientNames names;
    private final Map<String, NameRow> rows = new LinkedHashMap<>();

    NameTable(Path sources, CuratedTables curated, IngredientNames names) {
        this.sources = sources;
        this.curated = curated;
        this.names = names;
    }

    Map<String, NameRow> build(Set<String> interactingIngredients) {
        curated.products().forEach(p -> add(p.name(), ingredients(String.join(" + ", p.ingredients()), " + "), "product", "MEDLIST", p.soldAs(), p.strength()));
        curated.aliases().forEach(a -> add(a.alias(), List.of(names.canonical(a.ingredient())), "synonym", "MEDLIST", a.soldAs(), ""));
        SourceTables.read(sources.resolve("rxnorm_brand_ingredients.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("brand_name"), ingredients(r.get("ingredients"), " + "), "brand", "RXNORM"));
        SourceTables.read(sources.resolve("rxterms_202606_display_names_ingredients.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            boolean brand = r.get("name_type").equals("brand");
            String display = brand ? r.get("name") : r.get("name").toLowerCase(Locale.ROOT);
            add(display, ingredients(r.get("ingredients"), " + "), brand ? "brand" : "generic", "RXTERMS");
        });
        readDrugsAtFda();
        List<String> all = new ArrayList<>(interactingIngredients);
        rows.values().forEach(r -> all.addAll(r.ingredients()));
        all.stream().distinct().sorted().forEach(i -> add(i, List.of(i), "generic", "MEDLIST"));
        readDrugbankSynonyms(interactingIngredients);
        return new TreeMap<>(rows);
    }

    /** Drugs@FDA lists one row per product strength; a name takes its most frequent ingredient set. */
    private void readDrugsAtFda() {
        Map<String, Map<List<String>, Integer>> counts = new TreeMap<>();
        SourceTables.read(sources.resolve("drugsatfda_products_2018-07.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            String name = r.get("DrugName").strip();
            if (name.isEmpty()) return;
            List<String> ings = ingredients(r.get("ActiveIngredient").replace(";", "; "), "; ");
            counts.computeIfAbsent(name, n -> new HashMap<>()).merge(ings, 1, Integer::sum);
        });
        counts.forEach((name, sets) -> {
            List<String> best = sets.entrySet().stream()
                    .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                    .findFirst().orElseThrow().getKey();
            boolean generic = namesItsIngredients(name, best);
            add(generic ? name.toLowerCase(Locale.ROOT) : name, best, generic ? "generic" : "brand", "DRUGSATFDA");
        });
    }

    /**
     * "WARFARIN SODIUM" or "LISINOPRIL AND HYDROCHLOROTHIAZIDE" is a generic name, not a brand: each
     * part, salt words removed, is one of its ingredients. Ranked as a brand it would come before the
     * plain generic the person typed.
     */
    private boolean namesItsIngredients(String name, List<String> ingredients) {
        String[] parts = KnowledgeBaseBuilder.lower(name).split("\\s*(?:,|;|/| and | & |\\+)\\s*");
        if (parts.length != ingredients.size()) return false;
        for (String part : parts) if (!ingredients.contains(names.canonical(part))) return false;
        return true;
    }

    private void readDrugbankSynonyms(Set<String> interacting) {
        Map<String, Integer> use = new HashMap<>();
        Map<String, List<String>> byId = new HashMap<>();
        SourceTables.read(sources.resolve("drugbank_vocabulary_open_data_2023.csv.gz"), SourceTables.CSV, r -> {
            List<String> syns = Tsv.split(r.get("Synonyms"), " | ");
            byId.put(r.get("DrugBank ID"), syns);
            syns.stream().map(NameKey::of).distinct().forEach(k -> use.merge(k, 1, Integer::sum));
        });
        new TreeMap<>(names.drugbankNames()).forEach((id, ingredient) -> {
            if (!interacting.contains(ingredient)) return;
            for (String syn : byId.getOrDefault(id, List.of())) {
                String key = NameKey.of(syn);
                boolean plausible = key.length() >= 4 && key.length() <= 40 && key.chars().noneMatch(Character::isDigit);
                if (plausible && use.get(key) == 1 && !typoOf(key, NameKey.of(ingredient))) add(syn, List.of(ingredient), "synonym", "DRUGBANK");
            }
        });
    }

    /**
     * "Omeprazol", "Ibuprophen", "Mélatonine": a synonym a letter or two from the US name reads as a typo.
     * Accepted, it would make a misspelling pass silently; left out, it is still suggested.
     */
    private static boolean typoOf(String synonym, String usName) {
        return !synonym.equals(usName) && org.medlist.knowledge.EditDistance.osa(synonym, usName, 2) <= 2;
    }

    private List<String> ingredients(String joined, String separator) {
        return KnowledgeBaseBuilder.distinct(Tsv.split(joined, separator).stream().map(String::strip).map(names::canonical).filter(s -> !s.isEmpty()).toList());
    }

    private void add(String display, List<String> ingredients, String kind, String source) {
        add(display, ingredients, kind, source, "", "");
    }

    private void add(String display, List<String> ingredients, String kind, String source, String soldAs, String strength) {
        String key = NameKey.of(display);
        if (key.isEmpty() || ingredients.isEmpty() || rows.containsKey(key)) return;
        rows.put(key, new NameRow(key, tidy(display, kind), ingredients, kind, source, soldAs, strength));
    }

    /** Brand names in capitals ("TYLENOL PM", "oxyCODONE") read better as "Tylenol PM". */
    static String tidy(String display, String kind) {
        String s = display.strip().replaceAll("\\s+", " ");
        if (kind.equals("generic")) return s.toLowerCase(Locale.ROOT);
        boolean shouting = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean tallMan = !shouting && s.chars().filter(Character::isUpperCase).count() > 3 && !s.contains(" ");
        if (!shouting && !tallMan) return s;
        return Arrays.stream(s.split(" ")).map(NameTable::titleWord).collect(Collectors.joining(" "));
    }

    private static String titleWord(String word) {
        if (word.length() <= 2 && word.chars().allMatch(Character::isLetter)) return word.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '/' || c == '(';
        }
        return out.toString();
    }
}
