package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Medication;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.ui.AppContext;
import org.medlist.ui.MedListApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new user opens a real CCD, sees each medicine matched, unticks one, imports, sees the warnings, and undoes it. */
@ExtendWith(ApplicationExtension.class)
class ImportReviewWindowTest {
    @TempDir static Path dir;
    Path db;
    Stage main;
    final AtomicReference<Path> nextFile = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        db = dir.resolve("review-" + System.nanoTime() + ".db");
        try (Database d = Database.open(db)) {
            new PersonStore(d).add("Nikolai");
        }
        AppContext context = new AppContext(db);
        context.useFilePicker(new org.medlist.ui.common.FilePicker() {
            @Override
            public Optional<Path> save(Window owner, String title, String name, String filter, String... ext) { return Optional.ofNullable(nextFile.get()); }

            @Override
            public Optional<Path> open(Window owner, String title, String filter, String... ext) { return Optional.ofNullable(nextFile.get()); }
        });
        main = stage;
        MedListApp.show(stage, context);
    }

    @Test
    void reviewUntickImportSeeWarningsAndUndo(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle() != null && main.getTitle().startsWith("Nikolai"));
        TableView<?> table = robot.lookup("#medicationTable").queryTableView();
        nextFile.set(HealthRecordImportTest.SAMPLES.resolve("ccda/toc_compguide_ccd_20_meds.xml").toAbsolutePath());
        robot.clickOn("#shareMenu").clickOn("#menuImportRecord");
        eventually(() -> robot.lookup("#importReviewDialog").tryQuery().isPresent());

        CheckBox warfarin = robot.lookup("#importMedicine17").queryAs(CheckBox.class);
        assertThat(warfarin.getText()).startsWith("Warfarin Sodium 5 MG Oral Tablet").contains("new");
        assertThat(warfarin.isSelected()).isTrue();
        CheckBox kdur = robot.lookup("#importMedicine2").queryAs(CheckBox.class);
        assertThat(kdur.getText()).contains("not checked for interactions");
        Label check = robot.lookup("#importCheckSummary").queryAs(Label.class);
        eventually(() -> check.getText().startsWith("After import: 20 medicines"));
        assertThat(check.getText()).contains("warnings").containsIgnoringCase("warfarin").contains("Not recognised, so not checked: K-Dur");

        CheckBox lasix = robot.lookup("#importMedicine1").queryAs(CheckBox.class);
        assertThat(lasix.getText()).startsWith("Furosemide 40 MG Oral Tablet");
        robot.clickOn(lasix);
        assertThat(lasix.isSelected()).isFalse();
        eventually(() -> check.getText().startsWith("After import: 19 medicines"));

        robot.clickOn("#importReviewImport");
        eventually(() -> table.getItems().size() == 19);
        try (Database d = Database.open(db)) {
            long id = new PersonStore(d).require("Nikolai").id();
            assertThat(new MedicationStore(d).current(id)).extracting(Medication::name).noneMatch(n -> n.startsWith("Furosemide"));
            Profile p = new ProfileStore(d).get(id);
            assertThat(p.allergies()).extracting(Profile.Allergy::substance).containsExactly("Penicillin", "Bee Pollen");
        }

        robot.clickOn("#medicationTable").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        eventually(() -> table.getItems().isEmpty());
        try (Database d = Database.open(db)) {
            long id = new PersonStore(d).require("Nikolai").id();
            assertThat(new MedicationStore(d).all(id)).isEmpty();
            assertThat(new ProfileStore(d).get(id).allergies()).isEmpty();
        }
    }
}
