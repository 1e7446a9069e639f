package org.medlist.knowledge.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medlist.knowledge.Tsv;

/**
 * RxNorm codes → MedList ingredients, for reading health records: ingredient codes (IN, PIN, MIN),
 * brand names (BN) and RxTerms dose-form groups (SXDG), from the bundled RxNorm and RxTerms tables.
 * The first source to name a code wins, in a fixed order, so the table is deterministic.
 */
final class RxcuiTable {
    record Row(String rxcui, String name, String tty, List<String> ingredients) {}

    private final Map<Long, Row> rows = new TreeMap<>();
    private final IngredientNames names;

    RxcuiTable(Path sources, IngredientNames names) {
        this.names = names;
        SourceTables.read(sources.resolve("rxnorm_ingredients.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("rxcui"), r.get("name"), r.get("tty"), ingredients(r.get("name"), " / ")));
        SourceTables.read(sources.resolve("rxterms_202606_ingredient_names.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("ing_rxcui"), r.get("ingredient"), "IN", ingredients(r.get("ingredient"), " / ")));
        SourceTables.read(sources.resolve("rxnorm_ingredient_atc5_ndcmap2020.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("in_rxcui"), r.get("in_name"), r.get("in_tty"), ingredients(r.get("in_name"), " / ")));
        SourceTables.read(sources.resolve("rxnorm_brand_ingredients.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("bn_rxcui"), r.get("brand_name"), "BN", ingredients(r.get("ingredients"), " + ")));
        SourceTables.read(sources.resolve("rxterms_202606_display_names_ingredients.tsv.gz"), SourceTables.TSV_PLAIN,
                r -> add(r.get("sxdg_rxcui"), r.get("display_name"), "SXDG", ingredients(r.get("ingredients"), " + ")));
    }

    int size() { return rows.size(); }

    void write(Path file) throws IOException {
        try (Writer w = KnowledgeBaseBuilder.gzipWriter(file)) {
            w.write("rxcui\tname\ttty\tingredients\n");
            for (Row r : rows.values()) KnowledgeBaseBuilder.line(w, r.rxcui(), r.name(), r.tty(), String.join(";", r.ingredients()));
        }
    }

    private List<String> ingredients(String joined, String separator) {
        return KnowledgeBaseBuilder.distinct(Tsv.split(joined, separator).stream().map(names::canonical).filter(s -> !s.isEmpty()).toList());
    }

    private void add(String rxcui, String name, String tty, List<String> ingredients) {
        String code = rxcui == null ? "" : rxcui.strip();
        if (!code.matches("[0-9]{1,9}") || ingredients.isEmpty()) return;
        rows.putIfAbsent(Long.parseLong(code), new Row(code, name.strip(), tty.strip(), ingredients));
    }
}
