package org.medlist.model;

import java.text.Normalizer;

/**
 * What counts as text that can be stored and given back unchanged. SQLite keeps text as UTF-8, so a
 * lone half of a surrogate pair (not a character at all) would come back altered; control characters
 * other than line breaks and tabs have no place in a medication list and are refused at the edge.
 */
public final class TextRules {
    private TextRules() {}

    public static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static boolean onlyLineBreaksAndTabs(String s) {
        return s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * The one form text is kept in: Unicode NFC. "Zoë" typed with a combined ë (NFC) and with e plus a
     * combining diaeresis (NFD, as macOS file names and some keyboards give it) look the same and must
     * be the same person; every edge passes what it is given through here before validating or storing.
     */
    public static String nfc(String s) {
        if (s == null) return "";
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * {@code s} as it can be quoted in a one-line message: line breaks, tabs and other control
     * characters, and the bidirectional overrides that could make the rest of a line read backwards,
     * are written as escapes (backslash-n, backslash-t, backslash-u202E), and a backslash as itself.
     */
    public static String shownOnOneLine(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || isBidiControl(cp) || cp == 0x2028 || cp == 0x2029) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** "{@code what} is too long (2,345 characters; at most 2,000)." when {@code s} is longer than {@code max} characters. */
    public static java.util.Optional<String> lengthProblem(String what, String s, int max) {
        if (s.length() <= max) return java.util.Optional.empty();
        String verb = what.endsWith("notes") || what.endsWith("conditions") ? "are" : "is"; // the plural fields
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s %s too long (%,d characters; at most %,d).", what, verb, s.length(), max));
    }

    /** Names (of people, of medicines) are one line of well-formed text. */
    public static boolean isOneLineOfText(String s) {
        return isWellFormed(s) && s.chars().noneMatch(Character::isISOControl);
    }
}
