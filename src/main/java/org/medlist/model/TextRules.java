package org.medlist.model;

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

    /** Names (of people, of medicines) are one line of well-formed text. */
    public static boolean isOneLineOfText(String s) {
        return isWellFormed(s) && s.chars().noneMatch(Character::isISOControl);
    }
}
