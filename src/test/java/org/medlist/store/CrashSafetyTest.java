package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write acknowledged after commit survives the writing process being killed (SIGKILL) at a
 * random moment, a hundred times over, two writers at a time; the file stays intact. The kills are
 * timed from the writers' own progress, not by the clock: each writer is killed once it has opened the
 * database and acknowledged a random number of writes (from none), so that every kill lands while it
 * is writing. Also: the file is private to its user.
 */
class CrashSafetyTest {
    static final int KILLS = 100;
    static final int WRITERS_AT_ONCE = 2;
    static final int MOST_ACKS_BEFORE_A_KILL = 20;
    static final Pattern ACK = Pattern.compile("ack (\\S+);");
    static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();
    @TempDir Path dir;

    @Test
    void acknowledgedWritesSurviveAHundredKills() throws Exception {
        Path db = dir.resolve("kill.db");
        List<String> command = writerCommand();
        try (Database created = Database.open(db)) {
            new PersonStore(created).add("Writer"); // made first: this test is about kills, not about two processes creating one file
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(42);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS_AT_ONCE);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int run = 0; run < KILLS; run++) {
                String prefix = "run" + run;
                int acksBeforeKill = random.nextInt(MOST_ACKS_BEFORE_A_KILL + 1); // 0: during its first write
                long extraNanos = random.nextInt(2_000_000); // somewhere within the next write or two
                runs.add(pool.submit(() -> {
                    killAfterAcks(command, db, prefix, acksBeforeKill, extraNanos, acknowledged);
                    return null;
                }));
            }
            for (Future<?> f : runs) f.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
            STARTED.forEach(Process::destroyForcibly); // a failed run leaves no writer behind
        }
        assertThat(acknowledged).as("the writers got to write").hasSizeGreaterThan(KILLS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM medication")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertThat(lost).as("acknowledged writes lost").isEmpty();
        }
    }

    /**
     * Starts a writer, kills it once it has acknowledged {@code acks} writes (and a moment more), then
     * collects every acknowledgement it printed before it died.
     */
    static void killAfterAcks(List<String> command, Path db, String prefix, int acks, long extraNanos, Set<String> acknowledged)
            throws Exception {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(db.toString(), prefix));
        Path errors = db.resolveSibling(prefix + ".err");
        Process p = new ProcessBuilder(args).redirectError(errors.toFile()).start();
        STARTED.add(p);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (!"open".equals(line)) throw new AssertionError(prefix + " did not open the database: " + line + " " + Files.readString(errors));
            int seen = 0;
            while (seen < acks && (line = r.readLine()) != null) {
                if (record(line, acknowledged)) seen++;
            }
            if (seen < acks) throw new AssertionError(prefix + " stopped by itself after " + seen + " writes: " + Files.readString(errors));
            LockSupport.parkNanos(extraNanos);
            p.toHandle().destroyForcibly(); // SIGKILL on POSIX; unlike Process.destroyForcibly, leaves its output readable
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            while ((line = r.readLine()) != null) record(line, acknowledged); // printed before the kill: acknowledged too
        } finally {
            p.destroyForcibly();
        }
    }

    static String compiledInto(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole "ack" line is an acknowledged write; a line cut short by the kill is not. */
    static boolean record(String line, Set<String> acknowledged) {
        Matcher m = ACK.matcher(line);
        if (!m.matches()) return false;
        acknowledged.add(m.group(1));
        return true;
    }

    /**
     * The writer's command line. Start-up is most of each run, so the writer starts lean: client
     * compiler only, serial GC, its own few jars, and SQLite's native library copied once here rather
     * than unpacked to the temporary folder by every writer.
     */
    List<String> writerCommand() throws Exception {
        return childCommand(KillTestWriter.class);
    }

    List<String> childCommand(Class<?> main) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto"));
        String library = System.mapLibraryName("sqlitejdbc");
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(
                "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library)) {
            if (in != null) {
                Path folder = Files.createDirectories(dir.resolve("native"));
                Files.copy(in, folder.resolve(library));
                command.addAll(List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + library));
            }
        }
        // Only what the writer uses: a JDBC driver lookup over the whole test class path costs every writer a moment.
        String classPath = java.util.stream.Stream.of(KillTestWriter.class, Database.class, org.sqlite.JDBC.class)
                .map(CrashSafetyTest::compiledInto).distinct().collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        command.addAll(List.of("-cp", classPath, main.getName()));
        return command;
    }

    // Restore, backup and import, each killed at random moments (seeded): the files are old-or-new, intact and private after every kill.

    static final int OPERATION_KILLS = 8;
    /** Long enough that some kills land after one or more operations completed, short enough to keep the test near 30 s. */
    static final int LONGEST_WAIT_MS = 1200;

    /** Runs a {@link KillTestOperations} child, kills it {@code waitMs} after it is ready; returns the operations it reported done. */
    int killDuring(List<String> command, List<String> args, long waitMs) throws Exception {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        Path errors = Files.createDirectories(dir.resolve("logs")).resolve("child.err");
        Process p = new ProcessBuilder(all).redirectError(errors.toFile()).start();
        STARTED.add(p);
        int done = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (!"open".equals(line)) throw new AssertionError("the child did not start: " + line + " " + Files.readString(errors));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(waitMs));
            p.toHandle().destroyForcibly();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            while ((line = r.readLine()) != null) if (line.matches("done \\d+;")) done++;
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(errors);
        assertThat(err).as("the child failed by itself").doesNotContain("Exception");
        return done;
    }

    /** A MedList database holding one person and enough entries that copying it takes a moment. */
    Path databaseOf(String name, String person, int entries) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            long id = new PersonStore(db).add(person).id();
            List<MedicationStore.Incoming> batch = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                batch.add(new MedicationStore.Incoming(new org.medlist.model.MedicationDetails(person + " medicine " + i, "", "", "", "", null, "", "", "",
                        null, "notes ".repeat(150), null), java.util.Optional.empty(), MedicationStore.Recognition.NOT_RECOGNIZED));
            }
            new MedicationStore(db).addAll(id, batch);
        }
        return file;
    }

    static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Set<String> people(Path file) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM person")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    static void assertEveryFilePrivate(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.getFileName().toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesTheOldOrTheNewDatabaseIntactAndPrivate() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        try (Database da = Database.open(databaseOf("source-a.db", "A", 150)); Database dbb = Database.open(databaseOf("source-b.db", "B", 150))) {
            Backups.backupTo(da, a);
            Backups.backupTo(dbb, b);
        }
        Path db = Files.createDirectories(dir.resolve("restored")).resolve("medlist.db");
        Backups.restore(db, a);
        List<String> command = childCommand(KillTestOperations.class);
        Random random = new Random(1601);
        int completed = 0;
        try (ModeWatcher watch = new ModeWatcher(db.getParent())) {
            for (int kill = 0; kill < OPERATION_KILLS; kill++) {
                completed += killDuring(command, List.of("restore", db.toString(), b.toString(), a.toString()), random.nextInt(LONGEST_WAIT_MS));
                assertThat(people(db)).as("after kill " + kill).isIn(Set.of("A"), Set.of("B"));
                assertThat(integrity(db)).as("after kill " + kill).isEqualTo("ok");
                assertEveryFilePrivate(db.getParent());
            }
            watch.close();
            assertThat(watch.leaks()).isEmpty();
        }
        System.out.println("restore kills: " + OPERATION_KILLS + ", restores completed between them: " + completed);
    }

    @Test
    void aBackupKilledAtAnyMomentLeavesNoBackupOrAWholeOneAndNothingReadableByOthers() throws Exception {
        Path db = databaseOf("medlist.db", "Ann", 300);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("backup.db");
        List<String> command = childCommand(KillTestOperations.class);
        Random random = new Random(1602);
        int completed = 0;
        try (ModeWatcher watch = new ModeWatcher(out)) {
            for (int kill = 0; kill < OPERATION_KILLS; kill++) {
                completed += killDuring(command, List.of("backup", db.toString(), target.toString()), random.nextInt(LONGEST_WAIT_MS));
                if (Files.exists(target)) {
                    assertThat(integrity(target)).as("after kill " + kill).isEqualTo("ok");
                    assertThat(people(target)).containsExactly("Ann");
                }
                assertEveryFilePrivate(out);
                assertThat(integrity(db)).isEqualTo("ok");
            }
            watch.close();
            assertThat(watch.filesSeen()).isPositive();
            assertThat(watch.leaks()).isEmpty();
        }
        System.out.println("backup kills: " + OPERATION_KILLS + ", backups completed between them: " + completed);
    }

    @Test
    void anImportKilledAtAnyMomentWritesWholeBatchesOnly() throws Exception {
        Path db = databaseOf("medlist.db", "Importer", 0);
        List<String> command = childCommand(KillTestOperations.class);
        Random random = new Random(1603);
        int acknowledged = 0;
        for (int kill = 0; kill < OPERATION_KILLS; kill++) {
            int done = killDuring(command, List.of("import", db.toString(), "run" + kill), random.nextInt(LONGEST_WAIT_MS));
            acknowledged += done;
            assertThat(integrity(db)).as("after kill " + kill).isEqualTo("ok");
            java.util.Map<String, Long> batches = new java.util.HashMap<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM medication")) {
                while (rs.next()) batches.merge(rs.getString(1).replaceAll("-\\d+$", ""), 1L, Long::sum);
            }
            assertThat(batches.values()).as("after kill " + kill).allMatch(n -> n == KillTestOperations.BATCH);
            for (int n = 0; n < done; n++) assertThat(batches).as("acknowledged batch").containsKey("run" + kill + "-" + n);
            assertEveryFilePrivate(dir);
        }
        System.out.println("import kills: " + OPERATION_KILLS + ", batches acknowledged: " + acknowledged);
    }

    @Test
    void theDatabaseItsJournalAndANewFolderAreReadableByTheirUserOnly() throws Exception {
        Path db = dir.resolve("new-folder").resolve("medlist.db");
        try (Database d = Database.open(db)) {
            new PersonStore(d).add("Ann");
            for (Path f : List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"))) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.getFileName().toString()).isEqualTo("rw-------");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent()))).isEqualTo("rwx------");
    }
}
