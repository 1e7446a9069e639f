package org.medlist.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The hand-written tables in resources/knowledge/curated, one cited source per row. */
public final class Curated {
    private Curated() {}

    public record TherapeuticClass(String id, String label, String usuallyFor, boolean duplicateCheck, String source) {}

    public record ClassRule(String classA, String classB, Severity severity, String effect, String source) {}

    public record Effect(String id, String label, String summary, List<String> watchFor, Pattern mechanismPattern, String source) {}

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
