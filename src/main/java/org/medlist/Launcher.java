package org.medlist;

import org.medlist.store.DatabaseLocation;
import org.medlist.app.ErrorLog;
import java.time.Clock;
import java.util.Optional;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.medlist.cli.MedListCommand;
import org.medlist.ui.MedListApp;

/**
 * The jar's entry point. It does not extend {@code Application}, so {@code java -jar} works with
 * JavaFX on the class path. No arguments: the window. A subcommand: headless, then exit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        ErrorLog.install(DatabaseLocation.defaultPath().getParent(), Clock.systemUTC());
        if (args.length == 0) {
            MedListApp.launchWindow(Optional.empty());
            return;
        }
        java.util.List<String> list = java.util.List.of(args);
        if (list.contains("--measure-startup")) {
            int db = list.indexOf("--db");
            MedListApp.measureStartup(db >= 0 && db + 1 < list.size() ? Optional.of(Path.of(list.get(db + 1))) : Optional.empty(),
                    list.contains("--baseline"));
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // UTF-8 arguments whatever the locale (Java 17 decodes them with LANG=C's ASCII), printed as UTF-8
        int code = MedListCommand.run(MedListApp::launchWindow, out, err, org.medlist.cli.RawArguments.recover(args));
        System.exit(code);
    }
}
