package org.medlist.knowledge.build;

import java.nio.file.Path;
import org.medlist.knowledge.CuratedTables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.medlist.knowledge.SaltWords;
import org.medlist.knowledge.Tsv;

/**
 * Gives every ingredient one name: the lowercase US generic name. Sources say "Acetylsalicylic acid",
 * "ESCITALOPRAM OXALATE", "Abametapir (topical)" or a DrugBank id; all become "aspirin",
 * "escitalopram", "abametapir".
 */
final class IngredientNames {
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]\\s*");
    /** Salt and hydrate words stripped from the end of a name when the rest is a known ingredient. */
    private static final Set<String> SALT_WORDS = SaltWords.ALL;

    private static final Set<String> PURE_SALTS = Set.of("hydrochloride", "hcl", "dihydrochloride", "hydrobromide", "mesylate", "tartrate",
            "bitartrate", "maleate", "napsylate", "besylate", "tosylate", "trifenatate", "xinafoate", "hyclate", "lactate", "succinate");
    private final Set<String> usNames = new HashSet<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String> drugbank = new HashMap<>();
    /** DrugBank common names: a salt is also stripped when the rest is one of these ("bepridil hydrochloride"). */
    private final Set<String> drugbankCommon = new HashSet<>();

    IngredientNames(Path sources, CuratedTables curated) {
        SourceTables.read(sources.resolve("rxterms_202606_ingredient_names.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> usNames.add(KnowledgeBaseBuilder.lower(r.get("ingredient"))));
        SourceTables.read(sources.resolve("rxnorm_ingredients.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            if (r.get("tty").equals("IN")) usNames.add(KnowledgeBaseBuilder.lower(r.get("name")));
        });
        curated.aliases().forEach(a -> aliases.put(KnowledgeBaseBuilder.lower(a.alias()), KnowledgeBaseBuilder.lower(a.ingredient())));
        readDrugbank(sources);
    }

    /** The US name of a DrugBank entry; {@code fallbackName} when the id is missing or unknown. */
    String fromDrugbank(String drugbankId, String fallbackName) {
        String byId = drugbankId == null || drugbankId.isBlank() ? null : drugbank.get(drugbankId.strip());
        return byId != null ? byId : canonical(fallbackName);
    }

    /** The US name for any source's spelling of an ingredient; empty for an empty input. */
    String canonical(String name) {
        if (name == null || name.isBlank()) return "";
        String lower = KnowledgeBaseBuilder.lower(name);
        if (aliases.containsKey(lower)) return aliases.get(lower);
        String plain = BRACKETS.matcher(lower).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (aliases.containsKey(plain)) return aliases.get(plain);
        if (usNames.contains(plain)) return plain;
        String stripped = withoutSalt(plain);
        if (stripped != null) return aliases.getOrDefault(stripped, stripped);
        return plain;
    }

    boolean isKnownUsName(String name) { return usNames.contains(name); }

    /** "escitalopram oxalate" → "escitalopram" when that is a known ingredient; null otherwise. */
    private String withoutSalt(String name) {
        String[] words = name.split(" ");
        for (int end = words.length - 1; end >= 1; end--) {
            if (!SALT_WORDS.contains(words[end])) break;
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, end));
            if (usNames.contains(candidate) || aliases.containsKey(candidate) || drugbankCommon.contains(candidate)) return candidate;
        }
        // An old product whose base no source names alone ("methacycline hydrochloride"): the salt is still
        // not the medicine. Only for salts that never name a mineral or a medicine of their own.
        if (words.length == 2 && words[0].length() >= 6 && PURE_SALTS.contains(words[1]) && !SALT_WORDS.contains(words[0])
                && !Set.of("ammonium", "aluminum", "ferric", "ferrous", "cupric", "copper", "manganese", "chromic").contains(words[0])) return words[0];
        // salt first: "sodium valproate"
        if (words.length == 2 && SALT_WORDS.contains(words[0]) && (usNames.contains(words[1]) || drugbankCommon.contains(words[1]))) return words[1];
        return null;
    }

    /**
     * A DrugBank entry takes its common name when that is a US name; else a synonym that is a US
     * name and names no other entry (DrugBank lists "Aspirin" under "Acetylsalicylic acid").
     */
    private void readDrugbank(Path sources) {
        Map<String, String> common = new HashMap<>();
        Map<String, List<String>> synonyms = new HashMap<>();
        Map<String, Integer> synonymUse = new HashMap<>();
        SourceTables.read(sources.resolve("drugbank_vocabulary_open_data_2023.csv.gz"), SourceTables.CSV, r -> {
            String id = r.get("DrugBank ID");
            common.put(id, r.get("Common name"));
            List<String> syns = Tsv.split(r.get("Synonyms"), " | ").stream().map(KnowledgeBaseBuilder::lower).distinct().toList();
            synonyms.put(id, syns);
            syns.forEach(s -> synonymUse.merge(s, 1, Integer::sum));
        });
        Set<String> commonNames = new HashSet<>();
        common.values().forEach(n -> commonNames.add(KnowledgeBaseBuilder.lower(n)));
        commonNames.stream().filter(n -> !n.contains(" ") || !SALT_WORDS.contains(n.substring(n.lastIndexOf(' ') + 1))).forEach(drugbankCommon::add);
        common.forEach((id, name) -> {
            String lower = KnowledgeBaseBuilder.lower(name);
            String chosen = canonical(name);
            if (!usNames.contains(chosen) && !aliases.containsKey(lower)) {
                for (String syn : synonyms.get(id)) {
                    if (usNames.contains(syn) && synonymUse.get(syn) == 1 && (!commonNames.contains(syn) || syn.equals(lower))) {
                        chosen = syn;
                        break;
                    }
                }
            }
            drugbank.put(id, chosen);
        });
    }

    Map<String, String> drugbankNames() { return drugbank; }
}
