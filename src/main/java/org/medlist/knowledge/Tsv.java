package org.medlist.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads MedList's own tab-separated tables (runtime and curated): a header line, then rows with no
 * quoting (the builder guarantees no tab or newline inside a value). Faster than a general CSV parser
 * for the ~300k runtime rows read at start.
 */
public final class Tsv {
    private Tsv() {}

    public static void read(InputStream in, boolean gzip, Consumer<String[]> row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            if (header == null) return;
            int columns = header.split("\t", -1).length;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    String[] padded = java.util.Arrays.copyOf(cells, columns);
                    for (int i = cells.length; i < columns; i++) padded[i] = "";
                    cells = padded;
                }
                row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> split(String value, String separator) {
        List<String> parts = new ArrayList<>();
        if (value == null || value.isBlank()) return parts;
        for (String p : value.split(java.util.regex.Pattern.quote(separator))) {
            if (!p.isBlank()) parts.add(p.strip());
        }
        return parts;
    }
}
