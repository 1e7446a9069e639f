package org.medlist.knowledge.build;

import java.nio.file.Path;
import org.medlist.knowledge.CuratedTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medlist.knowledge.Tsv;
import org.medlist.knowledge.build.KnowledgeBaseBuilder.IngredientRow;

/**
 * For each ingredient: its WHO ATC codes, the FDA pharmacologic classes it is indexed under, and the
 * MedList classes (classes.tsv) it belongs to, which the class rules, duplicate check and groups use.
 */
final class ClassTable {
    private final Path sources;
    private final CuratedTables curated;
    private final IngredientNames names;

    ClassTable(Path sources, CuratedTables curated, IngredientNames names) {
        this.sources = sources;
        this.curated = curated;
        this.names = names;
    }

    private record ClassDef(String id, List<String> atcPrefixes, Set<String> ingredients) {}

    Map<String, IngredientRow> build(Set<String> ingredients) {
        Map<String, Set<String>> atc = new HashMap<>();
        SourceTables.read(sources.resolve("rxnorm_ingredient_atc5_ndcmap2020.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> atc.computeIfAbsent(names.canonical(r.get("in_name")), k -> new TreeSet<>()).addAll(Tsv.split(r.get("atc5_codes"), ";")));
        SourceTables.read(sources.resolve("who_atc_ddd_2026-04-25.csv.gz"), SourceTables.CSV, r -> {
            String code = r.get("atc_code");
            if (code.length() == 7) atc.computeIfAbsent(names.canonical(r.get("atc_name")), k -> new TreeSet<>()).add(code);
        });
        Map<String, Set<String>> fda = new HashMap<>();
        SourceTables.read(sources.resolve("fda_pharm_class_by_substance.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            String cls = r.get("pharm_class");
            if (cls.endsWith("[EPC]")) {
                fda.computeIfAbsent(names.canonical(r.get("fda_srs_preferred_term")), k -> new TreeSet<>())
                        .add(cls.substring(0, cls.length() - "[EPC]".length()).strip());
            }
        });
        List<ClassDef> classes = new ArrayList<>();
        curated.classMembership().values().forEach(c -> classes.add(new ClassDef(c.id(), c.atcPrefixes(), c.ingredients())));

        Map<String, IngredientRow> rows = new TreeMap<>();
        for (String ingredient : ingredients) {
            Set<String> codes = atc.getOrDefault(ingredient, Set.of());
            Set<String> member = new TreeSet<>();
            for (ClassDef c : classes) {
                boolean byAtc = codes.stream().anyMatch(code -> c.atcPrefixes().stream().anyMatch(code::startsWith));
                if (byAtc || c.ingredients().contains(ingredient)) member.add(c.id());
            }
            rows.put(ingredient, new IngredientRow(ingredient, new TreeSet<>(codes), member, fda.getOrDefault(ingredient, Set.of())));
        }
        return rows;
    }
}
