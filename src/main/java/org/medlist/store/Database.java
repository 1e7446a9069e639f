package org.medlist.store;

import java.time.LocalDate;
import java.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The user's SQLite file. One connection, used from one thread at a time (the CLI's main thread, or
 * the window's single database worker); every change goes through {@link #inTransaction}.
 *
 * <p>Durability: WAL with {@code synchronous=FULL}, so a write acknowledged after commit survives
 * a killed process and a power cut. Concurrency: writes start with {@code BEGIN IMMEDIATE} and a
 * busy timeout, so two processes writing at once queue up instead of failing.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private Database(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Today by the clock the database was opened with: what "in the future" means when dates are checked. */
    public LocalDate today() { return LocalDate.now(clock); }

    /** Opens (creating it and its folder if needed) and migrates the file; refuses a newer schema untouched. */
    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** The same, with the clock that dates are checked against. */
    public static Database open(Path file, Clock clock) {
        return open(file, clock, Duration.ofMillis(BUSY_TIMEOUT_MS));
    }

    /**
     * The same, with how long a write waits for another program's lock before it is refused as "in
     * use" (tests use a short one).
     */
    public static Database open(Path file, Duration busyTimeout) {
        return open(file, Clock.systemDefaultZone(), busyTimeout);
    }

    public static Database open(Path file, Clock clock, Duration busyTimeout) {
        Path absolute = file.toAbsolutePath();
        createFolder(absolute.getParent());
        createPrivately(absolute);
        refuseReadOnly(absolute);
        Connection connection = connect(absolute, busyTimeout);
        try {
            int version = schemaVersion(connection);
            requireIntact(connection, absolute);
            if (version > Migrations.latestVersion()) {
                throw new StoreException("The database " + absolute + " was written by a newer MedList (schema "
                        + version + "; this version knows up to " + Migrations.latestVersion()
                        + "). It has not been changed. Please update MedList to open it.");
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            Database db = new Database(absolute, connection, clock);
            db.migrateFrom(version);
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(describe(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() { return file; }

    public int schemaVersion() {
        try {
            return schemaVersion(connection);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or none of it. Called from
     * inside another transaction on this connection, it joins that one (committing here would end the
     * outer transaction half-way). Any throwable, errors included, rolls back before it propagates:
     * turning autocommit back on after a failure would otherwise commit the half-done work.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (inTransactionAlready()) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(describe(file, e), e);
            }
        }
        Throwable failure = null;
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            failure = e;
            rollbackKeeping(e);
            throw new StoreException(describe(file, e), e);
        } catch (RuntimeException | Error e) {
            failure = e;
            rollbackKeeping(e);
            throw e;
        } finally {
            endTransaction(failure);
        }
    }

    private boolean inTransactionAlready() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** Back to autocommit; a failure here must not replace the failure that ended the transaction. */
    private void endTransaction(Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure != null) failure.addSuppressed(e);
            else throw new StoreException(describe(file, e), e);
        }
    }

    /**
     * SQLite itself rolls back after some errors (a full disk, an I/O error); rolling back again then
     * fails, and that second error must not hide the first, which is the one that explains what happened.
     */
    private void rollbackKeeping(Throwable original) {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
        } catch (SQLException again) {
            original.addSuppressed(again);
        }
    }

    /** Runs a read outside any write lock, so reading never makes another process wait. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private void migrateFrom(int version) throws SQLException {
        // A file that holds data is copied before its schema changes, so an upgrade can always be undone.
        if (version > 0 && version < Migrations.latestVersion()) Backups.automatic(connection, file, "before-migration-" + version);
        for (int next = version + 1; next <= Migrations.latestVersion(); next++) {
            int target = next;
            inTransaction(c -> {
                // Another program may have migrated the file since we read its version: the write lock
                // of this transaction makes the version read here the one that counts.
                if (schemaVersion(c) >= target) return null;
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.STEPS.get(target - 1)) {
                        s.execute(sql);
                    }
                    // PRAGMA takes no bound parameters; target is our own integer.
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
            LOG.fine(() -> "migrated database to schema " + target);
        }
    }

    /**
     * A damaged file (truncated, overwritten in part) can still open and even answer simple queries;
     * writing into it would spread the damage. quick_check reads every page once (milliseconds for a
     * medication list) before anything is written.
     */
    private static void requireIntact(Connection connection, Path file) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException("The database " + file + " is damaged (" + verdict + "). It has not been changed.");
            }
        }
    }

    /** SQLite would quietly open a file it cannot write read-only, and fail at the first change; say so at once. */
    private static void refuseReadOnly(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("The database " + file + " is read-only: MedList cannot save changes to it. It has not been changed. "
                    + "Make the file writable, or copy it to a folder of yours and open the copy with --db.");
        }
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            throw new StoreException("The folder " + folder + " is read-only: MedList needs to write its journal beside the database. "
                    + "The database has not been changed.");
        }
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Connection connect(Path file, Duration busyTimeout) {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        props.setProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        props.setProperty("transaction_mode", "IMMEDIATE");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, props);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** Health information: a new database is readable by its user only (SQLite gives its WAL and SHM files the same mode). */
    private static void createPrivately(Path file) {
        if (Files.exists(file) || !posix(file.getParent())) return;
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process created it first: fine
        } catch (IOException e) {
            throw new StoreException("Cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path existing) {
        try {
            return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the database's folder (0700 on POSIX) if it is missing, so that a lock file can sit beside the database. */
    public static void prepareFolder(Path file) {
        createFolder(file.toAbsolutePath().getParent());
    }

    private static void createFolder(Path folder) {
        if (folder == null) return;
        try {
            if (!Files.exists(folder) && posix(nearestExisting(folder))) {
                Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + folder + " for the database: " + e.getMessage(), e);
        }
    }

    private static Path nearestExisting(Path p) {
        Path q = p;
        while (q != null && !Files.exists(q)) q = q.getParent();
        return q;
    }

    /** One line a person can act on, instead of a driver's error code. */
    /** SQLite's primary result codes (the low byte of an extended code): what MedList tells the user depends on them, never on message text. */
    enum Failure {
        NOT_A_DATABASE(26), DAMAGED(11), BUSY(5), LOCKED(6), READ_ONLY(8), CANNOT_OPEN(14), FULL(13), IO(10), OTHER(-1);

        private final int code;

        Failure(int code) { this.code = code; }

        static Failure of(SQLException e) {
            int primary = (e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode()) & 0xff;
            for (Failure f : values()) if (f.code == primary) return f;
            return OTHER;
        }
    }

    static String describe(Path file, SQLException e) {
        return switch (Failure.of(e)) {
            case NOT_A_DATABASE -> "The file " + file + " is not a MedList database or is damaged. It has not been changed.";
            case DAMAGED -> "The database " + file + " is damaged. It has not been changed.";
            case BUSY, LOCKED -> "The database " + file + " is in use by another program; try again in a moment.";
            case READ_ONLY -> "The database " + file + " is read-only; MedList cannot save changes to it.";
            case CANNOT_OPEN -> "Cannot open the database " + file + ": check that the folder exists and is writable.";
            case FULL -> "The disk is full: the change was not saved to " + file + ". Everything saved before is kept; free some space and try again.";
            case IO -> "The disk reported an error while MedList was using " + file + ". The last change was not saved.";
            case OTHER -> "Database error in " + file + " (SQLite result code " + (e instanceof SQLiteException se ? se.getResultCode().name() : e.getErrorCode()) + ").";
        };
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort: nothing is left uncommitted at this point
        }
    }
}
