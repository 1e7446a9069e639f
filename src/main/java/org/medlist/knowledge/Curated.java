package org.medlist.knowledge;

import java.util.List;
import java.util.Optional;
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

    /**
     * One entry of the effect catalogue: what could happen, in MedList's own plain words. {@code template} names the
     * medicine that is affected ({affected}) and the one that affects it ({other}); {@code pairTemplate} ({a}, {b}) is
     * used when the source does not say which of the two is affected.
     */
    public record Effect(String id, String label, String summary, List<String> watchFor, String whatToDo, String template,
                         String pairTemplate, String source) {}

    /** A pattern over a source's own mechanism text (ANSM's French) and the effect it describes; the first matching row wins. */
    public record MechanismPattern(Pattern pattern, String effect, String source) {}

    /**
     * A DrugBank interaction type (DeepDDI numbering 1–86): the effect its sentence names and which side it affects
     * ({@code drug1}, {@code drug2} or {@code none}); {@code effect} is empty, with {@code unmappedReason}, when the
     * sentence names no effect.
     */
    public record DrugbankType(int type, String sentence, String effect, String affected, String unmappedReason, String source) {}

    /** How far apart to take {@code medicine} and a partner that keeps it from being absorbed, quoting the label. */
    public record Timing(String medicine, Set<String> partners, String advice, String quote, String setId, String section, String source) {}

    /** The English words for a condition a source attaches to its grade (e.g. ANSM's aspirin dose limits). */
    public record ConditionText(Pattern pattern, String text, String source) {}

    /** An effect a class ({@code class}, {@code epc}) or an {@code ingredient} causes on its own, as its label states. */
    public record ClassEffect(String kind, String name, String effect, String source) {}

    /** The tables that choose a warning's words. */
    public record Explanations(List<MechanismPattern> mechanisms, java.util.Map<Integer, DrugbankType> drugbankTypes, List<Timing> timings,
                               List<ConditionText> conditionTexts, List<ClassEffect> classEffects) {
        public static final Explanations NONE = new Explanations(List.of(), java.util.Map.of(), List.of(), List.of(), List.of());
    }

    /**
     * A precaution for an ingredient, a class or a group, for an audience ("everyone", "drivers", "age65", "child",
     * "condition:kidney_disease"…). {@code evidence} is the label sentence it rests on; {@code warning}, when present, is the
     * severity of the profile warning it raises for a person it concerns (a boxed warning, a contraindication, a Beers
     * "avoid"), beyond the checklist line.
     */
    public record Precaution(String id, String appliesTo, String target, String topic, String audience, String text, String source,
                             Evidence evidence, Optional<Severity> warning) {
        public Precaution(String id, String appliesTo, String target, String topic, String audience, String text, String source) {
            this(id, appliesTo, target, topic, audience, text, source, Evidence.NONE, Optional.empty());
        }
    }

    /**
     * Where a precaution's words come from: a label (openFDA set id and section: boxed_warning, contraindications,
     * warnings_and_cautions, warnings), or an ANSM driving-list row ({@code ansm:N}); {@code quote} is the sentence as the
     * bundled source holds it, empty where no staged source holds the medicine.
     */
    public record Evidence(String setId, String section, String quote) {
        public static final Evidence NONE = new Evidence("", "", "");

        public boolean isLabel() { return !setId.isEmpty(); }

        public boolean isAnsm() { return section.startsWith("ansm:"); }
    }

    public record Condition(String code, String label, String source) {}

    /** An allergy that names a group of medicines ("penicillins"), matched by ATC code, MedList class or ingredient. */
    public record AllergyClass(String name, Set<String> synonyms, Set<String> classes, List<String> atcPrefixes, Set<String> ingredients, String source) {}

    public record Group(String id, String label, Set<String> classes, Set<String> ingredients, String effect, String source) {}
}
