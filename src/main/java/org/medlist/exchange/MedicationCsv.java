package org.medlist.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import org.medlist.model.TimeOfDay;

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
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();

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
        try (CSVParser parser = READ.parse(skipBom(in))) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> unknown = header.keySet().stream().filter(h -> !COLUMNS.contains(h.strip())).toList();
            if (!header.containsKey("name")) {
                return new Read(List.of(), List.of(new Problem(1, "The first line must be a header with at least a 'name' column; "
                        + "the columns MedList writes are " + String.join(",", COLUMNS) + ".")));
            }
            if (!unknown.isEmpty()) {
                return new Read(List.of(), List.of(new Problem(1, "Unknown column(s) " + String.join(", ", unknown)
                        + "; the columns are " + String.join(",", COLUMNS) + ".")));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "More than " + MAX_ROWS + " rows; split the file."));
                    break;
                }
                try {
                    rows.add(row(record, line, today));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(0, "The file could not be read as CSV: " + e.getMessage()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(new Problem(0, "The file is not valid CSV: " + e.getMessage()));
        }
        return new Read(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Row row(CSVRecord r, long line, LocalDate today) {
        if (!r.isConsistent()) throw new IllegalArgumentException("has " + r.size() + " cells, the header has " + r.getParser().getHeaderNames().size() + ".");
        String name = cell(r, "name");
        Kind kind = cell(r, "kind").isBlank() ? Kind.PRESCRIPTION : kind(cell(r, "kind"));
        Optional<LocalDate> started = date(cell(r, "started"), "started");
        Optional<LocalDate> stopped = date(cell(r, "stopped"), "stopped");
        MedicationDetails d = new MedicationDetails(name, cell(r, "strength"), cell(r, "dose"), cell(r, "form"), cell(r, "route"),
                times(cell(r, "times")), cell(r, "when"), cell(r, "reason"), cell(r, "prescriber"), started, cell(r, "notes"), kind);
        d.problem(today).ifPresent(p -> { throw new IllegalArgumentException(p); });
        if (stopped.isPresent() && stopped.get().isAfter(today)) throw new IllegalArgumentException("the stop date " + stopped.get() + " is in the future.");
        if (stopped.isPresent() && started.isPresent() && stopped.get().isBefore(started.get())) {
            throw new IllegalArgumentException("the stop date " + stopped.get() + " is before the start date " + started.get() + ".");
        }
        return new Row(line, d, stopped);
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? unprotect(r.get(column)) : "";
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

    private static Reader skipBom(Reader in) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') r.unread(first);
        return r;
    }
}
