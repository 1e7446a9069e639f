package org.medlist.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.medlist.store.StoreException;

/**
 * Unexpected errors, with their stack traces, in a log file in the user's data folder: private to the
 * user from its first byte (0600), kept to {@link #LIMIT} bytes with one older file. It holds no person
 * or medicine names: records are written without their messages (only the logger, the level, exception
 * classes, SQLite result codes and stack frames), because a message can quote what the user typed.
 */
public final class ErrorLog extends Handler {
    static final long LIMIT = 512 * 1024;
    private static volatile Optional<ErrorLog> installed = Optional.empty();
    private final Path file;
    private final Clock clock;

    private ErrorLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        setLevel(Level.WARNING);
    }

    /** Writes MedList's warnings and errors to {@code folder}/medlist.log from now on; returns the file. */
    public static Path install(Path folder, Clock clock) {
        Path file = folder.resolve("medlist.log");
        installed = Optional.of(new ErrorLog(file, clock));
        return file;
    }

    /** Stops writing the log (tests). */
    static void uninstall() { installed = Optional.empty(); }

    /** The log file, if one is installed (the window names it in its error messages). */
    public static Optional<Path> file() { return installed.map(log -> log.file); }

    /**
     * Records an unexpected error with its stack trace in the log file. Straight to the file, not through
     * the console's handlers, which would print the exception's message.
     */
    public static void unexpected(String where, Throwable t) {
        LogRecord r = new LogRecord(Level.SEVERE, where);
        r.setLoggerName("org.medlist." + where.replaceAll("[^A-Za-z0-9]+", "-"));
        r.setThrown(t);
        installed.ifPresent(log -> log.publish(r));
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (!isLoggable(r)) return;
        StringBuilder text = new StringBuilder().append(Instant.now(clock)).append(' ').append(r.getLevel()).append(' ')
                .append(r.getLoggerName()).append('\n');
        if (r.getThrown() != null) text.append(trace(r.getThrown()));
        try {
            append(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            reportError("cannot write " + file, e, java.util.logging.ErrorManager.WRITE_FAILURE);
        }
    }

    /** The exception chain without messages: classes, SQLite codes and frames. */
    static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        for (Throwable c = t; c != null; c = c.getCause()) {
            w.print(c == t ? "" : "Caused by: ");
            w.print(c.getClass().getName());
            StoreException.resultCode(c).ifPresent(code -> w.print(" (SQLite result code " + code + ")"));
            w.println();
            for (StackTraceElement e : c.getStackTrace()) w.println("\tat " + e);
            if (c.getCause() == c) break;
        }
        w.flush();
        return out.toString();
    }

    private void append(byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.size(file) + bytes.length > LIMIT) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
        if (!Files.exists(file) && posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(bytes);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
