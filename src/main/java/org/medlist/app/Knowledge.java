package org.medlist.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medlist.check.CheckInput;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.NameKey;
import org.medlist.knowledge.Resolution;
import org.medlist.model.Medication;
import org.medlist.model.Profile;
import org.medlist.precautions.PersonCheck;
import org.medlist.precautions.PersonChecker;
import org.medlist.store.MedicationStore;

/**
 * The use cases that need only the bundled knowledge base: recognising names, what-if checks of
 * names (always with a profile), and describing ingredients. No database, no JavaFX; the window's
 * autocompletion and the command line's {@code resolve}/{@code check NAME...} use it directly.
 */
public final class Knowledge {
    private final KnowledgeBase kb;
    private final PersonChecker checker;
    private final Clock clock;

    public Knowledge(KnowledgeBase kb, Clock clock) {
        this.kb = kb;
        this.checker = new PersonChecker(kb);
        this.clock = clock;
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    public String version() { return kb.version(); }

    PersonChecker checker() { return checker; }

    LocalDate today() { return LocalDate.now(clock); }

    public Resolution resolve(String typed) { return checker.resolver().resolve(typed); }

    /** Names starting with what was typed, for autocompletion. */
    public List<NameEntry> complete(String typed, int limit) { return checker.resolver().complete(typed, limit); }

    /** What-if: the names given, checked with {@code profile} (use {@link Profile#unknown()} when nothing is known). */
    public PersonCheck checkNames(List<String> names, Profile profile) {
        List<CheckInput> inputs = names.stream().map(n -> checker.candidate(n, "")).toList();
        return checker.check(inputs, profile, today());
    }

    /** A condition as typed ("kidney disease", "kidney_disease") → its code, if the table knows it. */
    public Optional<String> conditionCode(String typed) {
        String key = NameKey.of(typed.replace('_', ' '));
        return kb.conditions().values().stream()
                .filter(c -> NameKey.of(c.code().replace('_', ' ')).equals(key) || NameKey.of(c.label()).equals(key))
                .map(Curated.Condition::code).findFirst();
    }

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

    /** What to store with an entry called {@code name}; an unrecognised name stores no ingredients but the version, so it is retried after an update. */
    public MedicationStore.Recognition recognize(String name) {
        Resolution r = resolve(name);
        return new MedicationStore.Recognition(r.recognized() ? r.name() : "", r.ingredients(), kb.version());
    }

    /** Re-resolves entries that another knowledge-base version recognised; returns the list as stored now. */
    List<Medication> refresh(MedicationStore store, List<Medication> entries) {
        List<Medication> out = new ArrayList<>(entries.size());
        java.util.Map<Long, MedicationStore.Recognition> changed = new java.util.LinkedHashMap<>();
        for (Medication m : entries) {
            if (m.kbVersion().equals(kb.version())) {
                out.add(m);
                continue;
            }
            MedicationStore.Recognition now = recognize(m.name());
            changed.put(m.id(), now);
            out.add(new Medication(m.id(), m.personId(), m.details(), m.stopped(), now.recognizedName(), now.ingredients(), now.kbVersion()));
        }
        store.updateRecognitions(changed);
        return out;
    }
}
