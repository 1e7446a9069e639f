package org.medlist.knowledge;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The hand-written tables in resources/knowledge/curated, one cited source per row. */
public final class Curated {
    private Curated() {}

    public record TherapeuticClass(String id, String label, String usuallyFor, boolean duplicateCheck, String source) {}

    /** {@code when} is empty or a condition on the person ("age>=65", "condition:kidney_disease") that the rule needs. */
    public record ClassRule(String classA, String classB, Severity severity, String effect, String source, String when) {
        public ClassRule(String classA, String classB, Severity severity, String effect, String source) {
            this(classA, classB, severity, effect, source, "");
        }
    }

    /**
     * One row of the grading policy (grading_policy.tsv). {@code kind} says what it does: {@code grade_map}
     * (a source's grade → MedList's severity), {@code needs_corroboration} (that grade alone, with no
     * mechanism, is shown for information), {@code keeps_warning} (exceptions: a pair of {@code a}/{@code b}
     * that stays a warning), {@code condition} (a source row matching {@code pattern} applies only
     * {@code when}), {@code protective} and {@code regimen} (pairs shown for information). {@code a} and
     * {@code b} hold class ids or ingredient names.
     */
    public record GradingRule(String id, String kind, String source, String grade, Set<String> a, Set<String> b, Pattern pattern,
                              String when, Severity severity, String appliesIf, String citation) {}

    public record Effect(String id, String label, String summary, List<String> watchFor, Pattern mechanismPattern, String source) {}

    /** A precaution for an ingredient, a class or a group, for an audience ("everyone", "drivers", "age65", "condition:kidney_disease"…). */
    public record Precaution(String id, String appliesTo, String target, String topic, String audience, String text, String source) {}

    public record Condition(String code, String label, String source) {}

    /** An allergy that names a group of medicines ("penicillins"), matched by ATC code, MedList class or ingredient. */
    public record AllergyClass(String name, Set<String> synonyms, Set<String> classes, List<String> atcPrefixes, Set<String> ingredients, String source) {}

    public record Group(String id, String label, Set<String> classes, Set<String> ingredients, String effect, String source) {}
}
