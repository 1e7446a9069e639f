package org.medlist.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.exchange.ListExport;
import org.medlist.exchange.MedicationCsv;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.store.Backups;
import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.ViewModelFixture;

/** Exports, CSV import, backup and restore from the window, on real files. */
class ExchangeViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    final List<Path> restoredFrom = new ArrayList<>();
    ExchangeViewModel vm;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        vm = new ExchangeViewModel(f.jobs, new DatabaseFile() {
            @Override
            public Path path() { return f.file; }

            @Override
            public Optional<Path> latestAutomaticBackup() { return Backups.latestAutomatic(f.file); }

            @Override
            public Optional<Path> restoreFrom(Path backup) {
                Backups.verify(backup); // the real check; the open test database is left as it is
                restoredFrom.add(backup);
                return Optional.of(dir.resolve("kept.db"));
            }
        });
    }

    @AfterEach
    void close() { f.close(); }

    @Test
    void anExportIsWrittenReadableByTheUserOnlyAndSaysHowManyEntries() throws Exception {
        f.app.add(ann.id(), MedicationDetails.named("Lexapro 10 mg"));
        long stopped = f.app.add(ann.id(), MedicationDetails.named("Zoloft")).id();
        f.app.stop(ann.id(), stopped);
        Path csv = dir.resolve("ann.csv");
        AtomicBoolean done = new AtomicBoolean();
        vm.export(ann, ListExport.Format.CSV, csv, () -> done.set(true));
        assertThat(done).isTrue();
        assertThat(Files.readString(csv)).startsWith("name,").contains("Lexapro 10 mg").contains("Zoloft");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        assertThat(f.message()).isEqualTo("Exported 2 entries of Ann to " + csv + ".");

        Path fhir = dir.resolve("ann.json");
        vm.export(ann, ListExport.Format.FHIR, fhir, () -> {});
        assertThat(Files.readString(fhir)).contains("\"resourceType\"").contains("Lexapro 10 mg");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fhir))).isEqualTo("rw-------");
    }

    @Test
    void anExportToAFolderThatDoesNotExistFailsWithAMessageAndDoesNotCallDone() {
        AtomicBoolean done = new AtomicBoolean();
        vm.export(ann, ListExport.Format.CSV, dir.resolve("missing").resolve("ann.csv"), () -> done.set(true));
        assertThat(done).isFalse();
        assertThat(f.status.errorProperty().get()).contains("does not exist");
    }

    @Test
    void aGoodCsvIsImportedWhole() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "name,strength,reason\nLexapro,10 mg,mood\nlexipro,,\n");
        AtomicReference<ExchangeViewModel.ImportOutcome> outcome = new AtomicReference<>();
        vm.importCsv(ann, csv, outcome::set);
        assertThat(outcome.get().ok()).isTrue();
        assertThat(outcome.get().added()).extracting(Medication::name).containsExactly("Lexapro", "lexipro");
        assertThat(f.app.current(ann.id())).filteredOn(m -> m.name().equals("Lexapro")).singleElement()
                .satisfies(m -> assertThat(m.ingredients()).containsExactly("escitalopram"));
    }

    @Test
    void aCsvWithBadRowsAddsNothingAndNamesEveryProblemByLine() throws Exception {
        String tooLong = "x".repeat(MedicationDetails.MAX_NAME_LENGTH + 1);
        Path csv = Files.writeString(dir.resolve("bad.csv"), "name,strength\nLexapro,10 mg\n,5 mg\n" + tooLong + ",1 mg\n");
        AtomicReference<ExchangeViewModel.ImportOutcome> outcome = new AtomicReference<>();
        vm.importCsv(ann, csv, outcome::set);
        assertThat(outcome.get().ok()).isFalse();
        assertThat(outcome.get().added()).isEmpty();
        assertThat(outcome.get().problems()).extracting(MedicationCsv.Problem::line).containsExactly(3L, 4L);
        assertThat(f.app.all(ann.id())).isEmpty();
    }

    @Test
    void aFileThatIsNotThereIsRefusedInOneLine() {
        AtomicReference<ExchangeViewModel.ImportOutcome> outcome = new AtomicReference<>();
        vm.importCsv(ann, dir.resolve("nowhere.csv"), outcome::set);
        assertThat(outcome.get().ok()).isFalse();
        assertThat(outcome.get().refusal()).isNotBlank().doesNotContain("\n");
        assertThat(f.app.all(ann.id())).isEmpty();
    }

    @Test
    void aBackupIsAnIntactCopyOfTheDatabase() {
        f.app.add(ann.id(), MedicationDetails.named("Lexapro"));
        Path backup = dir.resolve("backup.db");
        vm.backupTo(backup);
        Backups.verify(backup);
        assertThat(f.message()).isEqualTo("Backed up the whole database to " + backup + ".");
        try (org.medlist.store.Database copy = org.medlist.store.Database.open(backup, ViewModelFixture.CLOCK)) {
            assertThat(new org.medlist.store.MedicationStore(copy).current(ann.id())).extracting(Medication::name).containsExactly("Lexapro");
        }
    }

    @Test
    void restoringChecksTheFileReopensAndSaysWhereTheOldDatabaseIsKept() throws Exception {
        Path backup = dir.resolve("backup.db");
        vm.backupTo(backup);
        AtomicBoolean reopened = new AtomicBoolean();
        AtomicReference<String> said = new AtomicReference<>();
        vm.restoreFrom(backup, () -> reopened.set(true), said::set);
        assertThat(reopened).isTrue();
        assertThat(said.get()).isEqualTo("Restored backup.db. The previous database is kept as " + dir.resolve("kept.db") + ".");

        Path notABackup = Files.writeString(dir.resolve("notes.txt"), "hello");
        reopened.set(false);
        vm.restoreFrom(notABackup, () -> reopened.set(true), said::set);
        assertThat(reopened).isFalse();
        assertThat(f.status.errorProperty().get()).contains("is not a usable MedList backup");
        assertThat(restoredFrom).containsExactly(backup);
        assertThat(vm.today()).isEqualTo(ViewModelFixture.TODAY);
    }
}
