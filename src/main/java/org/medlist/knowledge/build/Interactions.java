package org.medlist.knowledge.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medlist.knowledge.Severity;

/**
 * The interaction rows of all sources, one per ingredient pair and source (the strongest, when a
 * source lists a pair twice after names are joined). Long texts are stored once and referred to by number.
 */
final class Interactions {
    record Row(String a, String b, String source, String grade, Severity severity, String condition, String mechanism, String reference) {}

    private final Map<String, Row> rows = new HashMap<>();
    private final Set<String> ingredients = new TreeSet<>();

    void add(String x, String y, String source, String grade, Severity severity, String condition, String mechanism, String reference) {
        if (x.isEmpty() || y.isEmpty() || x.equals(y)) return;
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        String key = a + "\u0000" + b + "\u0000" + source;
        Row row = new Row(a, b, source, grade, severity, condition, mechanism, reference);
        rows.merge(key, row, (old, now) -> now.severity().isStrongerThan(old.severity()) ? now : old);
        ingredients.add(a);
        ingredients.add(b);
    }

    Set<String> ingredients() { return ingredients; }

    int size() { return rows.size(); }

    void write(Path interactionsFile, Path textsFile) throws IOException {
        Map<String, Row> sorted = new TreeMap<>(rows);
        Map<String, Integer> textIds = new LinkedHashMap<>();
        try (Writer w = KnowledgeBaseBuilder.gzipWriter(interactionsFile)) {
            w.write("a\tb\tsource\tgrade\tseverity\tcondition\tmechanism\treference\n");
            for (Row r : sorted.values()) {
                KnowledgeBaseBuilder.line(w, r.a(), r.b(), r.source(), r.grade(), r.severity().code(),
                        textId(textIds, r.condition()), textId(textIds, r.mechanism()), r.reference());
            }
        }
        try (Writer w = KnowledgeBaseBuilder.gzipWriter(textsFile)) {
            w.write("id\ttext\n");
            for (Map.Entry<String, Integer> t : textIds.entrySet()) KnowledgeBaseBuilder.line(w, t.getValue().toString(), t.getKey());
        }
    }

    private static String textId(Map<String, Integer> ids, String text) {
        String clean = KnowledgeBaseBuilder.clean(text);
        if (clean.isEmpty()) return "";
        return ids.computeIfAbsent(clean, t -> ids.size() + 1).toString();
    }
}
