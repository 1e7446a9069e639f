package org.medlist.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medlist.model.InvalidInputException;

/** Opens a health-record file of any supported format: size and encoding checks, format detection, then the reader. */
public final class HealthRecordFiles {
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public enum Format {
        CSV("csv"), CCDA("ccda"), FHIR("fhir");

        private final String code;

        Format(String code) { this.code = code; }

        public String code() { return code; }

        public static Format fromCode(String code) {
            for (Format f : values()) if (f.code.equalsIgnoreCase(code.strip())) return f;
            throw new InvalidInputException("Unknown format '" + code + "'; use csv, ccda or fhir.");
        }
    }

    private HealthRecordFiles() {}

    /** Reads {@code file}; {@code format} empty means "detect from the content". Throws {@link InvalidInputException} with one clear line. */
    public static HealthRecord read(Path file, Optional<Format> format, LocalDate today) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new InvalidInputException("No such file: " + file);
            if (Files.size(file) > MAX_BYTES) throw new InvalidInputException(file.getFileName() + " is larger than 50 MB; that is not a health record.");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("Could not read " + file + ": " + e.getMessage());
        }
        return read(bytes, format, today);
    }

    public static HealthRecord read(byte[] bytes, Optional<Format> format, LocalDate today) {
        Format f = format.orElseGet(() -> detect(bytes));
        return switch (f) {
            case CCDA -> CcdaReader.read(bytes, today);
            case FHIR -> FhirReader.read(utf8(bytes, "a FHIR JSON file"), today);
            case CSV -> csv(utf8(bytes, "a CSV file; save it as \"CSV UTF-8\""), today);
        };
    }

    /** XML starts with '<', JSON with '{', anything else is taken as CSV (after a byte-order mark and blanks). */
    public static Format detect(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) i = 3;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)) return Format.CCDA; // UTF-16: only XML declares it
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i >= bytes.length) throw new InvalidInputException("The file is empty.");
        if (bytes[i] == '<') return Format.CCDA;
        if (bytes[i] == '{' || bytes[i] == '[') return Format.FHIR;
        return Format.CSV;
    }

    private static String utf8(byte[] bytes, String what) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The file is not UTF-8 text, as " + what + " must be.");
        }
    }

    /** MedList's own CSV: all or nothing, with today's messages (see {@link ListImport}). */
    private static HealthRecord csv(String text, LocalDate today) {
        MedicationCsv.Read read = MedicationCsv.read(new StringReader(text), today);
        if (!read.ok()) throw new ListImport.Rejected(read.problems());
        if (read.rows().isEmpty()) throw new InvalidInputException("The file has a header but no medicines; nothing was imported.");
        List<HealthRecord.Med> meds = new ArrayList<>();
        for (MedicationCsv.Row r : read.rows()) {
            var d = r.details();
            meds.add(new HealthRecord.Med("line " + r.line(), List.of(d.name()), List.of(), d.strength(), d.dose(), d.route(), d.whenText(),
                    d.started(), r.stopped(), r.stopped().isPresent(), Optional.of(d)));
        }
        return new HealthRecord("csv", "", meds, List.of(), List.of(), HealthRecord.AllergyInfo.NOT_STATED, List.of());
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
