package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A file that is not a MedList database: a clear message, the file untouched, nothing offered that would fail. */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseWindowTest {
    @TempDir static Path dir;
    static final byte[] JUNK = new byte[8192];
    Path file;
    AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        new Random(3).nextBytes(JUNK);
        file = dir.resolve("junk-" + System.nanoTime() + ".db");
        Files.write(file, JUNK);
        context = WindowTestSupport.context(file);
        MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void saysWhatIsWrongLeavesTheFileAndOffersNothingThatWouldFail(FxRobot robot) throws Exception {
        eventually(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialog .content").queryAs(Label.class).getText())
                .contains("not a MedList database or is damaged").contains("has not been changed");
        robot.clickOn("OK");
        eventually(() -> robot.lookup("#emptyState").tryQuery().isPresent());
        assertThat(robot.lookup("#emptyState .title-3").queryAs(Label.class).getText()).isEqualTo("MedList could not open its database");
        assertThat(robot.lookup("#addPersonButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#emptyAddPerson").tryQuery()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(JUNK);
    }
}
