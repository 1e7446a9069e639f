package org.medlist;

import org.medlist.store.DatabaseLocation;
import org.medlist.store.SqliteNative;
import org.medlist.app.ErrorLog;
import java.time.Clock;
import java.util.Optional;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.medlist.cli.MedListCommand;
import org.medlist.ui.MedListApp;

/**
 * The jar's entry point. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path. No arguments: the window. A subcommand: headless, then exit.
 */
public final class Launcher {
    /** Held so that the filter below stays on the logger (java.util.logging keeps loggers weakly). */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) {
        useCachedSqliteNative();
        quietClassPathWarning();
        ErrorLog.install(DatabaseLocation.defaultPath().getParent(), Clock.systemUTC());
        if (args.length == 0) {
            openWindow(Optional.empty());
            return;
        }
        java.util.List<String> list = java.util.List.of(args);
        if (list.contains("--measure-startup")) {
            int db = list.indexOf("--db");
            Optional<Path> database = db >= 0 && db + 1 < list.size() ? Optional.of(Path.of(list.get(db + 1))) : Optional.empty();
            windowOrExit(() -> MedListApp.measureStartup(database,
                    list.contains("--baseline"), list.contains("--controls-floor")), false);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // UTF-8 arguments whatever the locale (Java 17 decodes them with LANG=C's ASCII), printed as UTF-8
        int code = MedListCommand.run(Launcher::openWindow, out, err, org.medlist.cli.RawArguments.recover(args));
        System.exit(code);
    }

    private static void openWindow(Optional<Path> database) {
        windowOrExit(() -> MedListApp.launchWindow(database), true);
    }

    /**
     * Runs the window; when JavaFX cannot open one (no display, no GTK 3), says so in one line and exits
     * with {@link MedListCommand#NO_WINDOW} instead of JavaFX's stack trace; started from the desktop
     * menu rather than a terminal, it also shows that as a desktop notification ({@link DesktopNotice}).
     */
    private static void windowOrExit(Runnable window, boolean notify) {
        try {
            window.run();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            System.err.println(noWindowMessage(e));
            if (notify) DesktopNotice.showIfNoTerminal(capitalised(noWindowReason(e)));
            System.exit(MedListCommand.NO_WINDOW);
        }
    }

    /** The one line for a window that cannot open, naming what is missing. */
    static String noWindowMessage(Throwable failure) {
        return "medlist: cannot open the window: " + noWindowReason(failure) + "; the command line still works (medlist --help)";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String noWindowReason(Throwable failure) {
        String detail = String.valueOf(failure.getMessage());
        String what;
        if (detail.contains("DISPLAY")) {
            what = "no display was found (DISPLAY is not set, or its X server cannot be reached)";
        } else if (detail.contains("GTK")) {
            what = "the GTK 3 library is missing (install the libgtk-3-0 package)";
        } else {
            what = "JavaFX could not start (" + detail.lines().findFirst().orElse("") + ")";
        }
        return what;
    }

    /**
     * Run as {@code java -jar}, sqlite-jdbc's native library comes from the per-user cache
     * (e.g. ~/.cache/medlist/0.1.0/), extracted there once, instead of a fresh copy in the temp folder
     * at every start. The installed app names its own copy in the app folder (org.sqlite.lib.path).
     */
    private static void useCachedSqliteNative() {
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        SqliteNative.extractInto(SqliteNative.cacheRoot().resolve(MedListVersion.VERSION)).ifPresent(library -> {
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        });
    }

    /**
     * The fat jar runs JavaFX from the class path on purpose (one file that runs anywhere); JavaFX warns
     * about that at every start. The installed app has JavaFX as modules and never sees this warning.
     */
    private static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
