package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 through the command line: the right file named, one line, files private, unreadable values reported. */
class CliDataSafetyTest {
    @TempDir Path dir;

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static void oneLine(CliRun r) {
        assertThat(r.err().strip()).as(r.err()).doesNotContain("\n").doesNotContain("SQLITE").doesNotContain("Exception");
    }

    @Test
    void backupOntoAnExistingTextFileNamesThatFileAndNeedsForce() throws Exception {
        Path db = dir.resolve("medlist.db");
        CliRun.on(db, "patient", "add", "Ann");
        Path text = Files.writeString(dir.resolve("notes.txt"), "my notes");
        CliRun refused = CliRun.on(db, "backup", text.toString());
        assertThat(refused.code()).isEqualTo(MedListCommand.INVALID);
        assertThat(refused.err()).isEqualTo("medlist: The file " + text + " already exists and is not a MedList backup: nothing was written. "
                + "Choose another name, or use backup --force to replace it.\n");
        assertThat(refused.err()).doesNotContain(db.toString());
        assertThat(Files.readString(text)).isEqualTo("my notes");
        CliRun forced = CliRun.on(db, "backup", "--force", text.toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(mode(text)).isEqualTo("rw-------");
        CliRun again = CliRun.on(db, "backup", text.toString()); // now a MedList backup: replaced without --force
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void aDanglingDbLinkAndARestoreToANewPathMakePrivateFiles() throws Exception {
        Path target = dir.resolve("real.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), target);
        assertThat(CliRun.on(link, "patient", "add", "Ann").code()).isZero();
        assertThat(mode(target)).isEqualTo("rw-------");
        Path copy = dir.resolve("copy.db");
        assertThat(CliRun.on(link, "backup", copy.toString()).code()).isZero();
        assertThat(mode(copy)).isEqualTo("rw-------");
        Path fresh = dir.resolve("elsewhere").resolve("new.db");
        CliRun restored = CliRun.on(fresh, "restore", copy.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).isEqualTo("restored from " + copy + "\n");
        assertThat(mode(fresh)).isEqualTo("rw-------");
        assertThat(CliRun.on(fresh, "patients", "--json").json().get("patients")).hasSize(1);
    }

    @Test
    void anotherProgramsFileAndAnEmptyFileGetOneLineAndTheEmptyOneOffersTheBackup() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY)");
        }
        CliRun foreign = CliRun.on(other, "list", "--patient", "Ann");
        assertThat(foreign.code()).isEqualTo(MedListCommand.FAILURE);
        assertThat(foreign.err()).startsWith("medlist: The file " + other + " is not a MedList database");
        oneLine(foreign);

        Path db = dir.resolve("medlist.db");
        CliRun.on(db, "patient", "add", "Ann");
        org.medlist.store.Database opened = org.medlist.store.Database.open(db);
        org.medlist.store.Backups.dailyIfDue(opened); // the window's daily backup
        opened.close();
        Files.write(db, new byte[0]);
        CliRun empty = CliRun.on(db, "list", "--patient", "Ann");
        assertThat(empty.code()).isEqualTo(MedListCommand.FAILURE);
        assertThat(empty.err()).contains("is empty").contains("The latest automatic backup is");
        oneLine(empty);
        assertThat(Files.size(db)).isZero();
    }

    @Test
    void anUnreadableStoredValueIsNamedAndListStillShowsEveryOtherEntry() throws Exception {
        Path db = dir.resolve("medlist.db");
        CliRun.on(db, "patient", "add", "Ann");
        CliRun.on(db, "add", "--patient", "Ann", "Lexapro");
        CliRun.on(db, "add", "--patient", "Ann", "Valium");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE medication SET started = 'not-a-date', times = 'MORNING,elevenses' WHERE name = 'Valium'");
        }
        CliRun list = CliRun.on(db, "list", "--patient", "Ann", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json().get("medications")).extracting(m -> m.get("name").asText()).containsExactly("Lexapro", "Valium");
        assertThat(list.err()).contains("medlist: Entry 2 (Valium): the start date stored as \"not-a-date\" is not a date MedList can read")
                .contains("medlist: Entry 2 (Valium): the time of day stored as \"elevenses\" is not one MedList knows");
        CliRun check = CliRun.on(db, "check", "--patient", "Ann", "--json");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.json().get("interactions").size()).isPositive(); // Lexapro + Valium are still checked together
    }
}
