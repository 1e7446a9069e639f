package org.medlist.store;

import org.medlist.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies of the database made with SQLite's online backup: automatic ones (before each migration and
 * once a day, the last {@value #KEEP} kept in a {@code backups} folder beside the file) and ones the
 * user asks for. A restore checks the file first and keeps the database it replaces.
 */
public final class Backups {
    /** Backup names carry UTC times, so that a change of time zone cannot make an older backup look like the latest. */
    private static final java.time.Clock STAMP_CLOCK = java.time.Clock.systemUTC();
    public static final int KEEP = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String PREFIX = "medlist-";

    private Backups() {}

    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** An automatic backup, named by time and reason; older ones beyond {@value #KEEP} are removed. */
    static Path automatic(Connection c, Path databaseFile, String reason) throws SQLException {
        Path folder = folderFor(databaseFile);
        try {
            if (!Files.exists(folder) && Files.getFileStore(folder.getParent()).supportsFileAttributeView("posix")) {
                Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path target = folder.resolve(PREFIX + LocalDateTime.now(STAMP_CLOCK).format(STAMP) + "-" + reason + ".db");
        copy(c, target);
        prune(folder);
        return target;
    }

    /** Makes today's automatic backup if none was made today. */
    public static Optional<Path> dailyIfDue(Database db) {
        Optional<Path> latest = latestAutomatic(db.file());
        String today = LocalDate.now(STAMP_CLOCK).format(DateTimeFormatter.BASIC_ISO_DATE);
        if (latest.isPresent() && latest.get().getFileName().toString().startsWith(PREFIX + today)) return Optional.empty();
        return Optional.of(db.read(c -> automatic(c, db.file(), "daily")));
    }

    /** A backup the user asked for, written to {@code target}. */
    public static void backupTo(Database db, Path target) {
        db.read(c -> {
            copy(c, target.toAbsolutePath());
            return null;
        });
    }

    public static List<Path> automaticBackups(Path databaseFile) {
        Path folder = folderFor(databaseFile);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".db")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static Optional<Path> latestAutomatic(Path databaseFile) {
        List<Path> all = automaticBackups(databaseFile);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Replaces the database at {@code databaseFile} with the backup {@code from}, after checking that
     * {@code from} is an intact MedList database this version can open. The replaced database is kept
     * beside it; the path of that copy is returned (empty when there was no database).
     */
    public static Optional<Path> restore(Path databaseFile, Path from) {
        verify(from);
        Path db = databaseFile.toAbsolutePath();
        Optional<Path> kept = Optional.empty();
        try {
            if (Files.exists(db) && Files.size(db) > 0) {
                Path copy = db.resolveSibling(db.getFileName() + ".before-restore-" + LocalDateTime.now(STAMP_CLOCK).format(STAMP));
                Files.copy(db, copy);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path side = Path.of(db + suffix);
                    if (Files.exists(side)) Files.copy(side, Path.of(copy + suffix));
                }
                kept = Optional.of(copy);
                if (!isIntact(db)) {
                    // SQLite cannot restore into a file that is not a database: the kept copy replaces it.
                    for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not keep a copy of the current database before restoring; nothing was changed: " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.setQueryTimeout(Database.BUSY_TIMEOUT_MS / 1000);
            s.executeUpdate("restore from " + quoted(from.toAbsolutePath()));
        } catch (SQLException e) {
            throw new StoreException(Database.describe(db, e), e);
        }
        Database.open(db).close(); // brings an older backup up to the current schema
        return kept;
    }

    private static boolean isIntact(Path file) {
        try {
            verify(file);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Refuses anything that is not an intact MedList database this version can open. */
    public static void verify(Path file) {
        String problem = "The file " + file + " is not a usable MedList backup";
        if (!Files.isRegularFile(file)) throw new InvalidInputException(problem + ": it does not exist. Nothing was changed.");
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly); Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version < 1) throw new InvalidInputException(problem + ": it is not a MedList database. Nothing was changed.");
            if (version > Migrations.latestVersion()) {
                throw new InvalidInputException(problem + ": it was written by a newer MedList. Nothing was changed.");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) throw new InvalidInputException(problem + ": it is damaged. Nothing was changed.");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('person', 'medication')")) {
                if (!rs.next() || rs.getInt(1) != 2) throw new InvalidInputException(problem + ": it is not a MedList database. Nothing was changed.");
            }
        } catch (SQLException e) {
            throw new InvalidInputException(problem + ": it is damaged or not a database. Nothing was changed.");
        }
    }

    private static void copy(Connection c, Path target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + quoted(target));
        }
        try {
            if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new StoreException("The backup " + target + " was written but its permissions could not be set: " + e.getMessage(), e);
        }
    }

    private static void prune(Path folder) {
        List<Path> all = automaticBackups(folder.getParent().resolve("x.db"));
        for (int i = 0; i < all.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(all.get(i));
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
