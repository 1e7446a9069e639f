package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestSchemaInACreatedFolder() {
        Path file = dir.resolve("deep/er/medlist.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningKeepsEverythingAndDoesNotMigrateAgain() {
        Path file = dir.resolve("medlist.db");
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).add("Ann");
            new MedicationStore(db).add(ann.id(), MedicationDetails.named("Lexapro"), MedicationStore.Recognition.NOT_RECOGNIZED);
        }
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).require("ann");
            assertThat(new MedicationStore(db).current(ann.id())).extracting(Medication::name).containsExactly("Lexapro");
        }
    }

    @Test
    void refusesAFileFromANewerMedListAndLeavesItByteForByte() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID); // a newer MedList marks its files too
        }
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer MedList")
                .hasMessageContaining("has not been changed");
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesIt() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a MedList database or is damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void migratesAVersionOneFileThatHoldsData() throws Exception {
        Path file = versionOneFile(dir.resolve("v1.db"), "Bob");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO medication(person_id, name, dose) VALUES (1, 'Zoloft', '50 mg')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            Person bob = new PersonStore(db).require("Bob");
            Medication zoloft = new MedicationStore(db).current(bob.id()).get(0);
            assertThat(zoloft.details().dose()).isEqualTo("50 mg");
            assertThat(zoloft.kbVersion()).isEmpty();
            assertThat(new ProfileStore(db).get(bob.id()).allergyState()).isEqualTo(org.medlist.model.Profile.AllergyState.NOT_RECORDED);
        }
    }

    @Test
    void twoWritersAtOnceBothSucceed() throws Exception {
        Path file = dir.resolve("shared.db");
        long personId;
        try (Database db = Database.open(file)) {
            personId = new PersonStore(db).add("Ann").id();
        }
        int perWriter = 150;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?>[] writers = new Future<?>[2];
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers[w] = pool.submit(() -> {
                try (Database db = Database.open(file)) {
                    MedicationStore store = new MedicationStore(db);
                    for (int i = 0; i < perWriter; i++) {
                        store.add(personId, MedicationDetails.named("w" + writer + "-" + i), MedicationStore.Recognition.NOT_RECOGNIZED);
                    }
                }
                return null;
            });
        }
        for (Future<?> f : writers) f.get();
        pool.shutdown();
        try (Database db = Database.open(file)) {
            assertThat(new MedicationStore(db).current(personId)).hasSize(2 * perWriter);
        }
    }

    @Test
    void defaultLocationFollowsEachOperatingSystemsConvention() {
        assertThat(DatabaseLocation.defaultPath("Linux", "/home/ann", Map.of()))
                .isEqualTo(Path.of("/home/ann/.local/share/medlist/medlist.db"));
        assertThat(DatabaseLocation.defaultPath("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/medlist/medlist.db"));
        assertThat(DatabaseLocation.defaultPath("Mac OS X", "/Users/ann", Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/MedList/medlist.db"));
        assertThat(DatabaseLocation.defaultPath("Windows 11", "C:\\Users\\ann", Map.of("APPDATA", "R")))
                .isEqualTo(Path.of("R", "MedList", "medlist.db"));
    }

    /** A database as MedList's first schema wrote it, with one person in it. */
    static Path versionOneFile(Path file, String person) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.STEPS.get(0)) s.execute(sql);
            s.execute("PRAGMA user_version = 1");
            try (var ps = c.prepareStatement("INSERT INTO person(name) VALUES (?)")) {
                ps.setString(1, person);
                ps.executeUpdate();
            }
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutGivesAnInUseMessageAndNoDamage() throws Exception {
        Path file = dir.resolve("held.db");
        Duration busyTimeout = Duration.ofMillis(300);
        try (Database db = Database.open(file, busyTimeout)) {
            Person ann = new PersonStore(db).add("Ann");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
                s.execute("BEGIN IMMEDIATE"); // another program holds the write lock and does not let go
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> new MedicationStore(db).add(ann.id(), MedicationDetails.named("Lexapro"),
                        MedicationStore.Recognition.NOT_RECOGNIZED))
                        .isInstanceOf(StoreException.class).hasMessageContaining("is in use by another program");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("waited for the lock").isGreaterThanOrEqualTo(busyTimeout.minusMillis(50));
                s.execute("ROLLBACK");
            }
            new MedicationStore(db).add(ann.id(), MedicationDetails.named("Lexapro"), MedicationStore.Recognition.NOT_RECOGNIZED);
            assertThat(new MedicationStore(db).current(ann.id())).hasSize(1);
        }
    }

    @Test
    void theWindowAndCommandsWaitTenSecondsForAnotherProgramsLock() {
        try (Database db = Database.open(dir.resolve("default.db"))) {
            int waitsMillis = db.inTransaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA busy_timeout")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(waitsMillis).isEqualTo(10_000);
        }
    }

    @Test
    void anErrorInsideATransactionCommitsNothingAndTheConnectionStaysUsable() {
        try (Database db = Database.open(dir.resolve("error.db"))) {
            PersonStore people = new PersonStore(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO person(name) VALUES ('Half done')");
                }
                throw new StackOverflowError("simulated");
            })).isInstanceOf(StackOverflowError.class);
            assertThat(people.findByName("Half done")).isEmpty();
            people.add("Ann");
            assertThat(people.all()).extracting(Person::name).containsExactly("Ann");
        }
    }

    @Test
    void aTransactionInsideAnotherJoinsItAndFailsAsOne() {
        try (Database db = Database.open(dir.resolve("nested.db"))) {
            PersonStore people = new PersonStore(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                people.add("Inner");
                throw new InvalidInputException("outer fails after the inner step");
            })).isInstanceOf(InvalidInputException.class);
            assertThat(people.all()).isEmpty();
        }
    }
}
