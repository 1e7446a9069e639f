package org.medlist.knowledge;

import java.util.List;

/**
 * What a typed name resolved to. Not recognised: no ingredients, and up to five suggestions. A
 * misspelling is never silently accepted.
 *
 * <p>{@code strength}, {@code form} and {@code release} are what the person typed in the name
 * ("lexapro 10mg" → "10 mg"), or the strength the recognised name itself fixes ("baby aspirin" →
 * "81 mg"); {@code kind} is "rx", "otc" or "supplement" when a cited curated row says how the product
 * is sold, empty otherwise. {@code note} explains a name that is recognised but cannot be checked
 * ("prenatal vitamins": contents differ by brand); such a name is not recognised for checking.
 */
public record Resolution(String input, boolean recognized, String name, List<String> ingredients, List<NameEntry> suggestions, String source,
                         String strength, String form, String release, String kind, String note) {

    public Resolution(String input, boolean recognized, String name, List<String> ingredients, List<NameEntry> suggestions, String source) {
        this(input, recognized, name, ingredients, suggestions, source, "", "", "", "", "");
    }

    public static Resolution notRecognized(String input, List<NameEntry> suggestions) {
        return new Resolution(input, false, "", List.of(), suggestions, "");
    }

    /** Recognised as a name that cannot be checked ("prenatal vitamins"): the note says what to enter instead. */
    public boolean knownButUnchecked() { return !recognized && !note.isEmpty(); }
}
