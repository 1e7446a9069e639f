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
        name = TextRules.nfc(name); // kept as typed (the user's own words), in the one Unicode form (NFC)
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

    /** What is wrong with these details, judged on {@code today} (a start date in the future); empty when they can be saved. */
    public Optional<String> problem(LocalDate today) {
        if (name.isBlank()) return Optional.of("Enter the medicine's name.");
        Optional<String> tooLong = TextRules.lengthProblem("The medicine's name", name, MAX_NAME_LENGTH);
        if (tooLong.isPresent()) return tooLong;
        if (hasControlCharacters(name)) return Optional.of("The medicine's name contains control characters.");
        String[] labels = {"The medicine's name", "The strength", "The dose", "The form", "The route", "When to take it", "The reason",
            "The prescriber", "The notes"};
        String[] fields = {name, strength, dose, form, route, whenText, reason, prescriber, notes};
        for (int i = 0; i < fields.length; i++) {
            tooLong = TextRules.lengthProblem(labels[i], fields[i], MAX_TEXT_LENGTH);
            if (tooLong.isPresent()) return tooLong;
            if (!TextRules.isWellFormed(fields[i])) return Optional.of(labels[i] + " contains characters that are not valid text (a broken character).");
        }
        for (int i = 1; i < fields.length; i++) {
            if (!TextRules.onlyLineBreaksAndTabs(fields[i])) return Optional.of(labels[i] + " contains control characters; only line breaks and tabs are kept.");
        }
        if (started.isPresent()) return DateRules.pastEventProblem("The start date", started.get(), today);
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
        return TextRules.nfc(s);
    }

    private static boolean hasControlCharacters(String s) {
        return !TextRules.isOneLineOfText(s);
    }
}
