package org.medlist.check;

import java.util.List;
import org.medlist.knowledge.Severity;

/**
 * One thing the checker found, in the words a patient reads. {@code kind} says which check found it.
 * {@code key} identifies it across runs (for "discussed with my doctor on …").
 */
public record Finding(
        Kind kind,
        String key,
        Severity severity,
        List<String> drugs,
        List<String> medications,
        String title,
        String summary,
        List<String> watchFor,
        String whatToDo,
        String mechanism,
        List<Citation> sources) {

    public enum Kind {
        ALLERGY("Allergy"),
        /** A label's boxed warning or contraindication, or a Beers "avoid", that concerns this person (pregnancy, age, a condition…). */
        PROFILE("About this person"),
        INTERACTION("Interaction"),
        FOOD_AND_DRINK("Food and drink"),
        DUPLICATE("Same medicine twice"),
        SAME_CLASS("Same kind of medicine twice"),
        GROUP("Adds up across several medicines");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }
}
