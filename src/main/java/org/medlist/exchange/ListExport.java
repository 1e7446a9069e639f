package org.medlist.exchange;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.medlist.model.Profile;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.Person;

/** A person's entries in one of the export formats; the command line and the window both write this text. */
public final class ListExport {
    private ListExport() {}

    public enum Format {
        CSV, FHIR;

        public static Format fromCode(String code) {
            return switch (code.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "fhir" -> FHIR;
                default -> throw new InvalidInputException("Unknown format '" + code + "': use csv or fhir.");
            };
        }
    }

    public static String text(Format format, Person person, Profile profile, List<Medication> entries, Instant now) {
        if (format == Format.FHIR) return FhirBundle.write(person, profile, entries, now) + "\n";
        StringWriter w = new StringWriter();
        MedicationCsv.write(entries, w);
        return w.toString();
    }
}
