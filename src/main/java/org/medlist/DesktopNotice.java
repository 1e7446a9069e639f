package org.medlist;

import java.io.Console;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tells a person who started MedList from the desktop menu (or by double-clicking the jar) that the window
 * cannot open. Started that way, nobody reads stderr, and without this the click would seem to do
 * nothing. JavaFX itself is what failed, so the notice comes from a small desktop program, if one is
 * installed: {@code notify-send} (libnotify; needs no GTK, works under Wayland) or else {@code xmessage}
 * (plain X11). Started from a terminal, the line on stderr is enough and nothing else is shown.
 */
final class DesktopNotice {
    private DesktopNotice() {}

    static final String TITLE = "MedList cannot open its window";

    /** Shows {@code reason} if MedList was not started from a terminal and a notifier is installed; says which one, if any. */
    static Optional<String> showIfNoTerminal(String reason) {
        if (startedFromTerminal()) return Optional.empty();
        return show(reason, System.getenv());
    }

    /** Shows {@code reason} with the first notifier found on the {@code PATH} of {@code environment}. */
    static Optional<String> show(String reason, Map<String, String> environment) {
        String body = reason + ". The command line still works: medlist --help";
        String lines = TITLE + ":\n" + reason + ".\nThe command line still works: medlist --help";
        Optional<Path> notifySend = onPath("notify-send", environment);
        // notify-send fails where no notification service runs (a bare window manager): then xmessage
        if (notifySend.isPresent() && run(List.of(notifySend.get().toString(), "--app-name=MedList", "--icon=org.medlist.MedList",
                "--urgency=critical", TITLE, body), true)) {
            return Optional.of("notify-send");
        }
        Optional<Path> xmessage = onPath("xmessage", environment);
        if (xmessage.isPresent() && environment.get("DISPLAY") != null) {
            // xmessage stays up until it is dismissed; MedList exits meanwhile, so it is not waited for.
            run(List.of(xmessage.get().toString(), "-center", "-title", "MedList", lines), false);
            return Optional.of("xmessage");
        }
        return Optional.empty();
    }

    /**
     * Java 17 has a console only when both input and output are a terminal (so {@code medlist > log}
     * typed in a terminal also gets the notice, besides the line); from Java 22 a console may
     * exist without one, and {@code Console.isTerminal()} says which.
     */
    static boolean startedFromTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static Optional<Path> onPath(String program, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) continue;
            Path candidate = Path.of(folder, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Whether the program started and, if waited for, succeeded. */
    private static boolean run(List<String> command, boolean wait) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!wait) return true;
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                return false;
            }
            return process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false; // the line on stderr has been written; a notifier that fails to start changes nothing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
