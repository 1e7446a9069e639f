package org.medlist.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.TextRules;
import org.medlist.model.TimeOfDay;
import org.medlist.model.DateRules;

/**
 * A person's medication list as CSV (RFC 4180, UTF-8, header row). Export writes current and stopped
 * entries; reading validates every row and reports each rejected one, so that an import writes
 * everything or nothing. Cells that a spreadsheet would run as a formula are written with a leading
 * apostrophe, which reading removes again: the round trip is exact.
 */
public final class MedicationCsv {
    public static final List<String> COLUMNS = List.of("name", "kind", "strength", "dose", "form", "route", "times", "when",
            "reason", "prescriber", "started", "stopped", "notes");
    public static final int MAX_ROWS = 5_000;
    private static final Pattern FORMULA_LIKE = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    /** The header is read as a record like the others, so that its names can be trimmed and checked here. */
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private MedicationCsv() {}

    /** One row read from a file, ready to store. */
    public record Row(long line, MedicationDetails details, Optional<LocalDate> stopped) {}

    public record Problem(long line, String message) {
        @Override
        public String toString() { return "line " + line + ": " + message; }
    }

    /** The file's rows, or every problem found in it. */
    public record Read(List<Row> rows, List<Problem> problems) {
        public boolean ok() { return problems.isEmpty(); }
    }

    public static void write(List<Medication> entries, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, WRITE)) {
            for (Medication m : entries) {
                MedicationDetails d = m.details();
                csv.printRecord(List.of(d.name(), d.kind().code(), d.strength(), d.dose(), d.form(), d.route(),
                        String.join(";", d.times().stream().sorted().map(TimeOfDay::word).toList()), d.whenText(), d.reason(),
                        d.prescriber(), d.started().map(LocalDate::toString).orElse(""), m.stopped().map(LocalDate::toString).orElse(""),
                        d.notes()).stream().map(MedicationCsv::protect).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Read read(Reader in, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = withoutBom(readAll(in));
        } catch (IOException | UncheckedIOException e) {
            return new Read(List.of(), List.of(new Problem(1, "the file could not be read.")));
        }
        Lines lines = new Lines(text);
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new Read(List.of(), List.of(new Problem(1, "the file is empty; the first line must be a header with at least a 'name' column.")));
            }
            CSVRecord headerRecord = records.next();
            List<String> header = headerRecord.stream().map(h -> TextRules.nfc(h).strip().toLowerCase(Locale.ROOT)).toList();
            Optional<String> refused = headerProblem(header);
            if (refused.isPresent()) return new Read(List.of(), List.of(new Problem(lines.at(headerRecord.getCharacterPosition()), refused.get())));
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) columns.put(header.get(i), i);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.at(record.getCharacterPosition());
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "more than " + MAX_ROWS + " rows; split the file."));
                    break;
                }
                try {
                    rows.add(row(record, columns, header.size(), line, today));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV stops at a quote it cannot pair: the line is the one after the last record read
            problems.add(new Problem(lines.at(lines.lastPosition(e)), "a double quote is not closed, or text follows a closing quote; "
                    + "put the whole cell in double quotes and write a quote inside it as two (\"\")."));
        }
        return new Read(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** Why the header cannot be read as MedList's columns, naming the column; empty when it can. */
    private static Optional<String> headerProblem(List<String> header) {
        String expected = "; the columns are " + String.join(",", COLUMNS) + ".";
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) return Optional.of("column " + (i + 1) + " of the header has no name" + expected);
            if (!COLUMNS.contains(h)) return Optional.of("unknown column '" + TextRules.shownOnOneLine(h) + "' in the header" + expected);
            if (!seen.add(h)) return Optional.of("the column '" + h + "' appears twice in the header.");
        }
        if (!seen.contains("name")) return Optional.of("the first line must be a header with at least a 'name' column" + expected);
        return Optional.empty();
    }

    private static Row row(CSVRecord r, Map<String, Integer> columns, int headerSize, long line, LocalDate today) {
        if (r.size() != headerSize) {
            throw new IllegalArgumentException(r.size() + (r.size() == 1 ? " cell" : " cells") + ", but the header has " + headerSize
                    + " columns (a cell with a comma in it needs double quotes around it).");
        }
        java.util.function.Function<String, String> cell = column -> columns.containsKey(column) ? unprotect(r.get(columns.get(column))) : "";
        String name = cell.apply("name");
        Kind kind = cell.apply("kind").isBlank() ? Kind.PRESCRIPTION : kind(cell.apply("kind"));
        Optional<LocalDate> started = date(cell.apply("started"), "started");
        Optional<LocalDate> stopped = date(cell.apply("stopped"), "stopped");
        java.util.function.Function<Optional<LocalDate>, MedicationDetails> details = start -> new MedicationDetails(name, cell.apply("strength"),
                cell.apply("dose"), cell.apply("form"), cell.apply("route"), times(cell.apply("times")), cell.apply("when"), cell.apply("reason"),
                cell.apply("prescriber"), start, cell.apply("notes"), kind);
        details.apply(started).problem(today).ifPresent(p -> { throw new IllegalArgumentException(p); });
        DateRules.stopProblem(stopped, started, today).ifPresent(p -> { throw new IllegalArgumentException(p); });
        // a date written where it was already tomorrow (the day of grace) is today here
        Optional<LocalDate> keptStart = started.map(day -> DateRules.notAfterToday(day, today));
        return new Row(line, details.apply(keptStart), stopped.map(day -> DateRules.notAfterToday(day, today)));
    }

    /** 1-based line numbers of character positions in the text, found by one pass forwards. */
    private static final class Lines {
        private final String text;
        private int position;
        private long line = 1;
        private long last;

        Lines(String text) { this.text = text; }

        long at(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            if (target < position) { position = 0; line = 1; }
            for (; position < target; position++) {
                char c = text.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) line++;
            }
            last = characterPosition;
            return line;
        }

        /** Where the parser was when it failed: the line after the last record it gave. */
        long lastPosition(Exception e) {
            int next = text.indexOf('\n', (int) Math.min(last, text.length()));
            return next < 0 ? last : next + 1;
        }
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) > 0; ) s.append(buffer, 0, n);
        return s.toString();
    }

    private static Kind kind(String code) {
        try {
            return Kind.fromCode(code);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown kind '" + code + "' (use rx, otc or supplement).");
        }
    }

    private static Set<TimeOfDay> times(String text) {
        Set<TimeOfDay> slots = EnumSet.noneOf(TimeOfDay.class);
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            slots.add(TimeOfDay.fromWord(part).orElseThrow(() -> new IllegalArgumentException(
                    "unknown time '" + part.strip() + "' (use morning, noon, evening, bedtime, as needed; separated by ';').")));
        }
        return slots;
    }

    private static Optional<LocalDate> date(String text, String column) {
        if (text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' in column " + column + " is not a date like 2024-03-31.");
        }
    }

    static String protect(String cell) {
        return FORMULA_LIKE.matcher(cell).find() ? "'" + cell : cell;
    }

    static String unprotect(String cell) {
        return cell.startsWith("'") && FORMULA_LIKE.matcher(cell).find() ? cell.substring(1) : cell;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
