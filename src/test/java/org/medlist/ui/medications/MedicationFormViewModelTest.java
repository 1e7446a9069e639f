package org.medlist.ui.medications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.check.Finding;
import org.medlist.knowledge.NameEntry;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.ViewModelFixture;

/** The add form's what-if, with the person's list and profile, before anything is saved. */
class MedicationFormViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
    }

    @AfterEach
    void close() { f.close(); }

    private MedicationFormViewModel form() { return new MedicationFormViewModel(f.jobs, Optional.of(ann), null); }

    private MedicationFormViewModel editing(String entry) { return new MedicationFormViewModel(f.jobs, Optional.of(ann), entry); }

    @Test
    void augmentinForSomeoneAllergicToPenicillinsRaisesTheAllergyBeforeSaving() {
        f.app.saveProfile(ann.id(), ViewModelFixture.allergicTo("penicillins", "rash"));
        MedicationFormViewModel vm = form();
        vm.nameTyped("Augmentin");
        assertThat(vm.resolutionProperty().get().recognized()).isTrue();
        assertThat(vm.allergyAlertProperty().get()).startsWith("ALLERGY: ").contains("recorded for Ann").containsIgnoringCase("penicillin");
        assertThat(vm.matchesAnAllergy()).isTrue();
        assertThat(vm.warnings()).noneMatch(w -> w.kind() == Finding.Kind.ALLERGY);
        assertThat(vm.checkingProperty().get()).isFalse();
        assertThat(f.app.all(ann.id())).isEmpty();
    }

    @Test
    void withoutARecordedAllergyThereIsNoAlert() {
        MedicationFormViewModel vm = form();
        vm.nameTyped("Augmentin");
        assertThat(vm.allergyAlertProperty().get()).isEmpty();
        assertThat(vm.matchesAnAllergy()).isFalse();
    }

    @Test
    void aMisspeltNameIsUnrecognisedWithSuggestions() {
        MedicationFormViewModel vm = form();
        vm.nameTyped("lexipro");
        assertThat(vm.isUnrecognised()).isTrue();
        assertThat(vm.suggestions()).extracting(NameEntry::name).anyMatch(n -> n.equalsIgnoreCase("lexapro"));
        assertThat(vm.warnings()).isEmpty();
        vm.nameTyped("Lexapro");
        assertThat(vm.isUnrecognised()).isFalse();
    }

    @Test
    void warningsWithTheRestOfTheListLeaveOutTheEntryBeingEdited() {
        f.app.add(ann.id(), MedicationDetails.named("Coumadin"));
        MedicationFormViewModel vm = form();
        vm.nameTyped("Advil");
        assertThat(vm.warnings()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.severity().isWarning()).isTrue();
            assertThat(w.medications()).contains("Advil");
        });
        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w.medications()).contains("Coumadin"));
        vm = editing("Coumadin");
        vm.nameTyped("Advil 200 mg"); // the Coumadin entry itself is being renamed
        assertThat(vm.warnings()).noneMatch(w -> w.medications().contains("Coumadin"));
    }

    @Test
    void ibuprofenForAn78YearOldWithKidneyDiseaseBringsThosePrecautions() {
        f.app.saveProfile(ann.id(), ViewModelFixture.aged(78, "kidney_disease"));
        MedicationFormViewModel vm = form();
        vm.nameTyped("ibuprofen");
        assertThat(vm.precautions()).extracting(PrecautionItem::topic).contains("older_adults", "condition");
        assertThat(vm.precautions()).extracting(PrecautionItem::text).anyMatch(t -> t.toLowerCase().contains("kidney"));
        vm.nameTyped("  ");
        assertThat(vm.precautions()).isEmpty();
        assertThat(vm.resolutionProperty().get()).isNull();
    }

    @Test
    void anAnswerForOlderTextIsDropped(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person bob = g.person("Bob");
            g.app.saveProfile(bob.id(), ViewModelFixture.allergicTo("penicillins", "hives"));
            MedicationFormViewModel vm = new MedicationFormViewModel(g.jobs, Optional.of(bob), null);
            vm.nameTyped("Augmentin");
            vm.nameTyped("lexipro");
            queued.runNewest();
            queued.runOldest(); // Augmentin's answer comes last but is no longer what the field says
            assertThat(vm.resolutionProperty().get().input()).isEqualTo("lexipro");
            assertThat(vm.allergyAlertProperty().get()).isEmpty();
        }
    }

    @Test
    void withNoPersonTheNameIsOnlyRecognised() {
        MedicationFormViewModel vm = new MedicationFormViewModel(f.jobs, Optional.empty(), null);
        vm.nameTyped("Advil");
        assertThat(vm.resolutionProperty().get().recognized()).isTrue();
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.precautions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "lexapro 10mg|10 mg",
            "Tylenol 500 mg|500 mg",
            "Synthroid 88MCG|88 mcg",
            "vitamin D 1000 iu|1000 IU",
            "Amoxicillin 250mg/5ml suspension|250 mg",
            "Augmentin 875/125 mg|875/125 mg",
            "insulin 10 units|10 units",
            "hydrocortisone cream 1%|1%",
            "metformin 0,5 g|0,5 g"})
    void aStrengthWrittenInTheNameIsFound(String typed, String strength) {
        assertThat(MedicationFormViewModel.strengthIn(typed)).contains(strength);
    }

    @ParameterizedTest
    @CsvSource({"Lexapro", "Vitamin B12", "5-HTP", "Tylenol PM"})
    void aNameWithoutAStrengthGivesNone(String typed) {
        assertThat(MedicationFormViewModel.strengthIn(typed)).isEmpty();
    }
}
