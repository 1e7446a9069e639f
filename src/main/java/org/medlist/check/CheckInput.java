package org.medlist.check;

import java.util.List;

/** One entry to check: the name as the user wrote it and the ingredients it was recognised as (empty: not recognised). */
public record CheckInput(String label, List<String> ingredients, List<String> suggestions) {
    public CheckInput {
        ingredients = List.copyOf(ingredients);
        suggestions = List.copyOf(suggestions);
    }

    public boolean recognized() { return !ingredients.isEmpty(); }
}
