package org.medlist.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * {@code medlist --measure-startup [--baseline]}: prints the time from JVM start until the main
 * window (or, for the baseline, an empty stage launched the same way) has been shown and drawn, then exits.
 */
public final class StartupMeasure {
    private StartupMeasure() {}

    /** Called once the window is on screen: waits for the first frame to be drawn, prints, exits. */
    static void shown(String what) {
        // The next pulse after showing is the first one that has painted the scene.
        Platform.runLater(() -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup_ms: " + ms + " (" + what + ")");
            Platform.exit();
            System.exit(0);
        }));
    }

    /** The baseline: an empty stage of the same size, through the same launcher path. */
    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 760));
            stage.setOnShown(e -> shown("baseline: empty JavaFX stage"));
            stage.show();
        }
    }
}
