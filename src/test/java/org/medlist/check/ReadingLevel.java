package org.medlist.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch–Kincaid grade level with a simple syllable counter (vowel groups, a silent final e), good enough to compare texts. */
final class ReadingLevel {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {}

    static double grade(String text) {
        int sentences = Math.max(1, text.split("[.!?]+(\\s|$)").length);
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) return 0;
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'.*$", "");
        if (w.length() <= 3) return 1;
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int n = 0;
        while (m.find()) n++;
        return Math.max(1, n);
    }
}
