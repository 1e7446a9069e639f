package org.medlist.knowledge;

import java.util.Locale;

/**
 * MedList's one severity scale. {@link #INFO} is a grade MedList's grading policy sets aside (a single
 * uncorroborated grade without mechanism, a condition that does not apply, a protective or intended
 * combination): listed below the warnings with its source's own grade. {@link #UNKNOWN} is a listing
 * without a grade. Neither is a warning. Ordered most severe first. The {@link #code} is stable and is
 * what tables and {@code --json} carry; the order of the constants is not.
 */
public enum Severity {
    CONTRAINDICATED("contraindicated", "Most serious", "The most serious grade: sources say these should not be used together."),
    MAJOR("major", "Serious", "Sources say this combination can cause serious harm; it may need a change or close follow-up."),
    MODERATE("moderate", "Moderate", "Sources say this combination may need a change in dose, timing or monitoring."),
    MINOR("minor", "Minor", "Sources list this as a minor interaction: usually worth knowing, rarely a reason for change."),
    INFO("info", "For information", "A source lists this pair, but MedList's grading policy shows it for information only: the grade is not backed by another source or a cited rule, or its condition does not apply. The source's own grade is shown with it."),
    UNKNOWN("unknown", "Listed, not graded", "A source lists this pair without grading it. It is shown for information only.");

    private final String code;
    private final String label;
    private final String meaning;

    Severity(String code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** What the grade means, in plain words. */
    public String meaning() { return meaning; }

    /** Moderate or worse: shown as a warning. */
    public boolean isWarning() { return compareTo(MODERATE) <= 0; }

    public boolean isStrongerThan(Severity other) { return compareTo(other) < 0; }

    /** A one-byte stable number for binary tables (not the ordinal, which may change when constants are added). */
    public byte storedCode() {
        return switch (this) {
            case CONTRAINDICATED -> 1;
            case MAJOR -> 2;
            case MODERATE -> 3;
            case MINOR -> 4;
            case UNKNOWN -> 5;
            case INFO -> 6;
        };
    }

    public static Severity fromStoredCode(byte code) {
        for (Severity s : values()) if (s.storedCode() == code) return s;
        throw new IllegalStateException("unknown stored severity code " + code);
    }

    public static Severity fromCode(String code) {
        return fromStableCode(code.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException("unknown severity " + code));
    }

    /** The severity whose stable {@link #code} this is; codes, not ordinals, are what tables store. */
    public static java.util.Optional<Severity> fromStableCode(String code) {
        for (Severity s : values()) if (s.code.equals(code)) return java.util.Optional.of(s);
        return java.util.Optional.empty();
    }
}
