package org.medlist.store;

import java.time.LocalDateTime;

/**
 * One recorded change to a medication entry: added to the list, put back after a stop, or a field
 * (name, strength, dose, when) changed from {@code before} to {@code after}. Stops are the entry's own
 * {@code stopped} date and are not repeated here.
 */
public record MedicationChange(long medicationId, LocalDateTime at, Field field, String before, String after) {
    public enum Field {
        ADDED("added"), RESUMED("resumed"), NAME("name"), STRENGTH("strength"), DOSE("dose"), WHEN("when");

        final String code;

        Field(String code) { this.code = code; }

        public String word() { return code; }

        static Field fromCode(String code) {
            for (Field f : values()) if (f.code.equals(code)) return f;
            throw new IllegalStateException("unknown medication change " + code);
        }
    }
}
