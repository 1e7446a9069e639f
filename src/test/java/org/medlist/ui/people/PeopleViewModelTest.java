package org.medlist.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.app.Knowledge;
import org.medlist.app.MedList;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.Person;
import org.medlist.store.Backups;
import org.medlist.store.Database;
import org.medlist.ui.common.Background;
import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.Jobs;
import org.medlist.ui.common.StatusModel;
import org.medlist.ui.common.ViewModelFixture;

/**
 * The people view-model over a database file opened on first use, as the window does: add, rename,
 * remove, and a database that cannot be opened (its latest automatic backup is offered and restored).
 */
class PeopleViewModelTest {
    @TempDir Path dir;
    final StatusModel status = new StatusModel();
    Path file;
    MedList app; // opened by the first job, like the window's
    PeopleViewModel vm;

    /** The database as real files: the open application is closed before a restore, as in the window. */
    final class RealFile implements DatabaseFile {
        @Override
        public Path path() { return file; }

        @Override
        public Optional<Path> latestAutomaticBackup() { return Backups.latestAutomatic(file); }

        @Override
        public Optional<Path> restoreFrom(Path backup) {
            Backups.verify(backup);
            if (app != null) app.close();
            app = null;
            return Backups.restore(file, backup);
        }
    }

    private MedList app() {
        if (app == null) {
            app = new MedList(new Knowledge(BundledKnowledge.get(), ViewModelFixture.CLOCK), Database.open(file, ViewModelFixture.CLOCK), ViewModelFixture.CLOCK);
        }
        return app;
    }

    private PeopleViewModel open(Path databaseFile) {
        file = databaseFile;
        vm = new PeopleViewModel(new Jobs(Background.synchronous(), this::app, status, ViewModelFixture.CLOCK), new RealFile());
        vm.load();
        return vm;
    }

    @AfterEach
    void close() {
        if (app != null) app.close();
    }

    private String message() { return status.messageProperty().get(); }

    @Test
    void aNewDatabaseWelcomesAndAddingAPersonSelectsThem() {
        open(dir.resolve("new.db"));
        assertThat(vm.people()).isEmpty();
        assertThat(vm.selected()).isEmpty();
        assertThat(message()).isEqualTo("Welcome. Add a person to start a medication list.");
        assertThat(vm.databaseProblemProperty().get()).isEmpty();
        vm.add("  Ann ");
        vm.add("Bob");
        assertThat(vm.people()).extracting(Person::name).containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(vm.selected()).map(Person::name).contains("Bob");
        assertThat(message()).isEqualTo("Added Bob.");
    }

    @Test
    void anExistingDatabaseOpensWithItsPeopleAndTheFirstSelected() {
        try (Database db = Database.open(dir.resolve("old.db"), ViewModelFixture.CLOCK)) {
            new org.medlist.store.PersonStore(db).add("Ann");
            new org.medlist.store.PersonStore(db).add("Bob");
        }
        open(dir.resolve("old.db"));
        assertThat(vm.people()).hasSize(2);
        assertThat(vm.selected()).isPresent().get().isEqualTo(vm.people().get(0));
        assertThat(message()).isEqualTo("Opened old.db — 2 people.");
    }

    @Test
    void renamingKeepsThePersonSelectedAndADuplicateNameIsRefused() {
        open(dir.resolve("m.db"));
        vm.add("Ann");
        vm.add("Bob");
        Person bob = vm.selected().orElseThrow();
        vm.rename(bob, "Robert");
        assertThat(vm.people()).extracting(Person::name).contains("Robert").doesNotContain("Bob");
        assertThat(vm.selected()).map(Person::id).contains(bob.id());
        assertThat(message()).isEqualTo("Renamed Bob to Robert.");
        vm.rename(vm.selected().get(), "Ann");
        assertThat(status.errorProperty().get()).isNotEmpty();
        assertThat(vm.people()).extracting(Person::name).containsExactlyInAnyOrder("Ann", "Robert");
    }

    @Test
    void removingAPersonSelectsTheFirstLeft() {
        open(dir.resolve("m.db"));
        vm.add("Ann");
        vm.add("Bob");
        vm.remove(vm.selected().orElseThrow());
        assertThat(vm.people()).extracting(Person::name).containsExactly("Ann");
        assertThat(vm.selected()).map(Person::name).contains("Ann");
        assertThat(message()).isEqualTo("Removed Bob and their medication list.");
        vm.remove(vm.selected().get());
        assertThat(vm.selected()).isEmpty();
        assertThat(app.people()).isEmpty();
    }

    @Test
    void aDamagedDatabaseSaysWhyOffersTheLatestBackupAndRestoresIt() throws Exception {
        Path damaged = dir.resolve("damaged.db");
        try (Database db = Database.open(damaged, ViewModelFixture.CLOCK)) {
            new org.medlist.store.PersonStore(db).add("Ann");
            Backups.dailyIfDue(db);
        }
        Path backup = Backups.latestAutomatic(damaged).orElseThrow();
        Files.writeString(damaged, "name,dose\nAspirin,1 tablet\n");

        open(damaged);
        assertThat(vm.databaseProblemProperty().get()).contains("not a MedList database or is damaged");
        assertThat(status.errorProperty().get()).isEqualTo(vm.databaseProblemProperty().get());
        assertThat(vm.restorableBackupProperty().get()).isEqualTo(backup);
        assertThat(vm.people()).isEmpty();

        vm.restoreLatestBackup();
        assertThat(vm.databaseProblemProperty().get()).isEmpty();
        assertThat(vm.restorableBackupProperty().get()).isNull();
        assertThat(vm.people()).extracting(Person::name).containsExactly("Ann");
        assertThat(message()).startsWith("Opened damaged.db");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("damaged.db.before-restore-"));
    }

    @Test
    void aDamagedDatabaseWithoutABackupOffersNone() throws Exception {
        Path damaged = dir.resolve("junk.db");
        Files.writeString(damaged, "not a database at all, just some text that is long enough");
        open(damaged);
        assertThat(vm.databaseProblemProperty().get()).isNotEmpty();
        assertThat(vm.restorableBackupProperty().get()).isNull();
        vm.restoreLatestBackup(); // nothing to restore: nothing happens
        assertThat(vm.databaseProblemProperty().get()).isNotEmpty();
    }
}
