package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.store.Backups;
import org.medlist.store.Database;
import org.medlist.store.PersonStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The database was damaged after the day's automatic backup: the window offers that backup and restores it. */
@ExtendWith(ApplicationExtension.class)
class RestoreBackupWindowTest {
    @TempDir static Path dir;
    Path file;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("case-" + System.nanoTime()).resolve("medlist.db");
        try (Database db = Database.open(file)) {
            new PersonStore(db).add("Ann");
            Backups.dailyIfDue(db);
        }
        byte[] junk = new byte[8192];
        new Random(11).nextBytes(junk);
        Files.write(file, junk);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        context = new AppContext(file);
        MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    @SuppressWarnings("unchecked")
    void theLatestAutomaticBackupIsOfferedAndRestored(FxRobot robot) throws Exception {
        eventually(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        robot.clickOn("OK");
        eventually(() -> robot.lookup("#restoreBackupButton").tryQuery().isPresent());
        robot.clickOn("#restoreBackupButton");
        robot.clickOn("#confirmYes");
        ComboBox<org.medlist.model.Person> picker = robot.lookup("#personPicker").queryAs(ComboBox.class);
        eventually(() -> picker.getValue() != null && picker.getValue().name().equals("Ann"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("medlist.db.before-restore-"));
        }
    }
}
