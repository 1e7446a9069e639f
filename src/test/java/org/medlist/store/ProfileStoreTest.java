package org.medlist.store;

import org.medlist.model.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Profile;

class ProfileStoreTest {
    @TempDir Path dir;

    @Test
    void theProfileAndTicksSurviveARestart() {
        Path file = dir.resolve("p.db");
        Profile saved;
        try (Database db = Database.open(file)) {
            long id = new PersonStore(db).add("Ann").id();
            assertThat(new ProfileStore(db).get(id).allergyState()).isEqualTo(Profile.AllergyState.NOT_RECORDED);
            saved = new ProfileStore(db).save(id, new Profile(Optional.of(LocalDate.of(1956, 3, 4)), Optional.empty(), false, false, false,
                    Optional.of(true), Optional.empty(), Profile.AllergyState.RECORDED, List.of(new Profile.Allergy("penicillins", "rash")),
                    Set.of("kidney_disease"), "gout"));
            new ChecklistStore(db).tick(id, "benzo-driving", LocalDate.of(2026, 11, 1));
        }
        try (Database db = Database.open(file)) {
            long id = new PersonStore(db).require("Ann").id();
            assertThat(new ProfileStore(db).get(id)).isEqualTo(saved);
            assertThat(saved.drinksAlcohol()).isEmpty();
            assertThat(new ChecklistStore(db).ticks(id)).containsEntry("benzo-driving", LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    void noKnownAllergiesIsKeptApartFromNotRecorded() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            long id = new PersonStore(db).add("Bob").id();
            Profile none = new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                    Profile.AllergyState.NONE_KNOWN, List.of(), Set.of(), "");
            assertThat(new ProfileStore(db).save(id, none).allergyState()).isEqualTo(Profile.AllergyState.NONE_KNOWN);
        }
    }

    @Test
    void anItemThatNoLongerAppliesLosesItsTickAndComesBackUnticked() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            long id = new PersonStore(db).add("Ann").id();
            ChecklistStore ticks = new ChecklistStore(db);
            ticks.tick(id, "benzo-driving", LocalDate.now());
            ticks.tick(id, "ssri-stopping", LocalDate.now());
            assertThat(ticks.keepOnly(id, Set.of("ssri-stopping"))).containsOnlyKeys("ssri-stopping");
            assertThat(ticks.keepOnly(id, Set.of("ssri-stopping", "benzo-driving"))).containsOnlyKeys("ssri-stopping");
        }
    }

    @Test
    void aBirthDateInTheFutureIsRefusedAndNothingIsWritten() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            long id = new PersonStore(db).add("Ann").id();
            Profile future = new Profile(Optional.of(LocalDate.now().plusDays(2)), Optional.empty(), false, false, false, Optional.empty(),
                    Optional.empty(), Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), "");
            assertThatThrownBy(() -> new ProfileStore(db).save(id, future)).isInstanceOf(InvalidInputException.class);
            assertThat(new ProfileStore(db).get(id).born()).isEmpty();
        }
    }
}
