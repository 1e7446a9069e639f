package org.medlist.store;

import org.medlist.model.MedicationDetails;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each damaged or unexpected file is refused with a message a person can act on, and is left byte for byte. */
class DamagedFilesTest {
    @TempDir Path dir;

    static String sha256(Path file) throws Exception {
        return Files.exists(file) ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))) : "absent";
    }

    @ParameterizedTest
    @EnumSource(DamagedFile.class)
    void refusedWithAClearMessageAndLeftUntouched(DamagedFile damage) throws Exception {
        Path file = damage.create(dir);
        String before = sha256(file);
        try {
            assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(damage.message).hasMessageContaining(damage == DamagedFile.FOLDER_CANNOT_BE_CREATED ? "" : "not been changed");
            assertThat(sha256(file)).isEqualTo(before);
            assertThat(Backups.latestAutomatic(file).isPresent()).isEqualTo(damage.hasBackup());
        } finally {
            damage.cleanUp(file);
        }
    }

    @Test
    void aFullDiskRefusesTheWriteAndKeepsEverythingSavedBefore() throws Exception {
        Path file = dir.resolve("full.db");
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).add("Ann");
            MedicationStore meds = new MedicationStore(db);
            meds.add(ann.id(), MedicationDetails.named("Lexapro"), MedicationStore.Recognition.NOT_RECOGNIZED);
            // SQLite reports a full disk as SQLITE_FULL; capping the file at its current size produces exactly that error.
            db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getInt(1));
                }
                return null;
            });
            String big = "x".repeat(MedicationDetails.MAX_TEXT_LENGTH);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 50; i++) {
                    meds.add(ann.id(), new MedicationDetails("Filler " + i, "", "", "", "", null, "", "", "", null, big, null),
                            MedicationStore.Recognition.NOT_RECOGNIZED);
                }
            }).isInstanceOf(StoreException.class).hasMessageContaining("The disk is full").hasMessageContaining("Everything saved before is kept");
            assertThat(meds.current(ann.id())).extracting(Medication::name).contains("Lexapro");
        }
        try (Database db = Database.open(file)) {
            String verdict = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(verdict).isEqualTo("ok");
        }
    }
}
