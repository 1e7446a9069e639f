package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.store.InstanceLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real start path: the window shows its outline first, then the interface; it holds the database's window lock until it stops. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    @TempDir static Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theOutlineComesFirstThenTheInterfaceAndTheDatabaseIsLockedWhileOpen(FxRobot robot) throws Exception {
        Path db = dir.resolve("fresh").resolve("medlist.db");
        MedListApp.useOptions(new MedListApp.WindowOptions(java.util.Optional.of(db), false));
        try {
            MedListApp app = new MedListApp();
            app.init(); // on this (non-JavaFX) thread, as the launcher does
            AtomicReference<String> firstRoot = new AtomicReference<>();
            robot.interact(() -> {
                stage = new Stage(); // its own stage: TestFX's primary stage carries bindings of earlier tests
                app.start(stage);
                firstRoot.set(stage.getScene().getRoot().getAccessibleText());
            });
            assertThat(firstRoot.get()).isEqualTo("MedList is opening");
            eventually(() -> stage.getScene().getRoot().getId() != null && stage.getScene().getRoot().getId().equals("mainRoot"));
            eventually(() -> robot.from(stage.getScene().getRoot()).lookup("#emptyAddPerson").tryQuery().isPresent());
            assertThat(InstanceLock.tryAcquire(db)).isInstanceOf(InstanceLock.HeldElsewhere.class);
            robot.interact(() -> {
                try {
                    stage.close();
                    app.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            InstanceLock.Attempt after = InstanceLock.tryAcquire(db);
            assertThat(after).isInstanceOf(InstanceLock.Acquired.class);
            ((InstanceLock.Acquired) after).lock().close();
        } finally {
            MedListApp.useOptions(new MedListApp.WindowOptions(java.util.Optional.empty(), false));
        }
    }
}
