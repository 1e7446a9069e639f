package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.addMedicineThroughForm;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.cli.MedListCommand;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Privacy, proven on a full walkthrough of the window and of the command line: the process opens no
 * internet socket, and nothing logged or printed to the console names a person or a medicine.
 * Sockets are seen through Linux's /proc (see {@link InternetSockets}); the walkthrough first proves
 * that a TCP and a UDP socket opened here are seen, so that the test can fail. Elsewhere only the logs
 * are checked here; everywhere, {@code ArchitectureTest} proves that no MedList class uses sockets,
 * URL connections, HTTP clients or name lookups.
 */
@ExtendWith(ApplicationExtension.class)
class PrivacyTest {
    static final String PERSON = "Margaret Oyelaran-Quist";
    static final List<String> PRIVATE_WORDS = List.of("Oyelaran", "Lexapro", "Valium", "Zzyzxqol", "escitalopram", "diazepam");
    @TempDir static Path dir;
    static final LogCapture LOGS = new LogCapture();
    static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    static PrintStream realOut;
    static PrintStream realErr;
    Stage stage;
    AppContext context;

    static final class LogCapture extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord r) {
            lines.add(r.getLoggerName() + " " + r.getLevel() + " " + new java.util.logging.SimpleFormatter().formatMessage(r)
                    + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override public void flush() {}

        @Override public void close() {}
    }

    @BeforeAll
    static void watch() {
        // What an installed MedList logs: everything at INFO and above, and MedList's own loggers at every level.
        // (JavaFX's own FINER layout tracing prints node texts; it is off unless someone turns it on to debug JavaFX.)
        Logger root = Logger.getLogger("");
        root.addHandler(LOGS);
        root.setLevel(Level.INFO);
        Logger.getLogger("org.medlist").setLevel(Level.ALL);
        LOGS.setLevel(Level.ALL);
        realOut = System.out;
        realErr = System.err;
        PrintStream tee = new PrintStream(CONSOLE, true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new TeeStream(realOut, tee), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new TeeStream(realErr, tee), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopWatching() {
        Logger root = Logger.getLogger("");
        root.removeHandler(LOGS);
        Logger.getLogger("org.medlist").setLevel(null);
        System.setOut(realOut);
        System.setErr(realErr);
    }

    static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aFullWalkthroughOpensNoInternetSocketAndLogsNoNames(FxRobot robot) throws Exception {
        InternetSockets.Watch sockets = null;
        if (InternetSockets.canBeSeen()) {
            theSocketCheckSeesATcpAndAUdpSocketOpenedHere();
            sockets = new InternetSockets.Watch();
        }
        try {
            Path db = dir.resolve("privacy.db");
            context = WindowTestSupport.context(db);
            Path exported = dir.resolve("exported.csv");
            context.useFilePicker(new org.medlist.ui.common.FilePicker() {
                @Override
                public java.util.Optional<Path> save(Window o, String t, String n, String f, String... e) { return java.util.Optional.of(exported); }

                @Override
                public java.util.Optional<Path> open(Window o, String t, String f, String... e) { return java.util.Optional.of(exported); }
            });
            robot.interact(() -> MedListApp.show(stage, context));
            eventually(() -> robot.lookup("#emptyAddPerson").tryQuery().isPresent());
            robot.clickOn("#emptyAddPerson");
            robot.clickOn("#textDialogField").write(PERSON).type(KeyCode.ENTER);
            eventually(() -> stage.getTitle().startsWith(PERSON));
            addMedicineThroughForm(robot, "Lexapro 10 mg");
            addMedicineThroughForm(robot, "Valium");
            addMedicineThroughForm(robot, "Zzyzxqol");
            eventually(() -> !robot.lookup("#warningsList").queryListView().getItems().isEmpty());
            robot.clickOn("#checklistTab");
            robot.clickOn("#questionsTab");
            robot.clickOn("#questionInput").write("Is the Valium still needed?").type(KeyCode.ENTER);
            robot.clickOn("#shareMenu").clickOn("#menuExportCsv");
            eventually(() -> Files.exists(exported));
            robot.clickOn("#shareMenu").clickOn("#menuSummary");
            eventually(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && String.valueOf(s.getTitle()).startsWith("Summary for")
                    && s.getScene().lookup("#summaryPrint") != null && !s.getScene().lookup("#summaryPrint").isDisabled()));
            robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && String.valueOf(s.getTitle()).startsWith("Summary for"))
                    .toList().forEach(Window::hide));
            robot.clickOn("#aboutButton");
            eventually(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
            robot.type(KeyCode.ESCAPE);
            robot.interact(() -> context.close());

            Path cliDb = dir.resolve("privacy-cli.db");
            cli(cliDb, "patient", "add", PERSON);
            cli(cliDb, "add", "--patient", PERSON, "Lexapro 10 mg");
            cli(cliDb, "add", "--patient", PERSON, "Zzyzxqol");
            cli(cliDb, "list", "--patient", PERSON, "--json");
            cli(cliDb, "check", "--patient", PERSON, "--json");
            cli(cliDb, "resolve", "Valium");
            cli(cliDb, "report", "--patient", PERSON, "--pdf", dir.resolve("r.pdf").toString());
            cli(cliDb, "export", "--patient", PERSON, "--format", "fhir");
            cli(cliDb, "import", "--patient", PERSON, exported.toString());
            cli(cliDb, "backup", dir.resolve("b.db").toString());
            cli(cliDb, "restore", dir.resolve("b.db").toString());
        } finally {
            if (sockets != null) sockets.close();
        }
        if (sockets != null) assertThat(sockets.opened()).as("internet sockets opened by the walkthrough").isEmpty();
        String logged = String.join("\n", LOGS.lines) + "\n" + CONSOLE.toString(StandardCharsets.UTF_8);
        for (String word : PRIVATE_WORDS) assertThat(logged).as("logs and console").doesNotContainIgnoringCase(word);
    }

    /** Without this, a check that sees nothing would pass. */
    static void theSocketCheckSeesATcpAndAUdpSocketOpenedHere() throws Exception {
        Set<InternetSockets.Socket> opened;
        try (InternetSockets.Watch watch = new InternetSockets.Watch();
                ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            opened = watch.opened();
            assertThat(opened).as("sockets the check sees").anySatisfy(s -> {
                assertThat(s.protocol()).startsWith("tcp");
                assertThat(s.localPort()).isEqualTo(tcp.getLocalPort());
            }).anySatisfy(s -> {
                assertThat(s.protocol()).startsWith("udp");
                assertThat(s.localPort()).isEqualTo(udp.getLocalPort());
            });
        }
        assertThat(InternetSockets.ofThisProcess()).as("closed sockets are no longer seen").doesNotContainAnyElementsOf(opened);
    }

    static void cli(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int code = MedListCommand.run(() -> { throw new AssertionError(); }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                all.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args)).isZero();
    }
}
