package org.medlist.cli;

import org.medlist.app.ErrorLog;
import java.util.function.Consumer;
import java.util.Optional;
import java.time.LocalDate;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.app.MedList;
import org.medlist.app.Knowledge;
import java.time.Clock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medlist.store.Database;
import org.medlist.store.DatabaseLocation;
import org.medlist.model.InvalidInputException;
import org.medlist.model.TextRules;
import org.medlist.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medlist [--db PATH] <command>}: the scripting interface. Exit codes: 0 done; 2 invalid
 * input or usage, nothing written; 1 any other failure; 3 the window cannot open. Messages are one line on stderr.
 */
@Command(name = "medlist", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:any other failure (damaged or unreadable database, a file that cannot be written…): one line on stderr",
                "2:invalid input or usage (unknown person or id, empty name…): one line on stderr, nothing written",
                "3:the window cannot open (no display, or GTK 3 missing): one line on stderr; the commands still work"}, version = "MedList " + org.medlist.MedListVersion.VERSION,
        description = "Keeps medication lists in a local database and checks them for interactions.",
        subcommands = {PatientCommand.class, PatientsCommand.class, AddCommand.class, ListCommand.class,
                StopCommand.class, RemoveCommand.class, ResolveCommand.class, CheckCommand.class, KbCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class,
                ReportCommand.class, ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class MedListCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int INVALID = 2;
    /** No window could be opened: no display, or no GTK 3 (the Launcher says which). */
    public static final int NO_WINDOW = 3;

    @Option(names = "--db", paramLabel = "PATH", description = "The database file (default: the per-user data folder).")
    Path db;

    @Option(names = "--debug", description = "On an unexpected error, print its stack trace.")
    boolean debug;

    private final Consumer<Optional<Path>> openWindow;
    private Clock clock = Clock.systemDefaultZone();
    private Knowledge knowledge; // loaded once per run, when a command first needs it
    private PrintWriter out = new PrintWriter(System.out, true);
    private PrintWriter err = new PrintWriter(System.err, true);

    public MedListCommand(Consumer<Optional<Path>> openWindow) { this.openWindow = openWindow; }

    PrintWriter out() { return out; }

    PrintWriter err() { return err; }

    /** No subcommand: the window. */
    @Override
    public Integer call() {
        openWindow.accept(Optional.ofNullable(db));
        return OK;
    }

    Path databasePath() { return db != null ? db : DatabaseLocation.defaultPath(); }

    /** Today, by this run's clock. */
    LocalDate today() { return LocalDate.now(clock); }

    /** The bundled knowledge base's use cases, loaded on first use. */
    Knowledge knowledge() {
        if (knowledge == null) knowledge = new Knowledge(KnowledgeBase.loadBundled(), clock);
        return knowledge;
    }

    /** The application over the database; the knowledge base loads only if the command needs it. */
    MedList openMedList() {
        return new MedList(this::knowledge, openDatabase(), clock);
    }

    /** Opens the database; when it cannot be opened, the message names the latest automatic backup and how to restore it. */
    Database openDatabase() {
        try {
            Database opened = Database.open(databasePath(), clock);
            opened.onWarning(warning -> err.println("medlist: " + warning)); // the command still runs
            return opened;
        } catch (StoreException e) {
            throw new StoreException(e.getMessage() + org.medlist.store.Backups.latestAutomatic(databasePath())
                    .map(b -> " The latest automatic backup is " + b + "; to restore it: medlist"
                            + (db != null ? " --db " + db : "") + " restore " + b)
                    .orElse(""), e);
        }
    }

    /** Runs the command line and returns the exit code. */
    public static int run(Runnable openWindow, PrintWriter out, PrintWriter err, String... args) {
        return run(database -> openWindow.run(), Clock.systemDefaultZone(), out, err, args);
    }

    public static int run(Consumer<Optional<Path>> openWindow, PrintWriter out, PrintWriter err, String... args) {
        return run(openWindow, Clock.systemDefaultZone(), out, err, args);
    }

    /** The same with the clock that says what "today" is (tests fix it). */
    public static int run(Consumer<Optional<Path>> openWindow, Clock clock, PrintWriter out, PrintWriter err, String... args) {
        MedListCommand root = new MedListCommand(openWindow);
        root.clock = clock;
        root.out = out;
        root.err = err;
        CommandLine cl = new CommandLine(root);
        cl.setExpandAtFiles(false); // "@file" is a medicine name like any other, never a file to read
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(MedListCommand::exitCode);
        cl.registerConverter(Path.class, MedListCommand::path);
        cl.setParameterExceptionHandler((ex, a) -> {
            String help = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            ex.getCommandLine().getErr().println("medlist: " + shown(ex.getMessage()) + " (see '" + help + "')");
            return INVALID;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean expected = ex instanceof InvalidInputException || ex instanceof StoreException;
            if (!expected || ex.getCause() != null) ErrorLog.unexpected("command " + commandLine.getCommandName(), ex);
            commandLine.getErr().println("medlist: " + shown(oneLine(ex)));
            if (root.debug) ex.printStackTrace(commandLine.getErr());
            return exitCode(ex);
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** 2 for invalid input (nothing written); 1 for everything else, a file that cannot be written included. */
    private static int exitCode(Throwable e) {
        return e instanceof InvalidInputException && !(e instanceof org.medlist.exchange.PrivateFile.NotWritten) ? INVALID : FAILURE;
    }

    /** A message as one line: what the user typed may hold line breaks or control characters, shown escaped. */
    static String shown(String message) {
        return TextRules.shownOnOneLine(message == null ? "" : message.strip());
    }

    /**
     * A file name as a path. Under a locale whose character set cannot write it (LANG=C and "Zoë.pdf"
     * on Java 17) Java cannot name the file at all: say so, instead of an InvalidPathException.
     */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("the file name '" + text + "' cannot be used under this locale's character set ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + "); start MedList with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
    }

    private static String oneLine(Exception e) {
        if (e instanceof InvalidInputException || e instanceof StoreException) return e.getMessage();
        String msg = e.getMessage();
        return "unexpected error (" + e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse("")) + ")"
                + ErrorLog.file().map(f -> "; details are in " + f).orElse("") + "; --debug prints them";
    }
}
