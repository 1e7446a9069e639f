package org.medlist.medications;

import java.util.ArrayList;
import java.util.List;
import org.medlist.check.CheckInput;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.store.Medication;
import org.medlist.store.MedicationStore;

/**
 * Connects stored entries to the knowledge base: what a name is recognised as when it is saved, and
 * re-recognition of entries saved under another knowledge-base version. No JavaFX; used by the
 * command line and by the window's worker thread.
 */
public final class Recognition {
    private final KnowledgeBase kb;
    private final Resolver resolver;
    private final org.medlist.check.Checker checker;
    private final org.medlist.precautions.Precautions precautions;

    public Recognition(KnowledgeBase kb) {
        this.kb = kb;
        this.resolver = new Resolver(kb);
        this.checker = new org.medlist.check.Checker(kb);
        this.precautions = new org.medlist.precautions.Precautions(kb);
    }

    /** A check with the person's profile: allergy warnings joined to the findings, and the precautions. */
    public record FullCheck(org.medlist.check.CheckResult result, org.medlist.precautions.ProfileCheck profile) {}

    public FullCheck check(List<CheckInput> inputs, org.medlist.precautions.Profile profile) {
        org.medlist.precautions.ProfileCheck pc = precautions.check(inputs, profile, java.time.LocalDate.now());
        return new FullCheck(checker.check(inputs).withAllergies(pc.allergies()).withProfileWarnings(pc.profileWarnings()), pc);
    }

    /** A condition as typed ("kidney disease", "kidney_disease") → its code, if the table knows it. */
    public java.util.Optional<String> conditionCode(String typed) {
        String key = org.medlist.knowledge.NameKey.of(typed.replace('_', ' '));
        return kb.conditions().values().stream()
                .filter(c -> org.medlist.knowledge.NameKey.of(c.code().replace('_', ' ')).equals(key) || org.medlist.knowledge.NameKey.of(c.label()).equals(key))
                .map(org.medlist.knowledge.Curated.Condition::code).findFirst();
    }

    public org.medlist.check.Checker checker() { return checker; }

    /** One line on what an ingredient is: its kind and what that kind is usually for, from the class tables. */
    public String describe(String ingredient) {
        List<String> kinds = new ArrayList<>();
        for (String c : kb.classesOf(ingredient)) {
            kb.therapeuticClass(c).ifPresent(tc -> kinds.add(tc.label() + ", usually for " + tc.usuallyFor()));
        }
        if (kinds.isEmpty()) {
            kb.ingredient(ingredient).ifPresent(i -> i.fdaClasses().stream().findFirst().ifPresent(f -> kinds.add(f + " (FDA class)")));
        }
        return kinds.isEmpty() ? "" : String.join("; ", kinds);
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    public Resolver resolver() { return resolver; }

    /** What to store with an entry called {@code name}; an unrecognised name stores no ingredients but the version, so it is retried after an update. */
    public MedicationStore.Recognition recognize(String name) {
        Resolution r = resolver.resolve(name);
        return new MedicationStore.Recognition(r.recognized() ? r.name() : "", r.ingredients(), kb.version());
    }

    /** Re-resolves entries that another knowledge-base version recognised; returns the list as stored now. */
    public List<Medication> refresh(MedicationStore store, List<Medication> entries) {
        List<Medication> out = new ArrayList<>(entries.size());
        for (Medication m : entries) {
            if (m.kbVersion().equals(kb.version())) {
                out.add(m);
                continue;
            }
            MedicationStore.Recognition now = recognize(m.name());
            store.updateRecognition(m.id(), now);
            out.add(new Medication(m.id(), m.personId(), m.details(), m.stopped(), now.recognizedName(), now.ingredients(), now.kbVersion()));
        }
        return out;
    }

    /** The checker's view of stored entries (which must be current with this knowledge base: see {@link #refresh}). */
    public List<CheckInput> inputs(List<Medication> entries) {
        List<CheckInput> inputs = new ArrayList<>(entries.size());
        for (Medication m : entries) {
            List<String> suggestions = m.isRecognized() ? List.of() : suggestionNames(m.name());
            inputs.add(new CheckInput(m.name(), m.ingredients(), suggestions));
        }
        return inputs;
    }

    /** A name typed for a what-if check, never stored. */
    public CheckInput input(String name) {
        Resolution r = resolver.resolve(name);
        return new CheckInput(name, r.ingredients(), r.suggestions().stream().map(NameEntry::name).toList());
    }

    public List<String> suggestionNames(String name) {
        return resolver.resolve(name).suggestions().stream().map(NameEntry::name).toList();
    }
}
