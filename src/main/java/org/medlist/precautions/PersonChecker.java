package org.medlist.precautions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.medlist.check.CheckContext;
import org.medlist.check.CheckInput;
import org.medlist.check.Checker;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.model.Medication;
import org.medlist.model.Profile;

/**
 * The one way to check a list: every pair, with the person's profile (allergies, age, pregnancy,
 * conditions, alcohol). There is deliberately no method that checks without a profile; a check with
 * nothing known passes {@link Profile#unknown()}, which hides nothing.
 */
public final class PersonChecker {
    private final KnowledgeBase kb;
    private final Resolver resolver;
    private final Checker checker;
    private final Precautions precautions;

    public PersonChecker(KnowledgeBase kb) {
        this.kb = kb;
        this.resolver = new Resolver(kb);
        this.checker = new Checker(kb);
        this.precautions = new Precautions(kb);
    }

    public KnowledgeBase knowledgeBase() { return kb; }

    public Resolver resolver() { return resolver; }

    public PersonCheck check(List<CheckInput> inputs, Profile profile, LocalDate today) {
        ProfileCheck pc = precautions.check(inputs, profile, today);
        return new PersonCheck(checker.check(inputs, context(profile, today)).withAllergies(pc.allergies()), pc);
    }

    /** What the pair checks may take into account about the person. */
    public static CheckContext context(Profile profile, LocalDate today) {
        Optional<Integer> age = profile.age(today);
        return new CheckContext(age.map(OptionalInt::of).orElse(OptionalInt.empty()), profile.pregnant() || profile.planningPregnancy(),
                profile.conditions(), profile.drinksAlcohol());
    }

    /** The checker's view of stored entries (recognised with this knowledge base: see the application's refresh). */
    public List<CheckInput> inputs(List<Medication> entries) {
        List<CheckInput> inputs = new ArrayList<>(entries.size());
        for (Medication m : entries) {
            List<String> suggestions = m.isRecognized() ? List.of() : suggestionNames(m.name());
            inputs.add(new CheckInput(m.name(), m.ingredients(), suggestions, m.details().strength()));
        }
        return inputs;
    }

    /** A name typed for a what-if check, never stored. */
    public CheckInput candidate(String name, String strength) {
        Resolution r = resolver.resolve(name);
        return new CheckInput(name, r.ingredients(), r.suggestions().stream().map(NameEntry::name).toList(), strength);
    }

    public List<String> suggestionNames(String name) {
        return resolver.resolve(name).suggestions().stream().map(NameEntry::name).toList();
    }
}
