package org.medlist.model;

import java.util.Locale;

/** What kind of product an entry is; the code is what the database and the CLI use. */
public enum Kind {
    PRESCRIPTION("rx", "Prescription"),
    OVER_THE_COUNTER("otc", "Over the counter"),
    SUPPLEMENT("supplement", "Supplement");

    private final String code;
    private final String label;

    Kind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public static Kind fromCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Kind k : values()) {
            if (k.code.equals(wanted)) return k;
        }
        throw new InvalidInputException("Unknown kind '" + code + "': use rx, otc or supplement.");
    }

    @Override
    public String toString() { return label; }
}
