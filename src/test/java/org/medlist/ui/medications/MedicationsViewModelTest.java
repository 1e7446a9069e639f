package org.medlist.ui.medications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.ui.common.ViewModelFixture;

/** The medicines list view-model on a real database: every change shows what the store then holds and says so. */
class MedicationsViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    MedicationsViewModel vm;
    Person ann;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        vm = new MedicationsViewModel(f.jobs);
        vm.personProperty().set(ann);
    }

    @AfterEach
    void close() { f.close(); }

    private Medication shown(String name) {
        return vm.allCurrent().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void untilTheListHasBeenReadItIsLoadingNotEmpty() {
        f.app.add(ann.id(), MedicationDetails.named("Lexapro"));
        ViewModelFixture.Queued background = new ViewModelFixture.Queued();
        try (ViewModelFixture slow = new ViewModelFixture(dir.resolve("slow"), background)) {
            Person bo = slow.person("Bo");
            slow.app.add(bo.id(), MedicationDetails.named("Zoloft"));
            MedicationsViewModel waiting = new MedicationsViewModel(slow.jobs);
            waiting.personProperty().set(bo);
            assertThat(waiting.loadingProperty().get()).isTrue();
            assertThat(waiting.allCurrent()).isEmpty();
            background.runAll();
            assertThat(waiting.loadingProperty().get()).isFalse();
            assertThat(waiting.allCurrent()).extracting(Medication::name).containsExactly("Zoloft");
            waiting.reload(); // the same person again: the list stays shown, not "loading"
            assertThat(waiting.loadingProperty().get()).isFalse();
            background.runAll();
        }
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void addingShowsTheEntryRecognisedAndSaysSo() {
        vm.add(MedicationDetails.named("Lexapro 10 mg"));
        assertThat(vm.allCurrent()).singleElement().satisfies(m -> assertThat(m.ingredients()).containsExactly("escitalopram"));
        assertThat(f.message()).isEqualTo("Added Lexapro 10 mg.");
        vm.add(MedicationDetails.named("lexipro"));
        assertThat(f.message()).isEqualTo("Added lexipro — not recognised, so not checked for interactions.");
        assertThat(vm.allCurrent()).extracting(Medication::name).containsExactlyInAnyOrder("Lexapro 10 mg", "lexipro");
        assertThat(f.app.current(ann.id())).hasSize(2);
    }

    @Test
    void stoppingMovesTheEntryToTheHistoryWithTodayAndResumingBringsItBack() {
        vm.add(MedicationDetails.named("Zoloft"));
        vm.stop(shown("Zoloft"));
        assertThat(vm.allCurrent()).isEmpty();
        assertThat(vm.stoppedMedications()).singleElement().satisfies(m -> assertThat(m.stopped()).contains(ViewModelFixture.TODAY));
        assertThat(f.message()).isEqualTo("Stopped Zoloft. It is kept in the history.");
        vm.resume(vm.stoppedMedications().get(0));
        assertThat(vm.stoppedMedications()).isEmpty();
        assertThat(vm.allCurrent()).extracting(Medication::name).containsExactly("Zoloft");
        assertThat(f.message()).isEqualTo("Put Zoloft back on the current list.");
    }

    @Test
    void editingSavesTheNewDetailsAndReRecognisesTheName() {
        vm.add(MedicationDetails.named("lexipro"));
        vm.update(shown("lexipro"), MedicationDetails.named("Lexapro"));
        assertThat(vm.allCurrent()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Lexapro");
            assertThat(m.isRecognized()).isTrue();
        });
        assertThat(f.message()).isEqualTo("Saved Lexapro.");
    }

    @Test
    void aDeleteCanBeUndoneOnceAndSwitchingPersonForgetsIt() {
        vm.add(MedicationDetails.named("Zoloft"));
        vm.add(MedicationDetails.named("Lipitor"));
        vm.delete(shown("Zoloft"));
        assertThat(vm.allCurrent()).extracting(Medication::name).containsExactly("Lipitor");
        assertThat(vm.canUndo().get()).isTrue();
        assertThat(f.message()).isEqualTo("Deleted Zoloft. Press Ctrl+Z to undo.");
        vm.undoDelete();
        assertThat(vm.allCurrent()).extracting(Medication::name).containsExactlyInAnyOrder("Zoloft", "Lipitor");
        assertThat(vm.canUndo().get()).isFalse();
        assertThat(f.message()).isEqualTo("Restored Zoloft.");

        vm.delete(shown("Lipitor"));
        vm.personProperty().set(f.person("Bob"));
        assertThat(vm.canUndo().get()).isFalse();
        assertThat(vm.allCurrent()).isEmpty();
    }

    @Test
    void aFailedSaveKeepsWhatWasTypedAndSaysWhy() {
        MedicationDetails blank = new MedicationDetails(" ", "10 mg", "1 tablet", "", "", null, "", "mood", "", null, "my notes", null);
        vm.add(blank);
        assertThat(vm.notSavedProperty().get()).isNotNull().satisfies(n -> {
            assertThat(n.details()).isEqualTo(blank);
            assertThat(n.editing()).isNull();
            assertThat(n.reason()).isEqualTo("Enter the medicine's name.");
        });
        assertThat(f.message()).isEqualTo("\u201c \u201d was not saved. Enter the medicine's name.");
        assertThat(f.app.all(ann.id())).isEmpty();

        vm.add(MedicationDetails.named("Zoloft"));
        Medication zoloft = shown("Zoloft");
        MedicationDetails tooLong = MedicationDetails.named("x".repeat(MedicationDetails.MAX_NAME_LENGTH + 1));
        vm.update(zoloft, tooLong);
        assertThat(vm.notSavedProperty().get().editing()).isEqualTo(zoloft);
        assertThat(vm.notSavedProperty().get().details()).isEqualTo(tooLong);
        assertThat(vm.allCurrent()).extracting(Medication::name).containsExactly("Zoloft");
    }

    @Test
    void switchingPersonDropsTheListThatWasStillLoading(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            g.app.add(a.id(), MedicationDetails.named("Zoloft"));
            MedicationsViewModel late = new MedicationsViewModel(g.jobs);
            late.personProperty().set(a);
            late.personProperty().set(b);
            queued.runNewest(); // Bob's list arrives first
            queued.runOldest(); // then Ann's, which is no longer wanted
            assertThat(late.allCurrent()).isEmpty();
        }
    }

    @Test
    void theFindFilterMatchesNamesIngredientsAndReasons() {
        vm.add(MedicationDetails.named("Lexapro"));
        vm.add(new MedicationDetails("Lipitor", "", "", "", "", null, "", "cholesterol", "", null, "", null));
        vm.filterProperty().set("escitalopram");
        assertThat(vm.currentMedications()).extracting(Medication::name).containsExactly("Lexapro");
        vm.filterProperty().set("CHOLESTEROL ");
        assertThat(vm.currentMedications()).extracting(Medication::name).containsExactly("Lipitor");
        vm.filterProperty().set("");
        assertThat(vm.currentMedications()).hasSize(2);
    }
}
