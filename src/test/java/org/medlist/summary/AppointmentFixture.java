package org.medlist.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.app.Knowledge;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.store.QuestionStore;
import org.medlist.model.TimeOfDay;

/**
 * The appointment the summary issue describes, in a real database: 8 current medicines of which 2
 * pairs interact, 1 that the knowledge base does not recognise, an allergy, a question, one medicine
 * stopped last month and one stopped long ago.
 */
public final class AppointmentFixture {
    public static final String PERSON = "Zoë Łukasiewicz-Müller";
    public static final String UNRECOGNISED = "Grandma's herbal sleep tea";
    public static final String QUESTION = "Can I take the aspirin and the warfarin at the same time of day?";
    public static final List<String> CURRENT = List.of("Warfarin 5 mg", "Aspirin 81 mg", "Amlodipine 5 mg", "Latanoprost eye drops",
            "Finasteride 5 mg", "Loratadine 10 mg", "Montelukast 10 mg", UNRECOGNISED);

    private AppointmentFixture() {}

    public static Knowledge knowledge() { return new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone()); }

    /** The printout's builder over the bundled knowledge base. */
    public static SummaryBuilder summaryBuilder() {
        return new SummaryBuilder(BundledKnowledge.get(), new org.medlist.precautions.PersonChecker(BundledKnowledge.get()));
    }

    public static Person create(Database db, LocalDate today) {
        Knowledge k = knowledge();
        Person p = new PersonStore(db).add(PERSON);
        new ProfileStore(db).save(p.id(), new Profile(Optional.of(LocalDate.of(1948, 3, 2)), Optional.empty(), false, false, false,
                Optional.of(true), Optional.empty(), Profile.AllergyState.RECORDED, List.of(new Profile.Allergy("penicillins", "rash and swelling")),
                Set.of("kidney_disease"), ""));
        MedicationStore meds = new MedicationStore(db);
        String[][] rows = {
            {"Warfarin 5 mg", "1 tablet", "EVENING", "atrial fibrillation", "Dr Nowak"},
            {"Aspirin 81 mg", "1 tablet", "MORNING", "heart", "Dr Nowak"},
            {"Amlodipine 5 mg", "1 tablet", "MORNING", "blood pressure", "Dr Abara"},
            {"Latanoprost eye drops", "1 drop each eye", "BEDTIME", "glaucoma", "Dr Chen"},
            {"Finasteride 5 mg", "1 tablet", "MORNING", "prostate", "Dr Abara"},
            {"Loratadine 10 mg", "1 tablet", "AS_NEEDED", "hay fever", ""},
            {"Montelukast 10 mg", "1 tablet", "EVENING", "asthma", "Dr Chen"},
            {UNRECOGNISED, "1 cup", "BEDTIME", "sleep", ""},
        };
        for (String[] r : rows) {
            MedicationDetails d = new MedicationDetails(r[0], "", r[1], "", "", EnumSet.of(TimeOfDay.valueOf(r[2])), "", r[3], r[4],
                    Optional.of(LocalDate.of(2022, 5, 1)), "", r[0].startsWith("Loratadine") ? Kind.OVER_THE_COUNTER : Kind.PRESCRIPTION);
            meds.add(p.id(), d, k.recognize(r[0]));
        }
        Medication recent = meds.add(p.id(), MedicationDetails.named("Ibuprofen 400 mg"), k.recognize("Ibuprofen 400 mg"));
        meds.stop(p.id(), recent.id(), today.minusDays(30));
        Medication old = meds.add(p.id(), MedicationDetails.named("Ciprofloxacin 500 mg"), k.recognize("Ciprofloxacin 500 mg"));
        meds.stop(p.id(), old.id(), today.minusDays(200));
        new QuestionStore(db).add(p.id(), QUESTION, today);
        return p;
    }

    public static Database openNew(Path dir) {
        return Database.open(dir.resolve("appointment.db"));
    }
}
