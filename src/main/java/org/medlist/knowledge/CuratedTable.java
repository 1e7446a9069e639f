package org.medlist.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One hand-written table of resources/knowledge/curated, read by column name. Every value is read
 * through a {@link Row}, which names the file, line and column of anything it refuses, so a bad row
 * fails the knowledge-base build with a message that says where to look.
 */
public final class CuratedTable {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setQuote(null).setEscape(null).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final String file;
    private final List<Row> rows;

    private CuratedTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    public String file() { return file; }

    public List<Row> rows() { return rows; }

    /** Reads {@code in} (closed afterwards); every column in {@code required} must be in the header, and no other. */
    public static CuratedTable read(String file, InputStream in, Set<String> columns) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String c : columns) {
                if (!header.containsKey(c)) throw new CuratedDataException(file + ": line 1: the header lacks the column '" + c + "'");
            }
            for (String c : header.keySet()) {
                if (!columns.contains(c)) throw new CuratedDataException(file + ": line 1: unknown column '" + c + "'");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() > header.size()) {
                    throw new CuratedDataException(file + ": line " + line + ": " + r.size() + " cells, but the header names " + header.size() + " columns");
                }
                rows.add(new Row(file, line, header, r));
            }
            return new CuratedTable(file, List.copyOf(rows));
        } catch (IOException e) {
            throw new CuratedDataException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** One row; every getter validates and names the place of a bad value. */
    public static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> header;
        private final CSVRecord record;

        Row(String file, long line, Map<String, Integer> header, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.record = record;
        }

        public long line() { return line; }

        /** The value, possibly empty. */
        public String optional(String column) {
            Integer i = header.get(column);
            if (i == null) throw new IllegalArgumentException("no column " + column + " in " + file);
            return i < record.size() ? record.get(i).strip() : "";
        }

        /** A value that must not be empty. */
        public String text(String column) {
            String v = optional(column);
            if (v.isEmpty()) throw error(column, "must not be empty");
            return v;
        }

        /** A ';'-separated list (blank items dropped). */
        public List<String> list(String column) {
            return Tsv.split(optional(column), ";");
        }

        public String oneOf(String column, Set<String> allowed) {
            String v = optional(column);
            if (!allowed.contains(v)) throw error(column, "'" + v + "' is not one of " + new java.util.TreeSet<>(allowed));
            return v;
        }

        public boolean yesNo(String column) {
            return oneOf(column, Set.of("yes", "no")).equals("yes");
        }

        public Severity severity(String column) {
            String v = optional(column);
            return Severity.fromStableCode(v).orElseThrow(() -> error(column, "'" + v + "' is not a severity code "
                    + java.util.Arrays.stream(Severity.values()).map(Severity::code).toList()));
        }

        public Pattern pattern(String column) {
            String v = text(column);
            try {
                return Pattern.compile(v, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error(column, "not a valid pattern: " + e.getDescription());
            }
        }

        /** A refusal that names file, line and column. */
        public CuratedDataException error(String column, String why) {
            Integer i = header.get(column);
            return new CuratedDataException(file + ": line " + line + ", column " + (i == null ? "?" : i + 1) + " (" + column + "): " + why);
        }
    }

    /** A curated row that the knowledge base refuses; the message names file, line and column. */
    public static final class CuratedDataException extends RuntimeException {
        public CuratedDataException(String message) { super(message); }
    }
}
