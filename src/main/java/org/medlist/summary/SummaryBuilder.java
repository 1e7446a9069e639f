package org.medlist.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckText;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.SourceInfo;
import org.medlist.precautions.PersonCheck;
import org.medlist.precautions.PersonChecker;
import org.medlist.precautions.PrecautionItem;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.store.DiscussedStore;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.ChecklistStore;
import org.medlist.store.ProfileStore;
import org.medlist.model.Question;
import org.medlist.store.QuestionStore;

/** Reads one person's data from the store and checks it, into a {@link Summary}. Used by the CLI and the window's worker. */
public final class SummaryBuilder {
    private final KnowledgeBase kb;
    private final PersonChecker checker;

    public SummaryBuilder(KnowledgeBase kb, PersonChecker checker) {
        this.kb = kb;
        this.checker = checker;
    }

    /** Reads the person's list as stored (re-recognised by the caller when the knowledge base changed) and checks it with their profile. */
    public Summary build(Database db, Person person, LocalDate today) {
        MedicationStore medications = new MedicationStore(db);
        List<Medication> current = medications.current(person.id());
        Profile profile = new ProfileStore(db).get(person.id());
        PersonCheck full = checker.check(checker.inputs(current), profile, today);
        Map<String, LocalDate> discussed = new DiscussedStore(db).forPerson(person.id());
        Map<String, LocalDate> ticks = new ChecklistStore(db).keepOnly(person.id(),
                full.profile().precautions().stream().map(PrecautionItem::key).toList());

        List<Summary.Warning> warnings = full.result().all().stream()
                .map(f -> warning(f, Optional.ofNullable(discussed.get(f.key())))).toList();
        List<Summary.NotChecked> notChecked = new ArrayList<>();
        for (CheckInput c : full.result().notChecked()) notChecked.add(new Summary.NotChecked(c.label(), c.suggestions()));
        for (String allergy : full.profile().allergiesNotChecked()) {
            notChecked.add(new Summary.NotChecked("Allergy: " + allergy + " (no medicine was checked against it)", List.of()));
        }
        List<Summary.Precaution> open = full.profile().precautions().stream().filter(p -> !ticks.containsKey(p.key()))
                .map(p -> new Summary.Precaution(p.topic(), String.join(", ", p.medications()), p.text(), p.sources())).toList();
        List<Summary.Stopped> stopped = medications.stopped(person.id()).stream()
                .filter(m -> !m.stopped().get().isBefore(today.minusDays(Summary.STOPPED_DAYS)))
                .map(m -> new Summary.Stopped(m.name(), m.details().strength(), m.stopped().get(), m.details().reason())).toList();
        List<String> questions = new QuestionStore(db).forPerson(person.id()).stream().map(Question::text).toList();

        return new Summary(person.name(), profile.born(), profile.age(today), allergyLine(profile), conditions(profile),
                today, current.stream().map(SummaryBuilder::medicine).toList(), CheckText.headline(full.result()), warnings,
                notChecked, open, questions, stopped, kb.version(), usedSources(kb));
    }

    private Summary.Warning warning(Finding f, Optional<LocalDate> discussedOn) {
        Set<String> sources = new LinkedHashSet<>();
        for (Citation c : f.sources()) sources.add(c.sourceName());
        return new Summary.Warning(f.severity(), f.kind().label(), f.title(), firstSentence(f.summary()), discussedOn, List.copyOf(sources));
    }

    /** The summary's first sentence: the printout gives one line per finding; the window has the rest. */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static Summary.Medicine medicine(Medication m) {
        var d = m.details();
        return new Summary.Medicine(m.name(), String.join(" + ", m.ingredients()), d.strength(), d.dose(), m.when(), d.times(),
                d.whenText(), d.reason(), d.prescriber(), d.started(), m.isRecognized());
    }

    /** Never blank: "No known allergies", "Not recorded", or each allergy with its reaction. */
    static String allergyLine(Profile p) {
        return switch (p.allergyState()) {
            case NOT_RECORDED -> "Not recorded";
            case NONE_KNOWN -> "None known";
            case RECORDED -> String.join("; ", p.allergies().stream()
                    .map(a -> a.reaction().isBlank() ? a.substance() : a.substance() + " (" + a.reaction() + ")").toList());
        };
    }

    private List<String> conditions(Profile p) {
        List<String> out = new ArrayList<>();
        Map<String, org.medlist.knowledge.Curated.Condition> known = kb.conditions();
        p.conditions().stream().sorted().forEach(code -> out.add(known.containsKey(code) ? known.get(code).label() : code));
        if (!p.otherConditions().isBlank()) out.add(p.otherConditions().strip());
        if (p.pregnant()) out.add("Pregnant");
        if (p.planningPregnancy()) out.add("Planning a pregnancy");
        if (p.breastfeeding()) out.add("Breastfeeding");
        return out;
    }

    /** Every source the knowledge base is built from; the printout names them all with their licences. */
    private static List<SourceInfo> usedSources(KnowledgeBase kb) {
        return List.copyOf(kb.sources().values());
    }
}
