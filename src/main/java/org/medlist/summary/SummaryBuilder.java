package org.medlist.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckText;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.Curated;
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

    /**
     * Reads the person's list as stored (re-recognised by the caller when the knowledge base changed) and checks it
     * with their profile; "what changed" runs from the last printed summary (or the last {@value Summary#DEFAULT_SINCE_DAYS} days).
     */
    public Summary build(Database db, Person person, LocalDate today) {
        return build(db, person, today, Optional.empty());
    }

    /** The summary with "what changed" since {@code since}, when given. */
    public Summary build(Database db, Person person, LocalDate today, Optional<LocalDate> since) {
        MedicationStore medications = new MedicationStore(db);
        List<Medication> current = medications.current(person.id());
        ProfileStore profiles = new ProfileStore(db);
        Profile profile = profiles.get(person.id());
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
        Map<String, Curated.Precaution> curated = new HashMap<>();
        for (Curated.Precaution p : kb.precautions()) curated.put(p.id(), p);
        List<Summary.Precaution> all = full.profile().precautions().stream()
                .map(p -> new Summary.Precaution(p.topic(), String.join(", ", p.medications()), p.text(), p.sources(),
                        forWhom(Optional.ofNullable(curated.get(p.key())).map(Curated.Precaution::audience).orElse(""), profile, today,
                                kb.conditions())))
                .toList();
        // The profile's cautions are for the doctor whether or not the patient has ticked them.
        List<Summary.Precaution> profileCautions = all.stream().filter(p -> !p.forWhom().isEmpty()).toList();
        List<Summary.Precaution> open = new ArrayList<>();
        List<PrecautionItem> items = full.profile().precautions();
        for (int i = 0; i < items.size(); i++) if (!ticks.containsKey(items.get(i).key())) open.add(all.get(i));
        List<String> questions = new QuestionStore(db).forPerson(person.id()).stream().map(Question::text).toList();

        return new Summary(person.name(), profile.born(), profile.age(today), allergyLine(profile), conditions(profile), pregnancy(profile),
                profiles.emergencyContact(person.id()), today, current.stream().map(SummaryBuilder::medicine).toList(),
                CheckText.headline(full.result()), warnings, profileCautions, notChecked, List.copyOf(open), questions,
                ChangesSince.read(db, person, today, since), kb.version(), usedSources(kb));
    }

    /** Who a precaution is for, when it rests on the profile rather than on the medicine alone. */
    static String forWhom(String audience, Profile profile, LocalDate today, Map<String, Curated.Condition> conditions) {
        if (audience.startsWith("condition:")) {
            String code = audience.substring("condition:".length());
            return conditions.containsKey(code) ? conditions.get(code).label() : code.replace('_', ' ');
        }
        return switch (audience) {
            case "age65" -> profile.age(today).map(a -> "Age " + a).orElse("Age 65 and over");
            case "pregnancy" -> profile.pregnant() ? "Pregnant" : "Planning a pregnancy";
            case "breastfeeding" -> "Breastfeeding";
            default -> "";
        };
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
        Map<String, Curated.Condition> known = kb.conditions();
        p.conditions().stream().sorted().forEach(code -> out.add(known.containsKey(code) ? known.get(code).label() : code));
        if (!p.otherConditions().isBlank()) out.add(p.otherConditions().strip());
        return out;
    }

    /** Pregnancy and breastfeeding as the profile records them; the profile cannot tell "no" from "not asked". */
    static String pregnancy(Profile p) {
        List<String> out = new ArrayList<>();
        if (p.pregnant()) out.add("Pregnant");
        if (p.planningPregnancy()) out.add("Planning a pregnancy");
        if (p.breastfeeding()) out.add("Breastfeeding");
        return out.isEmpty() ? "None recorded" : String.join("; ", out);
    }

    /** Every source the knowledge base is built from; the printout names them all with their licences. */
    private static List<SourceInfo> usedSources(KnowledgeBase kb) {
        return List.copyOf(kb.sources().values());
    }
}
