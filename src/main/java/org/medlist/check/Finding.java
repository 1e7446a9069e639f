package org.medlist.check;

import java.util.List;
import org.medlist.knowledge.Severity;

/**
 * One thing the checker found, in the words a patient reads. {@code kind} says which check found it.
 * {@code key} identifies it across runs (for "discussed with my doctor on …"). {@code mechanism} says in English how
 * they interact. For a pair: {@code effect} is the catalogue key of what could happen (null when no source names one),
 * {@code affected} the ingredient whose level or effect changes (null when the source does not say),
 * {@code explanationSource} which source's mechanism chose the words, and {@code sourceText} that source's own words
 * in their original language (ANSM's French; "" when none) — shown only as the cited detail.
 * {@code gradeReason} says which source or rule of the grading policy chose the shown severity and why others were
 * set aside; {@code appliesIf} is the condition the grade depends on when MedList cannot tell (null when none);
 * {@code relevance} is empty, or why this finding matters more for this person (it is listed first).
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
        List<Citation> sources,
        String effect,
        String affected,
        String explanationSource,
        String sourceText,
        String gradeReason,
        String appliesIf,
        String relevance) {

    public Finding {
        sourceText = sourceText == null ? "" : sourceText;
        gradeReason = gradeReason == null ? "" : gradeReason;
        relevance = relevance == null ? "" : relevance;
    }

    /** A finding whose words do not come from an interaction source's mechanism (allergy, duplicate, group). */
    public Finding(Kind kind, String key, Severity severity, List<String> drugs, List<String> medications, String title, String summary,
                   List<String> watchFor, String whatToDo, String mechanism, List<Citation> sources) {
        this(kind, key, severity, drugs, medications, title, summary, watchFor, whatToDo, mechanism, sources, null, null, null, "", "", null, "");
    }

    /** A pair's finding with the words chosen from its sources' mechanism; graded afterwards by {@link #graded}. */
    public Finding(Kind kind, String key, Severity severity, List<String> drugs, List<String> medications, String title, String summary,
                   List<String> watchFor, String whatToDo, String mechanism, List<Citation> sources,
                   String effect, String affected, String explanationSource, String sourceText) {
        this(kind, key, severity, drugs, medications, title, summary, watchFor, whatToDo, mechanism, sources,
                effect, affected, explanationSource, sourceText, "", null, "");
    }

    /** The same finding at the grade the policy gives it. */
    public Finding graded(Severity shown, String reason, String condition) {
        return new Finding(kind, key, shown, drugs, medications, title, summary, watchFor, whatToDo, mechanism, sources,
                effect, affected, explanationSource, sourceText, reason, condition, relevance);
    }

    public Finding withRelevance(String why) {
        return new Finding(kind, key, severity, drugs, medications, title, summary, watchFor, whatToDo, mechanism, sources,
                effect, affected, explanationSource, sourceText, gradeReason, appliesIf, why);
    }

    /** Listed for information (below the warnings), not a warning. */
    public boolean informational() { return severity == Severity.INFO; }

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
