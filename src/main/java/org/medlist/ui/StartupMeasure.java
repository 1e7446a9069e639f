package org.medlist.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * {@code medlist --measure-startup [--baseline]}: prints the time from JVM start until the main
 * window (or, for the baseline, an empty stage launched the same way) has been shown and drawn
 * ({@code startup_ms}), and for MedList also until the full interface is drawn ({@code ready_ms}), then exits.
 */
public final class StartupMeasure {
    private StartupMeasure() {}

    /** Runs {@code work} once the scene has gone through three pulses: its first frame has been rendered. */
    static void afterFirstFrame(Runnable work) {
        afterPulses(3, 0, work);
    }

    /**
     * Runs {@code work} once a newly shown window's first frame is really on screen. Rendering it is
     * not enough: on Linux the first frames can be drawn before the window is mapped, and a JavaFX
     * thread that is busy right after that leaves the window blank until it is free (seen in
     * screenshots taken every 200 ms: blank with 3 pulses, the opening scene from 4 on). Six pulses and
     * at least 100 ms leave a margin.
     */
    static void whenOnScreen(Runnable work) {
        afterPulses(6, 100_000_000L, work);
    }

    private static void afterPulses(int pulses, long atLeastNanos, Runnable work) {
        new javafx.animation.AnimationTimer() {
            private int seen;
            private long first;

            @Override
            public void handle(long now) {
                if (seen++ == 0) first = now;
                if (seen < pulses || now - first < atLeastNanos) return;
                stop();
                work.run();
            }
        }.start();
    }

    /**
     * Called when the window is shown: once its first frame is painted, prints {@code startup_ms}. For
     * the baseline that is the end; MedList goes on to {@link #ready}.
     */
    static void shown(String what) {
        afterFirstFrame(() -> System.out.println("startup_ms: " + sinceJvmStart() + " (" + what + ")"));
    }

    /** Called when the full interface is in the window: once it is painted, prints {@code ready_ms} and exits. */
    static void ready(String what) {
        afterFirstFrame(() -> {
            System.out.println("ready_ms: " + sinceJvmStart() + " (" + what + ")");
            Platform.exit();
            System.exit(0);
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The baseline: an empty stage of the same size, through the same launcher path. */
    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 760));
            stage.setOnShown(e -> {
                shown("baseline: empty JavaFX stage");
                afterFirstFrame(() -> afterFirstFrame(() -> {
                    Platform.exit();
                    System.exit(0);
                }));
            });
            stage.show();
        }
    }
}
