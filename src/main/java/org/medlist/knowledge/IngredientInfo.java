package org.medlist.knowledge;

import java.util.List;
import java.util.Set;

/** What the knowledge base knows about one ingredient: its ATC codes, MedList classes and FDA classes. */
public record IngredientInfo(String name, List<String> atcCodes, List<String> classes, List<String> fdaClasses, Set<String> classSet) {
    public IngredientInfo(String name, List<String> atcCodes, List<String> classes, List<String> fdaClasses) {
        this(name, atcCodes, classes, fdaClasses, Set.copyOf(classes));
    }
}
