package org.medlist.knowledge;

import java.util.List;

/**
 * What a typed name resolved to. Not recognised: no ingredients, and up to five suggestions. A
 * misspelling is never silently accepted.
 */
public record Resolution(String input, boolean recognized, String name, List<String> ingredients, List<NameEntry> suggestions, String source) {
    public static Resolution notRecognized(String input, List<NameEntry> suggestions) {
        return new Resolution(input, false, "", List.of(), suggestions, "");
    }
}
