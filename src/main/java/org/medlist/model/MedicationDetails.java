package org.medlist.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the user fills in for an entry; validated here so every edge (window, CLI, import) agrees. */
public record MedicationDetails(
        String name,
        String strength,
        String dose,
        String form,
        String route,
        Set<TimeOfDay> times,
        String whenText,
        String reason,
        String prescriber,
        Optional<LocalDate> started,
        String notes,
        Kind kind) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2_000;

    public MedicationDetails {
        name = name == null ? "" : name; // kept exactly as typed: it is the user's own words
        strength = clean(strength);
        dose = clean(dose);
        form = clean(form);
        route = clean(route);
        times = times == null || times.isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(times);
        whenText = clean(whenText);
        reason = clean(reason);
        prescriber = clean(prescriber);
        started = started == null ? Optional.empty() : started;
        notes = clean(notes);
        kind = kind == null ? Kind.PRESCRIPTION : kind;
    }

    public static MedicationDetails named(String name) {
        return new MedicationDetails(name, "", "", "", "", Set.of(), "", "", "", Optional.empty(), "", Kind.PRESCRIPTION);
    }

    /** The first problem with these details, in words a person can act on; empty when they are fine. */
    /** What is wrong with these details, judged on {@code today} (a start date too far ahead); empty when they can be saved. */
    public Optional<String> problem(LocalDate today) {
        if (name.isBlank()) return Optional.of("Enter the medicine's name.");
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("The medicine's name is too long (" + name.length() + " characters; at most " + MAX_NAME_LENGTH + ").");
        }
        if (hasControlCharacters(name)) return Optional.of("The medicine's name contains control characters.");
        for (String field : new String[] {name, strength, dose, form, route, whenText, reason, prescriber, notes}) {
            if (field.length() > MAX_TEXT_LENGTH) return Optional.of("A field is too long (at most " + MAX_TEXT_LENGTH + " characters).");
            if (!TextRules.isWellFormed(field)) return Optional.of("A field contains characters that are not valid text (a broken character).");
        }
        for (String field : new String[] {strength, dose, form, route, whenText, reason, prescriber, notes}) {
            if (!TextRules.onlyLineBreaksAndTabs(field)) return Optional.of("A field contains control characters; only line breaks and tabs are kept.");
        }
        if (started.isPresent() && started.get().isAfter(today.plusYears(1))) {
            return Optional.of("The start date is too far in the future.");
        }
        return Optional.empty();
    }

    public MedicationDetails validated(LocalDate today) {
        problem(today).ifPresent(p -> { throw new InvalidInputException(p); });
        return this;
    }

    public MedicationDetails withName(String newName) {
        return new MedicationDetails(newName, strength, dose, form, route, times, whenText, reason, prescriber, started, notes, kind);
    }

    private static String clean(String s) {
        return s == null ? "" : s;
    }

    private static boolean hasControlCharacters(String s) {
        return !TextRules.isOneLineOfText(s);
    }
}
