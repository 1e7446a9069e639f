package org.medlist.ui;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * {@code medlist --measure-startup [--baseline]}: prints the time from JVM start until the main
 * window's first view ({@code startup_ms}) and its full interface ({@code ready_ms}) are drawn and
 * usable, then exits. The baseline is an empty stage launched the same way (same jar or launcher, same
 * JVM flags) and measured by the same rule, so the two are comparable; for it both figures are the same.
 *
 * <p>"Drawn and usable" ({@link #whenDrawnAndIdle}): a pulse has laid out the scene with nothing left to
 * lay out and every control has its skin, the next pulse has started (so that frame has been rendered),
 * and everything queued on the JavaFX thread until then has run (so the thread is free for input).
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
        new AnimationTimer() {
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
     * Calls {@code done} with the milliseconds since JVM start once {@code scene} is drawn and the
     * JavaFX thread is idle (see the class comment). Call it on the JavaFX thread after the scene has
     * been put on its stage.
     */
    static void whenDrawnAndIdle(Scene scene, LongConsumer done) {
        // Pulses happen only while something is dirty or animated; the timer keeps them coming until the check passes.
        AnimationTimer keepPulsing = new AnimationTimer() {
            @Override
            public void handle(long now) {}
        };
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing() || !complete(scene.getRoot())) return;
            scene.removePostLayoutPulseListener(check[0]);
            if (TRACE) trace("laid out, every control skinned: " + census(scene.getRoot()));
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    keepPulsing.stop();
                    trace("next pulse (frame rendered)");
                    Platform.runLater(() -> done.accept(sinceJvmStart()));
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(check[0]);
        keepPulsing.start();
    }

    /**
     * Nothing shown under {@code node} waits for layout and every control has been given its skin.
     * Hidden nodes are not drawn, so they are not waited for.
     */
    private static boolean complete(Node node) {
        if (!node.isVisible()) return true;
        if (node instanceof Control control && control.getSkin() == null) return waitingFor(node, "skin");
        if (node instanceof Parent parent) {
            if (parent.isNeedsLayout()) return waitingFor(node, "layout");
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!complete(child)) return false;
            }
        }
        return true;
    }

    /** Prints {@code startup_ms} once the window's first view is drawn and usable. */
    static void shown(Scene scene, String what) {
        whenDrawnAndIdle(scene, ms -> System.out.println("startup_ms: " + ms + " (" + what + ")"));
    }

    /** Prints {@code ready_ms} once the full interface is drawn and usable, then exits. */
    static void ready(Scene scene, String what) {
        whenDrawnAndIdle(scene, ms -> {
            System.out.println("ready_ms: " + ms + " (" + what + ")");
            exit();
        });
    }

    private static void exit() {
        // CPU time says more than wall time on a machine shared with other work.
        long cpu = processCpuMillis();
        if (cpu >= 0) System.out.println("cpu_ms: " + cpu + " (whole process, until ready)");
        System.out.println("jvm_flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Platform.exit();
        System.exit(0);
    }

    /**
     * With {@code -Dmedlist.startup.trace=true}, prints to stderr where start-up time goes: wall time since
     * JVM start, CPU time of this thread and of the whole process (on a machine shared with other work
     * the CPU times say more than the wall time).
     */
    static void trace(String step) {
        if (!TRACE) return;
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long process = processCpuMillis();
        System.err.printf("startup-trace: %5d ms wall, %5d ms cpu (%s), %5d ms cpu (process): %s%n",
                sinceJvmStart(), thread, Thread.currentThread().getName(), process, step);
    }

    /** The process's CPU time, or -1 where the runtime lacks jdk.management (the installed app's trimmed runtime). */
    private static long processCpuMillis() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
        } catch (LinkageError e) {
            return -1;
        }
    }

    private static int waits;

    private static boolean waitingFor(Node node, String what) {
        if (TRACE && ++waits % 60 == 0) trace("still waiting for the " + what + " of " + node);
        return false;
    }

    /** How many nodes, and of which kinds the most, are in the scene: what the first layout had to style. */
    private static String census(Node root) {
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        int nodes = 0;
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            nodes++;
            kinds.merge(n.getClass().getSimpleName(), 1, Integer::sum);
            if (n instanceof Parent p) todo.addAll(p.getChildrenUnmodifiable());
        }
        return nodes + " nodes; " + kinds.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(25).map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static final boolean TRACE = Boolean.getBoolean("medlist.startup.trace");

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The baseline: an empty stage of the main window's size, through the same launcher path, measured by the same rule. */
    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            showMeasured(stage, new StackPane(), "baseline: empty JavaFX stage");
        }
    }

    /** Shows {@code root} at the main window's size and prints both figures, the same, by the same rule. */
    private static void showMeasured(Stage stage, Parent root, String what) {
        Scene scene = new Scene(root, MainWindow.startingSize().getWidth(), MainWindow.startingSize().getHeight());
        stage.setTitle("MedList");
        stage.setScene(scene);
        stage.setOnShown(e -> whenDrawnAndIdle(scene, ms -> {
            System.out.println("startup_ms: " + ms + " (" + what + ")");
            System.out.println("ready_ms: " + ms + " (" + what + ")");
            exit();
        }));
        stage.show();
    }

    /**
     * {@code --controls-floor}: what the kinds of control alone cost. One of each kind the main window's
     * first view shows (label, button with an icon, toggle, text field, drop-down, a table with the list's
     * nine columns, tabs, a list, a split pane) in the same theme, and nothing else: no view-models,
     * no bindings, no outline first. MedList's interface cannot be ready sooner than this.
     */
    public static final class ControlsFloor extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            javafx.scene.control.TableView<String> table = new javafx.scene.control.TableView<>();
            for (String column : new String[] {"Medicine", "Ingredients", "Strength", "Dose", "When", "For", "Started", "Kind", "Notes"}) {
                table.getColumns().add(new javafx.scene.control.TableColumn<String, String>(column));
            }
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
            for (String tab : new String[] {"Medicines (0)", "History", "Checklist (0 open)", "Questions (0)"}) {
                tabs.getTabs().add(new javafx.scene.control.Tab(tab));
            }
            tabs.getTabs().get(0).setContent(table);
            javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(6, new javafx.scene.control.Label("Person"),
                    new javafx.scene.control.ComboBox<String>(), new javafx.scene.control.Button("Add medicine",
                            org.medlist.ui.common.Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLUS)),
                    new javafx.scene.control.ToggleButton("Dark"), new javafx.scene.control.TextField());
            javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(tabs, new javafx.scene.control.ListView<String>());
            showMeasured(stage, new javafx.scene.layout.BorderPane(split, bar, null, null, null), "floor: one control of each kind");
        }
    }
}
