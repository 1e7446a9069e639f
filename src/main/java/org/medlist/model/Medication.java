package org.medlist.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One medication entry of a person, as stored. {@code name} is exactly what the user typed or
 * picked. {@code ingredients} are what the knowledge base recognised (empty: not recognised, so
 * not checked), with the knowledge-base version that recognised them.
 */
public record Medication(
        long id,
        long personId,
        MedicationDetails details,
        Optional<LocalDate> stopped,
        String recognizedName,
        List<String> ingredients,
        String kbVersion) {

    public String name() { return details.name(); }

    public boolean isCurrent() { return stopped.isEmpty(); }

    public boolean isRecognized() { return !ingredients.isEmpty(); }

    /** The schedule as one phrase: the slots in day order, then the free text. */
    public static String describeWhen(Set<TimeOfDay> times, String whenText) {
        return Stream.concat(times.stream().sorted().map(TimeOfDay::word), Stream.of(whenText))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    public String when() { return describeWhen(details.times(), details.whenText()); }
}
