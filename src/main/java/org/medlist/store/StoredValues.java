package org.medlist.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Kind;
import org.medlist.model.TimeOfDay;

/**
 * Reading values that another program (or a hand edit) may have stored in a form MedList never writes:
 * each is reported once, naming the entry and the value, through {@link Database#warn}, and read as
 * absent, so that one bad value does not stop every command.
 */
final class StoredValues {
    private static final int QUOTED = 40;

    private StoredValues() {}

    static Optional<LocalDate> date(Database db, String stored, String entry, String what, String consequence) {
        if (stored == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(stored));
        } catch (DateTimeParseException e) {
            db.warn(entry + ": the " + what + " stored as \"" + quoted(stored) + "\" is not a date MedList can read; " + consequence + ".");
            return Optional.empty();
        }
    }

    static Set<TimeOfDay> times(Database db, String stored, String entry) {
        Set<TimeOfDay> slots = EnumSet.noneOf(TimeOfDay.class);
        if (stored == null) return slots;
        for (String part : stored.split(",")) {
            if (part.isBlank()) continue;
            try {
                slots.add(TimeOfDay.valueOf(part.trim()));
            } catch (IllegalArgumentException e) {
                db.warn(entry + ": the time of day stored as \"" + quoted(part) + "\" is not one MedList knows; it is shown without it.");
            }
        }
        return slots;
    }

    static Kind kind(Database db, String stored, String entry) {
        try {
            return Kind.fromCode(stored == null ? "" : stored);
        } catch (InvalidInputException e) {
            db.warn(entry + ": the kind stored as \"" + quoted(String.valueOf(stored)) + "\" is not one MedList knows; it is shown as a prescription medicine.");
            return Kind.PRESCRIPTION;
        }
    }

    static <E extends Enum<E>> E oneOf(Database db, Class<E> type, String stored, E fallback, String entry, String what) {
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            db.warn(entry + ": the " + what + " stored as \"" + quoted(String.valueOf(stored)) + "\" is not one MedList knows; it is read as not recorded.");
            return fallback;
        }
    }

    /** Stored text quoted in a one-line message: control characters shown as '?', long values cut. */
    static String quoted(String stored) {
        String clean = stored.codePoints().map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > QUOTED ? clean.substring(0, QUOTED) + "…" : clean;
    }
}
