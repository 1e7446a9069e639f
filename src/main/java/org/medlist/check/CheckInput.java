package org.medlist.check;

import java.util.List;

/**
 * One entry to check: the name as the user wrote it, the ingredients it was recognised as (empty: not
 * recognised), suggestions for an unrecognised name, and the strength as entered ("81 mg"; empty when
 * not known), which conditional rules (e.g. a dose limit) are evaluated against.
 */
public record CheckInput(String label, List<String> ingredients, List<String> suggestions, String strength) {
    public CheckInput {
        ingredients = List.copyOf(ingredients);
        suggestions = List.copyOf(suggestions);
        strength = strength == null ? "" : strength.strip();
    }

    public CheckInput(String label, List<String> ingredients, List<String> suggestions) {
        this(label, ingredients, suggestions, "");
    }

    public boolean recognized() { return !ingredients.isEmpty(); }
}
