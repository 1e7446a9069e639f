package org.medlist.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The slots of a day schedule; a medicine may be taken in several. */
public enum TimeOfDay {
    MORNING("morning"), NOON("noon"), EVENING("evening"), BEDTIME("bedtime"), AS_NEEDED("as needed");

    private final String word;

    TimeOfDay(String word) { this.word = word; }

    public String word() { return word; }

    public static Optional<TimeOfDay> fromWord(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (TimeOfDay slot : values()) {
            if (slot.word.equals(t) || slot.name().toLowerCase(Locale.ROOT).equals(t)) return Optional.of(slot);
        }
        return Optional.empty();
    }

    /** Database form: the enum names, comma-separated, in day order. */
    public static String encode(Set<TimeOfDay> slots) {
        return slots.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<TimeOfDay> decode(String stored) {
        Set<TimeOfDay> slots = EnumSet.noneOf(TimeOfDay.class);
        for (String part : stored.split(",")) {
            if (!part.isBlank()) slots.add(valueOf(part.trim()));
        }
        return slots;
    }

    @Override
    public String toString() { return word; }
}
