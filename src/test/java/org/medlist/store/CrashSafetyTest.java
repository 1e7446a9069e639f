package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write acknowledged after commit survives the writing process being killed (SIGKILL) at a
 * random moment, a hundred times over; the file stays intact. Also: the file is private to its user.
 */
class CrashSafetyTest {
    static final int KILLS = 100;
    @TempDir Path dir;

    @Test
    void acknowledgedWritesSurviveAHundredKills() throws Exception {
        Path db = dir.resolve("kill.db");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < KILLS; run++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    KillTestWriter.class.getName(), db.toString(), "run" + run).redirectErrorStream(false).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("ack ")) acknowledged.add(line.substring(4));
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed mid-line: that line was never acknowledged
                }
            });
            reader.start();
            Thread.sleep(250 + random.nextInt(500));
            p.destroyForcibly(); // SIGKILL on POSIX
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
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
