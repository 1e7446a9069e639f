package org.medlist.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.ui.common.ViewModelFixture;

/** The shown person's profile: loaded and saved in the store, and the allergy line that is never blank for a person. */
class ProfileViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    ProfileViewModel vm;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        vm = new ProfileViewModel(f.jobs);
    }

    @AfterEach
    void close() { f.close(); }

    private static Profile allergies(Profile.AllergyState state, Profile.Allergy... allergies) {
        return new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                state, List.of(allergies), Set.of(), "");
    }

    @Test
    void theAllergyLineTellsNotRecordedFromNoneKnownFromRecorded() {
        vm.personProperty().set(ann);
        assertThat(vm.allergySummaryProperty().get()).isEqualTo("Allergies not recorded");
        vm.save(allergies(Profile.AllergyState.NONE_KNOWN), "");
        assertThat(vm.allergySummaryProperty().get()).isEqualTo("No known allergies");
        vm.save(allergies(Profile.AllergyState.RECORDED, new Profile.Allergy("penicillins", "rash"), new Profile.Allergy("sulfa", "")), "");
        assertThat(vm.allergySummaryProperty().get()).isEqualTo("Allergies: penicillins (rash), sulfa");
        vm.personProperty().set(null);
        assertThat(vm.allergySummaryProperty().get()).isEmpty();
        assertThat(vm.profileProperty().get()).isEqualTo(Profile.unknown());
    }

    @Test
    void savingStoresTheProfileAndNotesAndSaysSo() {
        vm.personProperty().set(ann);
        Profile older = ViewModelFixture.aged(78, "kidney_disease");
        vm.save(older, "lives alone");
        assertThat(vm.profileProperty().get()).isEqualTo(older);
        assertThat(vm.notes()).isEqualTo("lives alone");
        assertThat(f.message()).isEqualTo("Saved Ann's profile.");
        assertThat(f.app.profile(ann.id())).isEqualTo(older);
        assertThat(f.app.person("Ann").notes()).isEqualTo("lives alone");
    }

    @Test
    void switchingPersonLoadsTheirProfile() {
        Person bob = f.person("Bob");
        f.app.saveProfile(bob.id(), ViewModelFixture.allergicTo("latex", "hives"));
        f.app.setNotes(bob.id(), "uses a pill box");
        vm.personProperty().set(ann);
        vm.personProperty().set(f.app.person("Bob"));
        assertThat(vm.allergySummaryProperty().get()).isEqualTo("Allergies: latex (hives)");
        assertThat(vm.notes()).isEqualTo("uses a pill box");
        vm.personProperty().set(ann);
        assertThat(vm.profileProperty().get()).isEqualTo(Profile.unknown());
    }

    @Test
    void aProfileLoadedForAnEarlierPersonIsDropped(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            g.app.saveProfile(a.id(), ViewModelFixture.allergicTo("penicillins", "rash"));
            ProfileViewModel late = new ProfileViewModel(g.jobs);
            late.personProperty().set(a);
            late.personProperty().set(b);
            queued.runNewest();
            queued.runOldest();
            assertThat(late.allergySummaryProperty().get()).isEqualTo("Allergies not recorded");
        }
    }
}
