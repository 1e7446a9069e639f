package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Issue 16, storage part: identity, backups, strict and atomic restore, private files, WAL, plain messages, unreadable values. */
class DataSafetyTest {
    @TempDir Path dir;

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    static Path withAnn(Path file, String... medicines) {
        try (Database db = Database.open(file)) {
            PersonStore people = new PersonStore(db);
            Person ann = people.findByName("Ann").orElseGet(() -> people.add("Ann"));
            for (String m : medicines) new MedicationStore(db).add(ann.id(), MedicationDetails.named(m), MedicationStore.Recognition.NOT_RECOGNIZED);
        }
        return file;
    }

    static List<String> medicines(Path file) {
        try (Database db = Database.open(file)) {
            return new MedicationStore(db).current(new PersonStore(db).require("Ann").id()).stream().map(Medication::name).toList();
        }
    }

    static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : statements) s.execute(q);
        }
    }

    static int intPragma(Path file, String pragma) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.getInt(1);
        }
    }

    private Path backupOf(Path file, String name) {
        Path target = dir.resolve(name);
        try (Database db = Database.open(file)) {
            Backups.backupTo(db, target);
        }
        return target;
    }

    private List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // Identity

    @Test
    void anotherProgramsSqliteFileIsRefusedAndNeverMigrated() throws Exception {
        Path zero = dir.resolve("other-v0.db");
        sql(zero, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)", "INSERT INTO notes(text) VALUES ('mine')");
        Path two = dir.resolve("other-v2.db");
        sql(two, "CREATE TABLE person(x)", "CREATE TABLE invoices(y)", "PRAGMA user_version = 2");
        Path otherId = dir.resolve("other-id.db");
        sql(otherId, "CREATE TABLE t(x)", "PRAGMA application_id = 42");
        for (Path file : List.of(zero, two, otherId)) {
            String before = DamagedFilesTest.sha256(file);
            assertThatThrownBy(() -> Database.open(file)).as(file.getFileName().toString()).isInstanceOf(StoreException.class)
                    .hasMessage("The file " + file + " is not a MedList database (it belongs to another program, or is damaged). It has not been changed.");
            assertThat(DamagedFilesTest.sha256(file)).isEqualTo(before);
            assertThat(intPragma(file, "application_id")).isNotEqualTo(Schema.APPLICATION_ID);
        }
    }

    @Test
    void aZeroByteOrHeaderOnlyFileIsDamagedNotNewAndTheBackupIsStillOffered() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro");
        try (Database db = Database.open(file)) {
            assertThat(Backups.dailyIfDue(db)).isPresent();
        }
        byte[] whole = Files.readAllBytes(file);
        Path backup = Backups.latestAutomatic(file).orElseThrow();
        for (byte[] content : List.of(new byte[0], Arrays.copyOf(whole, 100))) {
            Files.write(file, content);
            assertThatThrownBy(() -> Database.open(file)).as(content.length + " bytes").isInstanceOf(StoreException.class)
                    .hasMessageContaining("damaged").hasMessageContaining("has not been changed")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
            assertThat(Backups.latestAutomatic(file)).contains(backup);
        }
    }

    @Test
    void aMedListFileFromBeforeTheIdentityGetsItOnceAndKeepsItsData() throws Exception {
        Path file = DatabaseTest.versionOneFile(dir.resolve("v1.db"), "Ann");
        assertThat(intPragma(file, "application_id")).isZero();
        try (Database db = Database.open(file)) {
            assertThat(new PersonStore(db).require("Ann")).isNotNull();
        }
        assertThat(intPragma(file, "application_id")).isEqualTo(Schema.APPLICATION_ID);
        Path fresh = dir.resolve("fresh.db");
        Database.open(fresh).close();
        assertThat(intPragma(fresh, "application_id")).isEqualTo(Schema.APPLICATION_ID);
    }

    @Test
    void aNewDatabaseBehindADanglingLinkIsPrivateFromItsFirstByte() throws Exception {
        Path target = dir.resolve("data").resolve("real.db");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), target);
        try (ModeWatcher watch = new ModeWatcher(target.getParent())) {
            withAnn(link, "Lexapro");
            watch.close();
            assertThat(watch.leaks()).isEmpty();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(mode(target)).isEqualTo("rw-------");
        assertThat(medicines(link)).containsExactly("Lexapro");
    }

    // Backups

    @Test
    void backupNamesAreUtcAndLaterThanEveryBackupAlreadyThere() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro");
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14: a local-time name would be 14 hours ahead
            Path made;
            try (Database db = Database.open(file)) {
                made = db.read(c -> Backups.automatic(c, file, "test"));
            }
            String stamp = made.getFileName().toString().substring("medlist-".length(), "medlist-".length() + 15);
            String utcNow = java.time.LocalDateTime.now(java.time.Clock.systemUTC()).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            assertThat(Math.abs(Long.parseLong(stamp.replace("-", "")) - Long.parseLong(utcNow.replace("-", "")))).isLessThan(200);
            // a backup named in the future (a clock that was ahead, then set back): the next one still sorts after it
            Path future = Files.copy(made, made.resolveSibling("medlist-20991231-235959-998-daily.db"));
            Path next;
            try (Database db = Database.open(file)) {
                next = db.read(c -> Backups.automatic(c, file, "test"));
            }
            assertThat(Backups.automaticBackups(file)).endsWith(future, next);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void anEmptyDatabaseIsNeverTheLatestBackupAndPruningKeepsTheNewestWithData() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro");
        Path withData;
        try (Database db = Database.open(file)) {
            withData = Backups.dailyIfDue(db).orElseThrow();
        }
        Path empty = dir.resolve("empty.db");
        try (Database db = Database.open(empty)) {
            assertThat(Backups.dailyIfDue(db)).as("no daily backup of a database without people").isEmpty();
            for (int i = 0; i < Backups.KEEP + 3; i++) db.read(c -> Backups.automatic(c, file, "empty"));
        }
        assertThat(Backups.automaticBackups(file)).contains(withData).hasSize(Backups.KEEP + 1);
        assertThat(Backups.latestAutomatic(file)).contains(withData);
    }

    @Test
    void aBackupIsPrivateFromItsFirstByteAndReplacesOnlyAMedListBackup() throws Exception {
        Path file = dir.resolve("medlist.db");
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).add("Ann");
            for (int i = 0; i < 200; i++) {
                new MedicationStore(db).add(ann.id(), new MedicationDetails("Medicine " + i, "", "", "", "", null, "", "", "", null,
                        "notes ".repeat(300), null), MedicationStore.Recognition.NOT_RECOGNIZED);
            }
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path copy = out.resolve("copy.db");
        try (ModeWatcher watch = new ModeWatcher(out); Database db = Database.open(file)) {
            Backups.backupTo(db, copy);
            Backups.backupTo(db, copy); // an earlier MedList backup may be replaced
            watch.close();
            assertThat(watch.filesSeen()).isPositive();
            assertThat(watch.leaks()).isEmpty();
        }
        assertThat(mode(copy)).isEqualTo("rw-------");
        assertThat(namesIn(out)).containsExactly("copy.db");

        Path text = Files.writeString(out.resolve("notes.txt"), "my notes");
        Path otherDb = withAnn(dir.resolve("other.db"), "Valium");
        String otherBefore = DamagedFilesTest.sha256(otherDb);
        Path link = Files.createSymbolicLink(out.resolve("link.db"), otherDb);
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> Backups.backupTo(db, text)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("The file " + text + " already exists and is not a MedList backup: nothing was written. "
                            + "Choose another name, or use backup --force to replace it.");
            assertThatThrownBy(() -> Backups.backupTo(db, link, true)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(link + " is a symbolic link").hasMessageContaining("Nothing was written");
            assertThat(Files.readString(text)).isEqualTo("my notes");
            assertThat(DamagedFilesTest.sha256(otherDb)).isEqualTo(otherBefore);
            Backups.backupTo(db, text, true);
        }
        assertThat(mode(text)).isEqualTo("rw-------");
        assertThat(medicines(text)).hasSize(200);
    }

    // Restore

    @Test
    void restoreRefusesAnyCandidateThatIsNotExactlyMedListsSchemaAndLeavesTheDatabase() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro");
        Path good = backupOf(withAnn(dir.resolve("source.db"), "Valium", "Warfarin"), "good.db");
        List<String[]> crafted = List.of(
                new String[] {"trigger", "CREATE TRIGGER swap AFTER INSERT ON medication_ingredient BEGIN UPDATE medication_ingredient SET ingredient = 'water'; END"},
                new String[] {"view", "CREATE VIEW v AS SELECT * FROM person"},
                new String[] {"missing-column", "ALTER TABLE person DROP COLUMN emergency_contact"},
                new String[] {"missing-index", "DROP INDEX medication_person"},
                new String[] {"extra-table", "CREATE TABLE extra(x)"},
                new String[] {"check", "PRAGMA ignore_check_constraints = ON", "UPDATE medication SET kind = 'poison'"},
                new String[] {"foreign-key", "PRAGMA foreign_keys = OFF", "INSERT INTO medication(person_id, name) VALUES (999, 'Orphan')"},
                new String[] {"other-program", "PRAGMA application_id = 42"});
        String before = DamagedFilesTest.sha256(file);
        for (String[] c : crafted) {
            Path bad = Files.copy(good, dir.resolve(c[0] + ".db"));
            sql(bad, Arrays.copyOfRange(c, 1, c.length));
            assertThatThrownBy(() -> Backups.restore(file, bad)).as(c[0]).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("The file " + bad + " is not a usable MedList backup: ").hasMessageEndingWith("Nothing was changed.");
            assertThat(DamagedFilesTest.sha256(file)).as(c[0]).isEqualTo(before);
        }
        assertThat(namesIn(dir)).noneMatch(n -> n.contains("before-restore") || n.startsWith("."));
        assertThat(medicines(file)).containsExactly("Lexapro");
    }

    @Test
    void restoreSwapsInOneRenameKeepsTheOldDatabaseAndEveryFileIsPrivate() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro");
        Path backup = backupOf(withAnn(dir.resolve("source.db"), "Valium"), "backup.db");
        Optional<Path> kept;
        try (ModeWatcher watch = new ModeWatcher(dir)) {
            kept = Backups.restore(file, backup);
            watch.close();
            assertThat(watch.leaks()).isEmpty();
        }
        assertThat(medicines(file)).containsExactly("Valium");
        assertThat(kept).hasValueSatisfying(k -> assertThat(k.getFileName().toString()).startsWith("medlist.db.before-restore-"));
        assertThat(medicines(kept.get())).containsExactly("Lexapro");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(kept.get())).isEqualTo("rw-------");
        assertThat(namesIn(dir)).noneMatch(n -> n.startsWith("."));

        Path fresh = dir.resolve("new-folder").resolve("restored.db");
        assertThat(Backups.restore(fresh, backup)).isEmpty();
        assertThat(mode(fresh)).isEqualTo("rw-------");
        assertThat(medicines(fresh)).containsExactly("Valium");
    }

    // WAL

    @Test
    void closingCheckpointsTheJournalEvenWhileAnotherProgramHasTheFileOpen() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.executeQuery("SELECT count(*) FROM person").close();
            try (Database db = Database.open(file)) {
                Person ann = new PersonStore(db).require("Ann");
                for (int i = 0; i < 20; i++) new MedicationStore(db).add(ann.id(), MedicationDetails.named("M" + i), MedicationStore.Recognition.NOT_RECOGNIZED);
            }
            assertThat(Files.size(Path.of(file + "-wal"))).isZero();
        }
    }

    /** A crash image: the database and its journal as they were while a writer (that never checkpoints) was running. */
    private Path crashImageWithTenCommits() throws Exception {
        Path file = withAnn(dir.resolve("live.db"));
        Path image = dir.resolve("image.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            for (int i = 0; i < 10; i++) s.execute("INSERT INTO person(name) VALUES ('P" + i + "')");
            Files.copy(file, image);
            Files.copy(Path.of(file + "-wal"), Path.of(image + "-wal"));
        }
        return image;
    }

    @Test
    void aDamagedJournalIsReportedAndKeptAndWhatCanBeReadStillOpens() throws Exception {
        Path image = crashImageWithTenCommits();
        Path wal = Path.of(image + "-wal");
        byte[] bytes = Files.readAllBytes(wal);
        int pageSize = java.nio.ByteBuffer.wrap(bytes, 8, 4).getInt();
        int frame3 = 32 + 3 * (24 + pageSize);
        for (int i = 0; i < 64; i++) bytes[frame3 + 24 + 100 + i] ^= 0x5A; // inside the page of a committed frame
        Files.write(wal, bytes);
        try (Database db = Database.open(image)) {
            assertThat(db.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("The journal " + wal + " is damaged: changes saved since MedList last wrote them into the database may be lost; "
                            + "the journal is kept as ").doesNotContain("\n"));
            assertThat(new PersonStore(db).findByName("Ann")).isPresent();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("image.db-wal.damaged-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
            assertThat(mode(kept)).isEqualTo("rw-------");
        }
    }

    @Test
    void aJournalOverwrittenWithRandomBytesIsReported() throws Exception {
        Path image = crashImageWithTenCommits();
        Path wal = Path.of(image + "-wal");
        byte[] junk = new byte[(int) Files.size(wal)];
        new java.util.Random(16).nextBytes(junk);
        Files.write(wal, junk);
        try (Database db = Database.open(image)) {
            assertThat(db.warnings()).singleElement().satisfies(w -> assertThat(w).contains("is damaged"));
        }
    }

    @Test
    void aJournalTornByAKillIsNotReportedAsDamage() throws Exception {
        Path image = crashImageWithTenCommits();
        Path wal = Path.of(image + "-wal");
        byte[] bytes = Files.readAllBytes(wal);
        Files.write(wal, Arrays.copyOf(bytes, bytes.length - 700)); // the last frame cut short, as a killed writer leaves it
        try (Database db = Database.open(image)) {
            assertThat(db.warnings()).isEmpty();
        }
    }

    // Messages

    @Test
    void aPipeOrAFolderAtTheDatabasePathGetsOneLineAndNoDiskError() throws Exception {
        Path fifo = dir.resolve("fifo.db");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectories(dir.resolve("folder.db"));
        for (Path p : List.of(fifo, folder)) {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> Database.open(p)).isInstanceOf(StoreException.class)
                            .hasMessage("The database " + p + " is not an ordinary file (it is a folder, a pipe or a device). "
                                    + "It has not been changed; give the path of a MedList database file with --db."));
        }
    }

    @Test
    void aDamagedBTreeGivesOneLineWithoutSqliteInternals() throws Exception {
        Path file = dir.resolve("medlist.db");
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).add("Ann");
            for (int i = 0; i < 60; i++) {
                new MedicationStore(db).add(ann.id(), new MedicationDetails("Medicine " + i, "", "", "", "", null, "", "", "", null,
                        "notes ".repeat(200), null), MedicationStore.Recognition.NOT_RECOGNIZED);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int page = 2; page < bytes.length / pageSize; page += 3) {
            for (int i = 8; i < 40; i++) bytes[page * pageSize + i] = (byte) 0xEE; // page headers and cell pointers
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("page").doesNotContain("SQLITE")
                        .contains(file.toString()).contains("damaged"));
    }

    /** A real full disk (a 1 MB tmpfs, so root only; skipped elsewhere): SQLite fails on the -shm file first, even for a read. */
    @Test
    void aFullDiskGivesOnePlainLineEvenForAReadNamingTheSharedMemoryFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(DamagedFile.isRoot(), "needs root to mount a small tmpfs");
        Path small = Files.createDirectories(dir.resolve("small"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString()).start().waitFor() == 0, "mount failed");
        try {
            Path file = withAnn(small.resolve("medlist.db"));
            try (var out = Files.newOutputStream(small.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) out.write(block);
            } catch (java.io.IOException full) {
                // the disk is full now
            }
            assertThatThrownBy(() -> {
                try (Database db = Database.open(file)) {
                    new MedicationStore(db).all(new PersonStore(db).require("Ann").id());
                }
            }).isInstanceOf(StoreException.class)
                    .hasMessage("MedList cannot make the working file " + file + "-shm beside the database (the disk may be full). "
                            + "Nothing was changed; free some space and try again.");
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    @Test
    void sharedMemoryAndUnexpectedSqliteFailuresAreOneLineInPlainWords() {
        Path file = dir.resolve("medlist.db");
        String shm = Database.describe(file, new SQLiteException("[SQLITE_IOERR_SHMSIZE] xShmMap", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE));
        assertThat(shm).isEqualTo("MedList cannot make the working file " + file + "-shm beside the database (the disk may be full). "
                + "Nothing was changed; free some space and try again.");
        String other = Database.describe(file, new SQLiteException("[SQLITE_MISMATCH]", SQLiteErrorCode.SQLITE_MISMATCH));
        assertThat(other).doesNotContain("SQLITE").doesNotContain("\n").contains(file.toString());
    }

    // Stored values another program wrote

    @Test
    void anUnreadableStoredValueNamesTheEntryAndTheRestOfTheListStillWorks() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"), "Lexapro", "Valium", "Warfarin", "Aspirin");
        sql(file, "UPDATE medication SET started = 'not-a-date' WHERE name = 'Valium'",
                "UPDATE medication SET times = 'MORNING,teatime' WHERE name = 'Warfarin'",
                "UPDATE medication SET stopped = 'yesterday' WHERE name = 'Aspirin'",
                "UPDATE person SET born = '31/12/1950', allergy_state = 'MAYBE'");
        try (Database db = Database.open(file)) {
            long ann = new PersonStore(db).require("Ann").id();
            MedicationStore meds = new MedicationStore(db);
            assertThat(meds.current(ann)).extracting(Medication::name).containsExactly("Lexapro", "Valium", "Warfarin");
            assertThat(meds.all(ann)).extracting(Medication::name).containsExactly("Lexapro", "Valium", "Warfarin");
            assertThat(meds.current(ann).get(2).details().times()).containsExactly(org.medlist.model.TimeOfDay.MORNING);
            assertThat(new ProfileStore(db).get(ann).born()).isEmpty();
            assertThat(db.warnings()).contains(
                    "Entry 2 (Valium): the start date stored as \"not-a-date\" is not a date MedList can read; it is shown without it.",
                    "Entry 3 (Warfarin): the time of day stored as \"teatime\" is not one MedList knows; it is shown without it.",
                    "Entry 4 (Aspirin): the stop date stored as \"yesterday\" is not a date MedList can read; it is left out of the list.",
                    "Ann: the birth date stored as \"31/12/1950\" is not a date MedList can read; it is treated as not known.");
        }
    }

    @Test
    void unreadableDatesOfQuestionsTicksAndDiscussedWarningsAreNamedAndNothingIsLost() throws Exception {
        Path file = withAnn(dir.resolve("medlist.db"));
        sql(file, "INSERT INTO question(person_id, text, added_on) VALUES (1, 'Can I take it with food?', 'soon')",
                "INSERT INTO checklist_tick(person_id, item_key, ticked_on) VALUES (1, 'nsaid-kidney', '2024-13-45')",
                "INSERT INTO finding_discussed(person_id, finding_key, discussed_on) VALUES (1, 'a+b', 'last week')");
        try (Database db = Database.open(file)) {
            assertThat(new QuestionStore(db).forPerson(1)).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Can I take it with food?"));
            assertThat(new ChecklistStore(db).ticks(1)).isEmpty();
            assertThat(new DiscussedStore(db).forPerson(1)).isEmpty();
            assertThat(db.warnings()).containsExactly(
                    "Question 1: the date it was written stored as \"soon\" is not a date MedList can read; it is shown as written today.",
                    "Checklist item nsaid-kidney: the date it was ticked stored as \"2024-13-45\" is not a date MedList can read; it is shown as not ticked.",
                    "Warning a+b: the date it was discussed stored as \"last week\" is not a date MedList can read; it is shown as not discussed.");
        }
    }
}
