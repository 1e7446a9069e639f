package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.TimeOfDay;

/** What the summary's "what changed" and the wallet card rest on: printed summaries, the change log, the emergency contact. */
class SummaryRecordsTest {
    @TempDir Path dir;

    @Test
    void aVersionFourFileWithDataMigratesAndKeepsIt() throws Exception {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int i = 0; i < 4; i++) for (String sql : Migrations.STEPS.get(i)) s.execute(sql);
            s.execute("INSERT INTO person(name) VALUES ('Ann')");
            s.execute("INSERT INTO medication(person_id, name, dose) VALUES (1, 'Aspirin 81 mg', '1 tablet')");
            s.execute("PRAGMA user_version = 4");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            Person ann = new PersonStore(db).require("Ann");
            assertThat(new ProfileStore(db).emergencyContact(ann.id())).isEmpty();
            assertThat(new PrintedSummaryStore(db).last(ann.id(), PrintedSummaryStore.What.SUMMARY)).isEmpty();
            MedicationStore meds = new MedicationStore(db);
            Medication aspirin = meds.current(ann.id()).get(0);
            assertThat(aspirin.details().dose()).isEqualTo("1 tablet");
            assertThat(meds.changesSince(ann.id(), LocalDate.of(2000, 1, 1))).isEmpty(); // history before the log is not invented
        }
    }

    @Test
    void theLastPrintedSummaryIsKeptApartFromTheLastCard() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Person ann = new PersonStore(db).add("Ann");
            PrintedSummaryStore printed = new PrintedSummaryStore(db);
            printed.record(ann.id(), PrintedSummaryStore.What.SUMMARY, LocalDateTime.of(2026, 10, 1, 9, 0));
            printed.record(ann.id(), PrintedSummaryStore.What.SUMMARY, LocalDateTime.of(2026, 11, 2, 9, 0, 12, 345));
            printed.record(ann.id(), PrintedSummaryStore.What.CARD, LocalDateTime.of(2026, 11, 20, 9, 0));
            assertThat(printed.last(ann.id(), PrintedSummaryStore.What.SUMMARY)).contains(LocalDateTime.of(2026, 11, 2, 9, 0, 12));
            assertThat(printed.last(ann.id(), PrintedSummaryStore.What.CARD)).contains(LocalDateTime.of(2026, 11, 20, 9, 0));
        }
    }

    @Test
    void addsChangesAndPutBacksAreLoggedButNotesAreNot() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Person ann = new PersonStore(db).add("Ann");
            Clock day = Clock.fixed(LocalDateTime.of(2026, 11, 10, 8, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            MedicationStore meds = new MedicationStore(db, day);
            MedicationDetails d = new MedicationDetails("Metformin", "500 mg", "1 tablet", "", "", EnumSet.of(TimeOfDay.MORNING), "", "", "",
                    Optional.empty(), "", Kind.PRESCRIPTION);
            Medication m = meds.add(ann.id(), d, MedicationStore.Recognition.NOT_RECOGNIZED);
            meds.update(ann.id(), m.id(), new MedicationDetails("Metformin", "850 mg", "1 tablet", "", "", EnumSet.of(TimeOfDay.MORNING,
                    TimeOfDay.EVENING), "with food", "diabetes", "Dr Lee", Optional.empty(), "a note", Kind.PRESCRIPTION),
                    MedicationStore.Recognition.NOT_RECOGNIZED);
            meds.stop(ann.id(), m.id(), LocalDate.of(2026, 11, 11));
            meds.resume(ann.id(), m.id());
            List<MedicationChange> log = meds.changesSince(ann.id(), LocalDate.of(2026, 11, 10));
            assertThat(log).extracting(MedicationChange::field).containsExactly(MedicationChange.Field.ADDED, MedicationChange.Field.STRENGTH,
                    MedicationChange.Field.WHEN, MedicationChange.Field.RESUMED);
            assertThat(log.get(1)).extracting(MedicationChange::before, MedicationChange::after).containsExactly("500 mg", "850 mg");
            assertThat(log.get(2).after()).isEqualTo("morning, evening, with food");
            assertThat(log.get(3).before()).isEqualTo("2026-11-11");
            assertThat(meds.changesSince(ann.id(), LocalDate.of(2026, 11, 11))).isEmpty();

            // deleting an entry hides its history; undo brings both back
            Medication removed = meds.remove(ann.id(), m.id());
            assertThat(meds.changesSince(ann.id(), LocalDate.of(2026, 11, 1))).isEmpty();
            meds.restore(removed);
            assertThat(meds.changesSince(ann.id(), LocalDate.of(2026, 11, 1))).hasSize(4);
        }
    }

    @Test
    void theEmergencyContactIsOneLineAndKeptAsWritten() {
        try (Database db = Database.open(dir.resolve("m.db"))) {
            Person ann = new PersonStore(db).add("Ann");
            ProfileStore profiles = new ProfileStore(db);
            profiles.setEmergencyContact(ann.id(), "  Bob (son) +44 7700 900123 ");
            assertThat(profiles.emergencyContact(ann.id())).isEqualTo("Bob (son) +44 7700 900123");
            assertThatThrownBy(() -> profiles.setEmergencyContact(ann.id(), "Bob\nrm -rf")).isInstanceOf(InvalidInputException.class)
                    .hasMessage("The emergency contact must be one line of text.");
            assertThatThrownBy(() -> profiles.setEmergencyContact(ann.id(), "x".repeat(201))).isInstanceOf(InvalidInputException.class);
            assertThat(profiles.emergencyContact(ann.id())).isEqualTo("Bob (son) +44 7700 900123");
            profiles.setEmergencyContact(ann.id(), "");
            assertThat(profiles.emergencyContact(ann.id())).isEmpty();
        }
    }
}
