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
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
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
    private static final long CHECKPOINT_EVERY_NANOS = 5_000_000_000L;
    private long lastCheckpoint = System.nanoTime();
    private final Set<String> warnings = new LinkedHashSet<>();
    private Consumer<String> warningSink = w -> {};

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
        return open(file, clock, busyTimeout, true);
    }

    /**
     * {@code backupBeforeMigration} false: a file that is itself a copy being prepared (a restore's
     * candidate) is migrated without another copy of it.
     */
    static Database open(Path file, Clock clock, Duration busyTimeout, boolean backupBeforeMigration) {
        Path absolute = file.toAbsolutePath();
        Path real = SafeFiles.followLinks(absolute); // --db may be a link, even a dangling one: the file is where it points
        createFolder(real.getParent());
        refuseNotAFile(real);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) createNew(real);
        refuseReadOnly(real);
        List<String> warnings = new ArrayList<>();
        walProblem(real).ifPresent(warnings::add);
        Connection connection = connect(real, busyTimeout);
        try {
            int version = identify(connection, real);
            requireIntact(connection, real);
            if (version > Migrations.latestVersion()) {
                throw new StoreException("The database " + real + " was written by a newer MedList (schema "
                        + version + "; this version knows up to " + Migrations.latestVersion()
                        + "). It has not been changed. Please update MedList to open it.");
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            Database db = new Database(absolute, connection, clock);
            warnings.forEach(db::warn);
            db.migrateFrom(version, backupBeforeMigration);
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(describe(real, e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The schema version of a file that is MedList's: it carries MedList's application id, or (a file from
     * before the id) its schema is exactly the one MedList's migrations build. Anything else is refused
     * before a byte is written: an empty file (zero bytes, or a header without tables: damaged, since a new
     * database is only ever created where no file was) and another program's SQLite file.
     */
    private static int identify(Connection c, Path file) throws SQLException {
        int version = Schema.userVersion(c);
        int id = Schema.applicationId(c);
        if (id == Schema.APPLICATION_ID) return version;
        if (id == 0 && version == 0 && Schema.objectCount(c) == 0) {
            throw new StoreException("The database " + file + " is empty: it holds no MedList data, so it was probably damaged. "
                    + "It has not been changed.");
        }
        if (id == 0 && Schema.matches(c, version)) return version;
        throw new StoreException("The file " + file + " is not a MedList database (it belongs to another program, or is damaged). "
                + "It has not been changed.");
    }

    /** A new database is built whole in a private file beside it and then put in place, so that no empty file is ever left. */
    private static void createNew(Path file) {
        Path temp = SafeFiles.tempBeside(file, "new");
        try {
            SafeFiles.createPrivate(temp);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (List<String> step : Migrations.STEPS) for (String sql : step) s.execute(sql);
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                s.execute("PRAGMA user_version = " + Migrations.latestVersion());
                c.commit();
            }
            SafeFiles.fsync(temp);
            SafeFiles.placeIfAbsent(temp, file); // false: another process created it first, which is fine
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the database " + file + " (" + plain(e) + ").", e);
        } finally {
            for (String suffix : List.of("", "-journal")) {
                try {
                    Files.deleteIfExists(Path.of(temp + suffix));
                } catch (IOException ignored) {
                    // a leftover private temporary file is harmless
                }
            }
        }
    }

    /** A pipe, a device or a folder where the database should be: SQLite's answer would be a disk error. */
    private static void refuseNotAFile(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException("The database " + file + " is not an ordinary file (it is a folder, a pipe or a device). "
                    + "It has not been changed; give the path of a MedList database file with --db.");
        }
    }

    /**
     * Committed changes that SQLite's recovery would drop without a word: the damaged journal is copied
     * aside first (SQLite then keeps what it can), and the user is told.
     */
    private static Optional<String> walProblem(Path file) {
        Path wal = Path.of(file + "-wal");
        String problem = WalCheck.problem(wal);
        if (problem == null) return Optional.empty();
        LOG.fine(() -> "damaged WAL: " + problem);
        Path copy = Path.of(file + "-wal.damaged-" + Backups.stamp());
        try {
            SafeFiles.createPrivate(copy);
            Files.copy(wal, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return Optional.of("The journal " + wal + " is damaged: changes saved since MedList last wrote them into the database may be lost "
                    + "(a copy of the journal could not be kept).");
        }
        return Optional.of("The journal " + wal + " is damaged: changes saved since MedList last wrote them into the database may be lost; "
                + "the journal is kept as " + copy + ".");
    }

    public Path file() { return file; }

    /**
     * Something the user must hear about that did not stop the work: a damaged journal found at open, a
     * stored value MedList cannot read. Each is said once; {@code sink} hears those already found too.
     */
    public synchronized void onWarning(Consumer<String> sink) {
        this.warningSink = sink;
        warnings.forEach(sink);
    }

    public synchronized List<String> warnings() { return List.copyOf(warnings); }

    synchronized void warn(String warning) {
        if (warnings.add(warning)) warningSink.accept(warning);
    }

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
            checkpointNowAndThen();
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

    /**
     * Copies the journal into the database file and empties it, so that damage to the journal can only
     * ever cost the changes since the last command or window session.
     */
    @Override
    public void close() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 1000"); // another program reading: its own close will checkpoint
        } catch (SQLException e) {
            LOG.fine("busy_timeout before the last checkpoint failed");
        }
        checkpoint("TRUNCATE");
        closeQuietly(connection);
    }

    /**
     * In a long window session, copies committed changes into the database file at most every few
     * seconds (each checkpoint costs a sync of the file, which a burst of writes should not pay each time).
     */
    private void checkpointNowAndThen() {
        long now = System.nanoTime();
        if (now - lastCheckpoint < CHECKPOINT_EVERY_NANOS) return;
        lastCheckpoint = now;
        checkpoint("PASSIVE");
    }

    /** Best effort: a checkpoint that cannot run now (another reader) runs at the next one. */
    private void checkpoint(String mode) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            LOG.fine(() -> "checkpoint " + mode + " not done: SQLite result code " + e.getErrorCode());
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private void migrateFrom(int version, boolean backupFirst) throws SQLException {
        // A file that holds data is copied before its schema changes, so an upgrade can always be undone.
        if (backupFirst && version > 0 && version < Migrations.latestVersion()) Backups.automatic(connection, file, "before-migration-" + version);
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
        // The identity migration: files from before MedList marked its files get the mark once, whatever their version.
        inTransaction(c -> {
            if (Schema.applicationId(c) != Schema.APPLICATION_ID) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                }
            }
            return null;
        });
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
                LOG.fine(() -> "quick_check: " + verdict.lines().findFirst().orElse("")); // page numbers, no content
                // the cause carries SQLite's code for a damaged file into the error log; the verdict itself stays out of the message
                throw new StoreException("The database " + file + " is damaged. It has not been changed.",
                        new SQLException("quick_check failed", "SQLITE_CORRUPT", Failure.DAMAGED.code));
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
            throw new StoreException("Cannot create the folder " + folder + " for the database (" + plain(e) + ").", e);
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

    /** SQLite's extended result codes for the shared-memory file (SQLITE_IOERR_SHMOPEN, _SHMSIZE, _SHMLOCK, _SHMMAP). */
    static boolean sharedMemory(SQLException e) {
        int extended = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        return extended == 4618 || extended == 4874 || extended == 5130 || extended == 5386;
    }

    /** One line in plain words, naming the database; the SQLite detail stays in the exception (the error log gets its code). */
    static String describe(Path file, SQLException e) {
        if (Failure.of(e) == Failure.IO && sharedMemory(e)) {
            return "MedList cannot make the working file " + file + "-shm beside the database (the disk may be full). "
                    + "Nothing was changed; free some space and try again.";
        }
        return switch (Failure.of(e)) {
            case NOT_A_DATABASE -> "The file " + file + " is not a MedList database or is damaged. It has not been changed.";
            case DAMAGED -> "The database " + file + " is damaged. It has not been changed.";
            case BUSY, LOCKED -> "The database " + file + " is in use by another program; try again in a moment.";
            case READ_ONLY -> "The database " + file + " is read-only; MedList cannot save changes to it.";
            case CANNOT_OPEN -> "Cannot open the database " + file + ": check that the folder exists and is writable.";
            case FULL -> "The disk is full: the change was not saved to " + file + ". Everything saved before is kept; free some space and try again.";
            case IO -> "The disk reported an error while MedList was using " + file + ". Anything not yet saved was not saved; everything saved before is kept.";
            case OTHER -> "MedList could not use the database " + file + " (an unexpected storage error; the error log has the details).";
        };
    }

    /** An I/O exception as words a person reads (no exception class names). */
    static String plain(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "the folder does not exist";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "something else is already there";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        return "the disk reported an error";
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort: nothing is left uncommitted at this point
        }
    }
}
