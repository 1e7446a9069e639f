package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Medication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir Path dir;

    private static long addAnn(Path file, String medicine) {
        try (Database db = Database.open(file)) {
            PersonStore people = new PersonStore(db);
            long id = people.findByName("Ann").orElseGet(() -> people.add("Ann")).id();
            new MedicationStore(db).add(id, MedicationDetails.named(medicine), MedicationStore.Recognition.NOT_RECOGNIZED);
            return id;
        }
    }

    /** A user-made backup of {@code file}, written beside it as {@code name}. */
    private Path backupOf(Path file, String name) {
        Path target = dir.resolve(name);
        try (Database db = Database.open(file)) {
            Backups.backupTo(db, target);
        }
        return target;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static java.util.List<String> medicines(Path file) {
        try (Database db = Database.open(file)) {
            return new MedicationStore(db).current(new PersonStore(db).require("Ann").id()).stream().map(Medication::name).toList();
        }
    }

    @Test
    void aBackupRestoresTheListAndTheReplacedDatabaseIsKept() {
        Path file = dir.resolve("medlist.db");
        addAnn(file, "Lexapro");
        Path backup = backupOf(file, "copy.db");
        addAnn(file, "Valium");
        Optional<Path> kept = Backups.restore(file, backup);
        assertThat(medicines(file)).containsExactly("Lexapro");
        assertThat(kept).isPresent();
        assertThat(medicines(kept.get())).containsExactlyInAnyOrder("Lexapro", "Valium");
    }

    @Test
    void restoreRefusesADamagedTruncatedOrForeignFileAndLeavesTheDatabaseAsItWas() throws Exception {
        Path file = dir.resolve("medlist.db");
        addAnn(file, "Lexapro");
        Path good = backupOf(file, "good.db");
        byte[] junk = randomBytes(4096, 5);
        Path random = Files.write(dir.resolve("random.db"), junk);
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.db"), Arrays.copyOf(whole, whole.length / 3));
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person(x)");
            s.execute("PRAGMA user_version = 99");
        }
        for (Path bad : new Path[] {random, truncated, newer, dir.resolve("missing.db")}) {
            assertThatThrownBy(() -> Backups.restore(file, bad)).as(bad.getFileName().toString())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing was changed");
        }
        assertThat(medicines(file)).containsExactly("Lexapro");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aFileThatCannotBeOpenedIsReplacedByItsBackupAndKept() throws Exception {
        Path file = dir.resolve("medlist.db");
        addAnn(file, "Lexapro");
        Path backup = backupOf(file, "copy.db");
        byte[] junk = randomBytes(8192, 9);
        Files.write(file, junk);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        Path kept = Backups.restore(file, backup).orElseThrow();
        assertThat(medicines(file)).containsExactly("Lexapro");
        assertThat(Files.readAllBytes(kept)).isEqualTo(junk);
    }

    @Test
    void aFileWithDataIsBackedUpBeforeItsSchemaChanges() throws Exception {
        Path file = DatabaseTest.versionOneFile(dir.resolve("v1.db"), "Ann");
        Database.open(file).close();
        assertThat(Backups.automaticBackups(file)).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).contains("before-migration-1"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Backups.latestAutomatic(file).orElseThrow());
             Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void oneDailyBackupAndOnlyTheLastSevenAreKept() throws Exception {
        Path file = dir.resolve("medlist.db");
        addAnn(file, "Lexapro");
        try (Database db = Database.open(file)) {
            assertThat(Backups.dailyIfDue(db)).isPresent();
            assertThat(Backups.dailyIfDue(db)).isEmpty();
            for (int i = 0; i < 9; i++) {
                Thread.sleep(2); // names carry the millisecond
                db.read(c -> Backups.automatic(c, file, "test"));
            }
        }
        assertThat(Backups.automaticBackups(file)).hasSize(Backups.KEEP);
    }
}
