package org.medlist.summary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medlist.app.Knowledge;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.model.TimeOfDay;

/**
 * The harder case: an older person with kidney disease and a penicillin allergy, 8 medicines
 * (one unrecognised, one with no time recorded) that between them raise about ten warnings and
 * several cautions for the profile.
 */
public final class ManyWarningsFixture {
    public static final String PERSON = "Harold Bexley";
    public static final String NO_TIME = "Diazepam 5 mg";
    public static final List<String> CURRENT = List.of("Warfarin 5 mg", "Aspirin 81 mg", "Ibuprofen 400 mg", "Metformin 500 mg",
            "Omeprazole 20 mg", NO_TIME, "Amoxicillin 500 mg", AppointmentFixture.UNRECOGNISED);

    private ManyWarningsFixture() {}

    public static Person create(Database db) {
        Knowledge k = AppointmentFixture.knowledge();
        Person p = new PersonStore(db).add(PERSON);
        new ProfileStore(db).save(p.id(), new Profile(Optional.of(LocalDate.of(1947, 6, 12)), Optional.empty(), false, false, false,
                Optional.of(true), Optional.of(true), Profile.AllergyState.RECORDED, List.of(new Profile.Allergy("penicillins", "hives")),
                Set.of("kidney_disease"), ""));
        new ProfileStore(db).setEmergencyContact(p.id(), "Margaret Bexley (daughter) 07700 900123");
        MedicationStore meds = new MedicationStore(db);
        for (String name : CURRENT) {
            Set<TimeOfDay> times = name.equals(NO_TIME) ? Set.of() : EnumSet.of(name.startsWith("Omeprazole") ? TimeOfDay.AS_NEEDED : TimeOfDay.MORNING);
            MedicationDetails d = new MedicationDetails(name, "", "1 tablet", "", "", times, "", "", "Dr Okafor",
                    Optional.of(LocalDate.of(2024, 2, 1)), "", Kind.PRESCRIPTION);
            meds.add(p.id(), d, k.recognize(name));
        }
        return p;
    }
}
