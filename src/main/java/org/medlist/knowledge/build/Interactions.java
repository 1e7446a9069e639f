package org.medlist.knowledge.build;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.medlist.knowledge.InteractionTable;
import org.medlist.knowledge.Severity;

/**
 * The interaction rows of all sources, one per ingredient pair and source (the strongest, when a
 * source lists a pair twice after names are joined). Written as a compact binary table (see
 * {@link InteractionTable}) with its texts in a separate table, so that the app loads it quickly.
 */
final class Interactions {
    /** {@code mechanism} of a DrugBank row is the type's template (#Drug1/#Drug2); {@code subject} the ingredient that is #Drug1. */
    record Row(String a, String b, String source, String grade, Severity severity, String condition, String mechanism, String reference,
               int drugbankType, String subject) {}

    private final Map<String, Row> rows = new HashMap<>();
    private final Set<String> ingredients = new TreeSet<>();

    void add(String x, String y, String source, String grade, Severity severity, String condition, String mechanism, String reference) {
        add(x, y, source, grade, severity, condition, mechanism, reference, 0, "");
    }

    /**
     * A DrugBank pair that DeepDDI lists twice (once per direction, two types) keeps the specific type
     * over type 49 ("adverse effects"), then the lower type number, so the build stays deterministic.
     */
    void add(String x, String y, String source, String grade, Severity severity, String condition, String mechanism, String reference,
             int drugbankType, String subject) {
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) return;
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        String key = a + "\u0000" + b + "\u0000" + source;
        Row row = new Row(a, b, source, grade, severity, condition, mechanism, reference, drugbankType, subject);
        rows.merge(key, row, Interactions::stronger);
        ingredients.add(a);
        ingredients.add(b);
    }

    private static Row stronger(Row old, Row now) {
        if (now.severity() != old.severity()) return now.severity().isStrongerThan(old.severity()) ? now : old;
        if (now.drugbankType() != old.drugbankType()) {
            if (old.drugbankType() == 49) return now;
            if (now.drugbankType() == 49) return old;
            return now.drugbankType() < old.drugbankType() ? now : old;
        }
        return old;
    }

    Set<String> ingredients() { return ingredients; }

    int size() { return rows.size(); }

    /** Writes the rows sorted by ingredient pair; ingredient numbers are positions in {@code ingredientOrder}. */
    void write(Path interactionsFile, Path textsFile, List<String> ingredientOrder) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < ingredientOrder.size(); i++) ids.put(ingredientOrder.get(i), i);
        Map<String, Integer> texts = new LinkedHashMap<>();
        texts.put("", 0);
        Map<Long, java.util.List<Row>> byPair = new TreeMap<>();
        for (Row r : new TreeMap<>(rows).values()) {
            long key = InteractionTable.key(ids.get(r.a()), ids.get(r.b()));
            byPair.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(r);
        }
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(interactionsFile), 1 << 16))) {
            out.writeInt(InteractionTable.MAGIC);
            out.writeInt(rows.size());
            for (Map.Entry<Long, java.util.List<Row>> e : byPair.entrySet()) {
                for (Row r : e.getValue()) {
                    out.writeInt(ids.get(r.a()));
                    out.writeInt(ids.get(r.b()));
                    out.writeByte(InteractionTable.SOURCES.indexOf(r.source()));
                    out.writeByte(r.severity().storedCode());
                    out.writeInt(text(texts, r.grade()));
                    out.writeInt(text(texts, r.condition()));
                    out.writeInt(text(texts, r.mechanism()));
                    out.writeInt(text(texts, r.reference()));
                    out.writeByte(r.drugbankType());
                    out.writeByte(r.subject().isEmpty() ? 0 : r.subject().equals(r.a()) ? 1 : 2);
                }
            }
        }
        try (Writer w = KnowledgeBaseBuilder.gzipWriter(textsFile)) {
            w.write("id\ttext\n");
            for (Map.Entry<String, Integer> t : texts.entrySet()) KnowledgeBaseBuilder.line(w, t.getValue().toString(), t.getKey());
        }
    }

    private static int text(Map<String, Integer> ids, String text) {
        return ids.computeIfAbsent(KnowledgeBaseBuilder.clean(text), t -> ids.size());
    }
}
