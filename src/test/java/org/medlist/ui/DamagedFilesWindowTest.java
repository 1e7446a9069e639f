package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medlist.store.Backups;
import org.medlist.store.DamagedFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every damaged-file case in the real window: the reason in a dialog, nothing writable offered, the file untouched, the backup offered. */
@ExtendWith(ApplicationExtension.class)
class DamagedFilesWindowTest {
    @TempDir static Path dir;
    Stage stage;
    AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
    }

    @ParameterizedTest
    @EnumSource(DamagedFile.class)
    void eachCaseIsExplainedAndTheBackupOffered(DamagedFile damage, FxRobot robot) throws Exception {
        Path file = damage.create(dir);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        try {
            context = new AppContext(file);
            robot.interact(() -> MedListApp.show(stage, context));
            eventually(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
            assertThat(robot.lookup("#errorDialog .content").queryAs(Label.class).getText()).contains(damage.message);
            robot.clickOn("OK");
            eventually(() -> robot.lookup("#emptyState").tryQuery().isPresent());
            assertThat(robot.lookup("#emptyState .title-3").queryAs(Label.class).getText()).isEqualTo("MedList could not open its database");
            assertThat(robot.lookup("#addPersonButton").query().isDisabled()).isTrue();
            if (damage.hasBackup()) {
                eventually(() -> robot.lookup("#restoreBackupButton").tryQuery().isPresent());
                assertThat(robot.lookup("#restoreBackupButton").queryAs(Button.class).getText())
                        .contains(Backups.latestAutomatic(file).orElseThrow().getFileName().toString());
            }
            if (before != null) assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            damage.cleanUp(file);
        }
    }

    @org.junit.jupiter.api.Test
    void aFullDiskNamesWhatWasNotSavedAndKeepsTheList(FxRobot robot) throws Exception {
        Path file = dir.resolve("full-" + System.nanoTime() + ".db");
        try (org.medlist.store.Database db = org.medlist.store.Database.open(file)) {
            var ann = new org.medlist.store.PersonStore(db).add("Ann");
            new org.medlist.store.MedicationStore(db).add(ann.id(), org.medlist.model.MedicationDetails.named("Lexapro"),
                    org.medlist.store.MedicationStore.Recognition.NOT_RECOGNIZED);
        }
        context = new AppContext(file);
        robot.interact(() -> MedListApp.show(stage, context));
        javafx.scene.control.TableView<?> table = robot.lookup("#medicationTable").queryTableView();
        eventually(() -> table.getItems().size() == 1);
        // SQLite's answer to a full disk is SQLITE_FULL; capping the file at its size gives exactly that answer.
        java.util.concurrent.atomic.AtomicBoolean capped = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> context.background().run(() -> context.database().read(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO person(name) VALUES ('Filler')");
                try (var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getInt(1));
                }
                try {
                    // fill every page the medication table can still use, so that the next entry needs a page the "disk" cannot give
                    for (int i = 0; i < 500; i++) {
                        s.execute("INSERT INTO medication(person_id, name, notes) SELECT id, 'filler', hex(randomblob(200)) FROM person WHERE name = 'Filler'");
                    }
                } catch (java.sql.SQLException full) {
                    // the file is now at its cap
                }
            }
            return null;
        }), ok -> capped.set(true), e -> {}));
        eventually(capped::get);
        robot.clickOn("#addButton");
        WindowTestSupport.fillName(robot, "Valium");
        robot.interact(() -> robot.lookup("#formNotes").queryAs(javafx.scene.control.TextInputControl.class)
                .setText("x".repeat(org.medlist.model.MedicationDetails.MAX_TEXT_LENGTH)));
        robot.clickOn("#formSave");
        // The form comes back with what was typed and why it was not saved.
        eventually(() -> robot.lookup("#formName").tryQuery().isPresent());
        javafx.scene.control.DialogPane form = robot.lookup(".ml-not-saved").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(form.getHeaderText()).startsWith("Not saved yet.").contains("The disk is full");
        assertThat(robot.lookup("#formName").queryAs(javafx.scene.control.TextInputControl.class).getText()).isEqualTo("Valium");
        assertThat(robot.lookup("#formNotes").queryAs(javafx.scene.control.TextInputControl.class).getText())
                .hasSize(org.medlist.model.MedicationDetails.MAX_TEXT_LENGTH);
        assertThat(context.status().messageProperty().get()).startsWith("\u201cValium\u201d was not saved.");
        robot.clickOn("#formCancel");
        assertThat(table.getItems()).hasSize(1);
    }
}
