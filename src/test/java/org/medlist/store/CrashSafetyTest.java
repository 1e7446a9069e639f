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
        command.addAll(List.of("-cp", classPath, KillTestWriter.class.getName()));
        return command;
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
