package org.medlist.store;

import org.medlist.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Copies of the database made with SQLite's online backup: automatic ones (before each migration and
 * once a day, the last {@value #KEEP} kept in a {@code backups} folder beside the file) and ones the
 * user asks for. Every copy is written to a private (0600) file beside its target, synced and renamed
 * into place. A restore checks the file strictly, keeps the database it replaces, and swaps the files
 * in one rename.
 */
public final class Backups {
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    /** Backup names carry UTC times, so that a change of time zone cannot make an older backup look like the latest. */
    private static final java.time.Clock STAMP_CLOCK = java.time.Clock.systemUTC();
    public static final int KEEP = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int STAMP_LENGTH = 19;
    private static final String PREFIX = "medlist-";

    private Backups() {}

    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** Now in UTC, as backup and kept-copy names carry it. */
    static String stamp() {
        return LocalDateTime.now(STAMP_CLOCK).format(STAMP);
    }

    /**
     * An automatic backup, named by UTC time (later than every backup already there, so that the order of
     * names is the order of making even if the clock went back) and reason; older ones beyond {@value #KEEP}
     * are removed, never the newest one that holds data.
     */
    static Path automatic(Connection c, Path databaseFile, String reason) throws SQLException {
        Path folder = folderFor(databaseFile);
        try {
            if (!Files.exists(folder) && SafeFiles.posix(folder.getParent())) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backup folder " + folder + " (" + Database.plain(e) + ").", e);
        }
        Path target = folder.resolve(PREFIX + nextStamp(folder) + "-" + reason + ".db");
        writeCopy(c, target);
        prune(folder);
        return target;
    }

    private static String nextStamp(Path folder) {
        LocalDateTime now = LocalDateTime.now(STAMP_CLOCK);
        for (Path p : listed(folder)) {
            LocalDateTime made = madeAt(p);
            if (made != null && !now.isAfter(made)) now = made.plusNanos(1_000_000);
        }
        return now.format(STAMP);
    }

    private static LocalDateTime madeAt(Path backup) {
        String name = backup.getFileName().toString();
        try {
            return LocalDateTime.parse(name.substring(PREFIX.length(), PREFIX.length() + STAMP_LENGTH), STAMP);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Makes today's (UTC) automatic backup if none was made today; a database that holds nobody is not worth a backup. */
    public static Optional<Path> dailyIfDue(Database db) {
        if (!db.read(Backups::holdsData)) return Optional.empty();
        List<Path> all = automaticBackups(db.file());
        String today = LocalDate.now(STAMP_CLOCK).format(DateTimeFormatter.BASIC_ISO_DATE);
        if (!all.isEmpty() && all.get(all.size() - 1).getFileName().toString().startsWith(PREFIX + today)) return Optional.empty();
        return Optional.of(db.read(c -> automatic(c, db.file(), "daily")));
    }

    /** A backup the user asked for, written to {@code target}; an existing file there is replaced only if it is a MedList database. */
    public static void backupTo(Database db, Path target) {
        backupTo(db, target, false);
    }

    /**
     * The same; {@code force} replaces whatever ordinary file is at {@code target}. A link at the target is
     * refused either way: MedList never writes through a link.
     */
    public static void backupTo(Database db, Path target, boolean force) {
        Path t = target.toAbsolutePath();
        if (Files.isSymbolicLink(t)) {
            throw new InvalidInputException("The backup file " + t + " is a symbolic link; MedList does not write through links. "
                    + "Nothing was written; choose another file name.");
        }
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidInputException("The backup file " + t + " is not an ordinary file (a folder, a pipe or a device). Nothing was written.");
            }
            if (!force && !isMedListDatabase(t)) {
                throw new InvalidInputException("The file " + t + " already exists and is not a MedList backup: nothing was written. "
                        + "Choose another name, or use backup --force to replace it.");
            }
        }
        db.read(c -> {
            writeCopy(c, t);
            return null;
        });
    }

    /** Automatic backups, oldest first (their names carry UTC times). */
    public static List<Path> automaticBackups(Path databaseFile) {
        return listed(folderFor(databaseFile));
    }

    private static List<Path> listed(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".db")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest automatic backup that opens and holds at least one person: the one worth offering for a restore. */
    public static Optional<Path> latestAutomatic(Path databaseFile) {
        List<Path> all = automaticBackups(databaseFile);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (holdsData(all.get(i))) return Optional.of(all.get(i));
        }
        return Optional.empty();
    }

    private static boolean holdsData(Path backup) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup.toAbsolutePath(), readOnly())) {
            return holdsData(c);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean holdsData(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM person)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Replaces the database at {@code databaseFile} with the backup {@code from}, after checking strictly
     * that {@code from} is an intact MedList database this version can open (see {@link #verify}). The
     * candidate is copied to a private file beside the database, brought up to the current schema, checked
     * again and synced; the current database is kept (a hard link, {@code <name>.before-restore-<UTC time>},
     * with its journal beside it); then one rename puts the copy in place. A kill at any moment leaves the
     * old database or the new one. Returns where the replaced database is kept (empty when there was none).
     */
    public static Optional<Path> restore(Path databaseFile, Path from) {
        Path candidate = from.toAbsolutePath();
        verify(candidate);
        Path db = SafeFiles.followLinks(databaseFile.toAbsolutePath());
        Database.prepareFolder(db);
        Path temp = SafeFiles.tempBeside(db, "restoring");
        try {
            prepareCopy(candidate, temp);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        Optional<Path> kept;
        try {
            kept = keepCurrent(db);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException("Could not keep a copy of the database " + db + " before restoring (" + Database.plain(e)
                    + "); the database was not changed.", e);
        }
        try {
            SafeFiles.replace(temp, db);
            deleteQuietly(temp); // its -shm, if SQLite left one
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException("Could not put the restored copy in place of " + db + " (" + Database.plain(e)
                    + "); the database was not changed" + kept.map(k -> " (a copy of it is also kept as " + k + ")").orElse("") + ".", e);
        }
        return kept;
    }

    /** The candidate, copied into a new private file, migrated, checked again and synced. */
    private static void prepareCopy(Path candidate, Path temp) {
        try {
            SafeFiles.createPrivate(temp);
        } catch (IOException e) {
            throw new StoreException("Cannot write beside the database to restore it (" + Database.plain(e) + "); the database was not changed.", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate, readOnly()); Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + quoted(temp));
        } catch (SQLException e) {
            throw new StoreException("Could not copy the backup " + candidate + " (" + targetProblem(e) + "); the database was not changed.", e);
        }
        Database.open(temp, STAMP_CLOCK, Duration.ofMillis(Database.BUSY_TIMEOUT_MS), false).close(); // brings an older backup up to date
        try {
            verify(temp);
            SafeFiles.fsync(temp);
        } catch (InvalidInputException e) {
            throw new StoreException("The backup " + candidate + " could not be brought up to this version of MedList; the database was not changed.", e);
        } catch (IOException e) {
            throw new StoreException("Could not write the restored copy to disk (" + Database.plain(e) + "); the database was not changed.", e);
        }
    }

    /**
     * Keeps the current database under a new name by a hard link (the same file, so nothing to copy and
     * nothing lost if the process dies here). Its journal is first folded into it when the database opens;
     * a journal that cannot be folded in (a damaged database) is moved beside the kept copy, so that it can
     * never be replayed into the restored file.
     */
    private static Optional<Path> keepCurrent(Path db) throws IOException {
        if (!Files.exists(db)) return Optional.empty();
        checkpointIfPossible(db);
        Path kept = db.resolveSibling(db.getFileName() + ".before-restore-" + stamp());
        for (int n = 1; Files.exists(kept, LinkOption.NOFOLLOW_LINKS); n++) {
            kept = db.resolveSibling(db.getFileName() + ".before-restore-" + stamp() + "-" + n);
        }
        try {
            Files.createLink(kept, db);
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            SafeFiles.createPrivate(kept);
            Files.copy(db, kept, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.fsync(kept);
        }
        Path wal = Path.of(db + "-wal");
        if (Files.exists(wal)) Files.move(wal, Path.of(kept + "-wal"), StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(Path.of(db + "-shm"));
        SafeFiles.fsyncFolder(db.getParent());
        return Optional.of(kept);
    }

    private static void checkpointIfPossible(Path db) {
        if (!Files.exists(Path.of(db + "-wal"))) return;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.fine(() -> "the database to be replaced could not be checkpointed: SQLite result code " + e.getErrorCode());
        }
    }

    /**
     * Refuses anything that is not an intact MedList database this version can open: its schema must be
     * exactly the one MedList builds for its version (tables, columns, constraints, indexes; no triggers
     * or views), and it must pass integrity_check, foreign_key_check and a scan of every CHECK constraint.
     */
    public static void verify(Path file) {
        String problem = "The file " + file + " is not a usable MedList backup";
        if (!Files.exists(file)) throw new InvalidInputException(problem + ": it does not exist. Nothing was changed.");
        if (!Files.isRegularFile(file)) throw new InvalidInputException(problem + ": it is not an ordinary file. Nothing was changed.");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly()); Statement s = c.createStatement()) {
            int version = Schema.userVersion(c);
            int id = Schema.applicationId(c);
            if (id != 0 && id != Schema.APPLICATION_ID) throw new InvalidInputException(problem + ": it belongs to another program. Nothing was changed.");
            if (version > Migrations.latestVersion() && id == Schema.APPLICATION_ID) {
                throw new InvalidInputException(problem + ": it was written by a newer MedList. Nothing was changed.");
            }
            if (version < 1 || version > Migrations.latestVersion()) {
                throw new InvalidInputException(problem + ": it is not a MedList database. Nothing was changed.");
            }
            if (!Schema.matches(c, version)) {
                LOG.fine(() -> "restore candidate's schema differs from MedList's schema " + version);
                throw new InvalidInputException(problem + ": its tables are not the ones MedList makes (changed, added or missing tables, "
                        + "columns, indexes or triggers). Nothing was changed.");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) throw new InvalidInputException(problem + ": it is damaged. Nothing was changed.");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                if (rs.next()) throw new InvalidInputException(problem + ": some of its rows point to rows that do not exist. Nothing was changed.");
            }
            List<String> broken = Schema.checkViolations(c, version);
            if (!broken.isEmpty()) {
                LOG.fine(() -> "restore candidate breaks CHECK constraints: " + broken);
                throw new InvalidInputException(problem + ": some of its rows hold values MedList never writes. Nothing was changed.");
            }
        } catch (SQLException e) {
            LOG.fine(() -> "restore candidate unreadable: SQLite result code " + e.getErrorCode());
            throw new InvalidInputException(problem + ": it is damaged or not a database. Nothing was changed.");
        }
    }

    /** MedList's mark, or (from before the mark) MedList's exact schema: a file a backup may replace. */
    private static boolean isMedListDatabase(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly())) {
            return Schema.applicationId(c) == Schema.APPLICATION_ID || (Schema.applicationId(c) == 0 && Schema.matches(c, Schema.userVersion(c)));
        } catch (SQLException e) {
            return false;
        }
    }

    private static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return p;
    }

    /** The copy goes to a private file beside the target and is renamed over it once complete and synced. */
    private static void writeCopy(Connection c, Path target) {
        Path temp = SafeFiles.tempBeside(target, "part");
        try {
            SafeFiles.createPrivate(temp);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quoted(temp));
                selfContained(temp);
            } catch (SQLException e) {
                throw new StoreException("The backup " + target + " could not be written (" + targetProblem(e) + "). Your database was not changed.", e);
            }
            SafeFiles.fsync(temp);
            SafeFiles.replace(temp, target);
        } catch (IOException e) {
            throw new StoreException("The backup " + target + " could not be written (" + Database.plain(e) + "). Your database was not changed.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A backup is one file: out of WAL mode, so that opening it (to check or restore it) leaves no
     * {@code -wal} or {@code -shm} beside it.
     */
    private static void selfContained(Path copy) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    /** What went wrong at the target of a copy, in words, by SQLite's result code. */
    private static String targetProblem(SQLException e) {
        return switch (Database.Failure.of(e)) {
            case FULL -> "the disk is full";
            case CANNOT_OPEN, READ_ONLY -> "the folder cannot be written";
            case BUSY, LOCKED -> "the file is in use by another program";
            case NOT_A_DATABASE, DAMAGED -> "the file is not a database or is damaged";
            default -> "the disk reported an error";
        };
    }

    private static void deleteQuietly(Path temp) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(temp + suffix));
            } catch (IOException ignored) {
                // a leftover private temporary file is harmless; it is never taken for a backup
            }
        }
    }

    private static void prune(Path folder) {
        List<Path> all = listed(folder);
        Optional<Path> newestWithData = latestAutomatic(folder.getParent().resolve("x.db"));
        List<Path> remove = new ArrayList<>(all.subList(0, Math.max(0, all.size() - KEEP)));
        newestWithData.ifPresent(remove::remove);
        for (Path old : remove) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // an old backup that cannot be removed is harmless: it is retried next time
            }
        }
    }

    private static String quoted(Path p) {
        String s = p.toString();
        if (s.contains("\"")) throw new InvalidInputException("A backup path cannot contain a double quote: " + s);
        return "\"" + s + "\"";
    }
}
