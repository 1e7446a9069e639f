package org.medlist.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a health-record file (C-CDA, FHIR R4 or MedList CSV) says about a person, before anything is
 * matched or written. {@code asWritten} holds a MedList CSV row exactly as it was written. Every medication entry of the file is either in {@link #medications} or in
 * {@link #skipped} with the reason: nothing is dropped silently.
 */
public record HealthRecord(
        String format,
        String patientName,
        List<Med> medications,
        List<Allergy> allergies,
        List<Condition> conditions,
        AllergyInfo allergyInfo,
        List<Skipped> skipped) {

    public HealthRecord {
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        conditions = List.copyOf(conditions);
        skipped = List.copyOf(skipped);
    }

    /** What the record says about allergies as a whole. */
    public enum AllergyInfo { NOT_STATED, NONE_KNOWN, LISTED }

    /**
     * One medication entry. {@code name} is the best text the file gives (original text, then the
     * code's display name); {@code rxnorm} the RxNorm codes found (in code or translations); {@code stopped}
     * true when the record marks it stopped or its end date has passed.
     */
    public record Med(String where, List<String> names, List<String> rxnorm, String strength, String dose, String route,
                      String instructions, Optional<LocalDate> started, Optional<LocalDate> ended, boolean stopped,
                      Optional<org.medlist.model.MedicationDetails> asWritten) {
        public Med {
            rxnorm = List.copyOf(rxnorm);
            names = names.stream().map(HealthRecord::clean).filter(n -> !n.isEmpty()).distinct().toList();
            strength = clean(strength);
            dose = clean(dose);
            route = clean(route);
            instructions = clean(instructions);
        }

        /** The best name the file gives (first of {@link #names}). */
        public String name() { return names.isEmpty() ? "" : names.get(0); }
    }

    /** An allergy or intolerance; {@code active} false when the record marks it inactive or resolved. */
    public record Allergy(String where, String substance, List<String> rxnorm, String reaction, boolean active) {
        public Allergy {
            rxnorm = List.copyOf(rxnorm);
            substance = clean(substance);
            reaction = clean(reaction);
        }
    }

    public record Condition(String where, String name, String code, boolean active) {
        public Condition {
            name = clean(name);
            code = clean(code);
        }
    }

    /** An entry of the file that is not a medicine, allergy or condition to import, and why (placeholder, negated, planned…). */
    public record Skipped(String where, String text, String reason) {}

    static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
