package org.medlist.ui.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.check.CheckInput;
import org.medlist.check.Finding;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.ViewModelFixture;

/** The warnings view-model: re-checked with the profile when the list or the profile changes; what-if saves nothing. */
class WarningsViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    final ObservableList<Medication> list = FXCollections.observableArrayList();
    final SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(Profile.unknown());
    WarningsViewModel vm;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        vm = new WarningsViewModel(f.jobs, list, profile);
    }

    @AfterEach
    void close() { f.close(); }

    /** Adds to the store, then tells the view-model the list changed, as the medicines view-model does. */
    private void add(String name) {
        f.app.add(ann.id(), MedicationDetails.named(name));
        list.setAll(f.app.current(ann.id()));
    }

    private void setProfile(Profile p) {
        f.app.saveProfile(ann.id(), p);
        profile.set(p);
    }

    @Test
    void withoutAPersonOrMedicinesTheHeadlineSaysSo() {
        assertThat(vm.headlineProperty().get()).isEqualTo("Add a person and their medicines to check them.");
        vm.personProperty().set(ann);
        assertThat(vm.headlineProperty().get()).isEqualTo("No medicines on the list yet.");
        assertThat(vm.warningCountProperty().get()).isZero();
        assertThat(vm.checkingProperty().get()).isFalse();
    }

    @Test
    void addingAnInteractingMedicineReChecksAndCountsTheWarning() {
        vm.personProperty().set(ann);
        add("Lexapro");
        assertThat(vm.headlineProperty().get()).startsWith("No interactions found among 1 checked medicine");
        add("Valium");
        assertThat(vm.findings()).anySatisfy(x -> {
            assertThat(x.key()).isEqualTo("pair:diazepam|escitalopram");
            assertThat(x.severity().isWarning()).isTrue();
        });
        assertThat(vm.warningCountProperty().get()).isPositive()
                .isEqualTo((int) vm.findings().stream().filter(x -> x.severity().isWarning()).count());
        assertThat(vm.headlineProperty().get()).matches("\\d+ warnings? among 2 checked medicines.*").doesNotContainIgnoringCase("safe");
        assertThat(vm.ingredientDescriptions()).containsKey("escitalopram");
        assertThat(vm.knowledgeVersion()).isEqualTo(f.app.knowledge().version());
    }

    @Test
    void anUnrecognisedMedicineIsListedAsNotChecked() {
        vm.personProperty().set(ann);
        add("Lipitor");
        add("lexipro");
        assertThat(vm.notChecked()).extracting(CheckInput::label).containsExactly("lexipro");
        assertThat(vm.headlineProperty().get()).contains("among 1 checked medicine").contains("1 medicine was not recognised and not checked.");
    }

    @Test
    void recordingAnAllergyReChecksTheList() {
        vm.personProperty().set(ann);
        add("Amoxicillin 500 mg");
        assertThat(vm.findings()).noneMatch(x -> x.kind() == Finding.Kind.ALLERGY);
        setProfile(ViewModelFixture.allergicTo("penicillins", "rash"));
        assertThat(vm.findings()).anyMatch(x -> x.kind() == Finding.Kind.ALLERGY);
        assertThat(vm.headlineProperty().get()).startsWith("1 allergy warning; ");
        setProfile(ViewModelFixture.allergicTo("unobtainium", "rash"));
        assertThat(vm.findings()).noneMatch(x -> x.kind() == Finding.Kind.ALLERGY);
        assertThat(vm.allergiesNotChecked()).containsExactly("unobtainium");
    }

    @Test
    void aDiscussedDateIsRecordedAndClearedAndTheWarningStays() {
        vm.personProperty().set(ann);
        add("Lexapro");
        add("Valium");
        Finding pair = vm.findings().stream().filter(x -> x.key().equals("pair:diazepam|escitalopram")).findFirst().orElseThrow();
        vm.selectedProperty().set(pair);
        LocalDate on = LocalDate.of(2026, 11, 20);
        vm.recordDiscussed(pair, on);
        assertThat(vm.discussed()).containsEntry(pair.key(), on);
        assertThat(f.app.discussed(ann.id())).containsEntry(pair.key(), on);
        assertThat(f.message()).isEqualTo("Recorded: discussed with the doctor on 2026-11-20. The warning stays on the list.");
        add("Lipitor"); // a re-check keeps the date, the warning and the selection
        assertThat(vm.discussed()).containsEntry(pair.key(), on);
        assertThat(vm.findings()).extracting(Finding::key).contains(pair.key());
        assertThat(vm.selectedProperty().get()).isNotNull().extracting(Finding::key).isEqualTo(pair.key());
        vm.clearDiscussed(pair);
        assertThat(vm.discussed()).doesNotContainKey(pair.key());
        assertThat(f.app.discussed(ann.id())).isEmpty();
        assertThat(vm.today()).isEqualTo(ViewModelFixture.TODAY);
    }

    @Test
    void checkingAugmentinBeforeAddingItForSomeoneAllergicToPenicillinsLeadsWithTheAllergy() {
        setProfile(ViewModelFixture.allergicTo("penicillins", "rash"));
        vm.personProperty().set(ann);
        add("Lisinopril");
        vm.checkBeforeAdding(" Augmentin ");
        assertThat(vm.candidateFindings()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Finding.Kind.ALLERGY);
            assertThat(x.medications()).contains("Augmentin");
        });
        assertThat(vm.candidateHeadlineProperty().get()).startsWith("ALLERGY").endsWith("Nothing was saved.").doesNotContainIgnoringCase("safe");
        assertThat(f.app.current(ann.id())).extracting(Medication::name).containsExactly("Lisinopril");
        assertThat(vm.findings()).noneMatch(x -> x.kind() == Finding.Kind.ALLERGY); // the list itself has no allergy
    }

    @Test
    void checkingIbuprofenForA78YearOldWithKidneyDiseaseShowsThosePrecautions() {
        setProfile(ViewModelFixture.aged(78, "kidney_disease"));
        vm.personProperty().set(ann);
        vm.checkBeforeAdding("ibuprofen");
        assertThat(vm.candidatePrecautions()).extracting(PrecautionItem::topic).contains("older_adults", "condition");
        assertThat(vm.candidatePrecautions()).extracting(PrecautionItem::text).anyMatch(t -> t.toLowerCase().contains("kidney"));
        assertThat(vm.candidateHeadlineProperty().get())
                .contains("No interactions found between ibuprofen (ibuprofen) and the 0 checked medicines on the list.")
                .contains(vm.candidatePrecautions().size() + " precautions apply for this person.").endsWith("Nothing was saved.");
        assertThat(f.app.all(ann.id())).isEmpty();
    }

    @Test
    void checkingBeforeAddingCountsTheWarningsWithTheList() {
        vm.personProperty().set(ann);
        add("Coumadin");
        vm.checkBeforeAdding("Advil");
        assertThat(vm.candidateFindings()).anySatisfy(x -> assertThat(x.medications()).contains("Coumadin", "Advil"));
        assertThat(vm.candidateHeadlineProperty().get()).matches("Advil: \\d+ warnings? with the 1 checked medicine on the list\\..*Nothing was saved\\.");
    }

    @Test
    void anUnrecognisedCandidateIsNotCheckedAndSuggestionsAreOffered() {
        vm.personProperty().set(ann);
        vm.checkBeforeAdding("lexipro");
        assertThat(vm.candidateHeadlineProperty().get()).startsWith("lexipro is not recognised, so it cannot be checked. Did you mean ")
                .containsIgnoringCase("lexapro").doesNotContain("No interactions");
        vm.checkBeforeAdding("   ");
        assertThat(vm.candidateHeadlineProperty().get()).startsWith("lexipro");
    }

    @Test
    void switchingPersonClearsTheWhatIfAndChecksTheirList() {
        vm.personProperty().set(ann);
        add("Lexapro");
        add("Valium");
        vm.checkBeforeAdding("Advil");
        assertThat(vm.candidateHeadlineProperty().get()).isNotEmpty();
        vm.personProperty().set(f.person("Bob"));
        assertThat(vm.candidateHeadlineProperty().get()).isEmpty();
        assertThat(vm.candidateFindings()).isEmpty();
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.headlineProperty().get()).isEqualTo("No medicines on the list yet.");
    }

    @Test
    void aCheckOvertakenByANewerOneIsDropped(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            g.app.add(a.id(), MedicationDetails.named("Lexapro"));
            g.app.add(a.id(), MedicationDetails.named("Valium"));
            WarningsViewModel late = new WarningsViewModel(g.jobs, FXCollections.observableArrayList(), new SimpleObjectProperty<>(Profile.unknown()));
            late.personProperty().set(a);
            late.personProperty().set(b);
            queued.runNewest();
            queued.runOldest(); // Ann's warnings arrive after Bob's empty list
            assertThat(late.findings()).isEmpty();
            assertThat(late.headlineProperty().get()).isEqualTo("No medicines on the list yet.");
        }
    }

    @Test
    void aDiscussedDateRecordedJustBeforeSwitchingPersonStaysWithItsPerson(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            for (Person p : new Person[] {a, b}) {
                g.app.add(p.id(), MedicationDetails.named("Lexapro"));
                g.app.add(p.id(), MedicationDetails.named("Valium"));
            }
            WarningsViewModel late = new WarningsViewModel(g.jobs, FXCollections.observableArrayList(), new SimpleObjectProperty<>(Profile.unknown()));
            late.personProperty().set(a);
            queued.runAll();
            Finding pair = late.findings().stream().filter(x -> x.key().equals("pair:diazepam|escitalopram")).findFirst().orElseThrow();
            late.recordDiscussed(pair, ViewModelFixture.TODAY);
            late.personProperty().set(b);
            queued.runNewest(); // Bob's check
            queued.runAll(); // then Ann's date is written
            assertThat(late.findings()).extracting(Finding::key).contains(pair.key());
            assertThat(late.discussed()).isEmpty();
            assertThat(g.app.discussed(a.id())).containsKey(pair.key());
            assertThat(g.app.discussed(b.id())).isEmpty();
        }
    }
}
