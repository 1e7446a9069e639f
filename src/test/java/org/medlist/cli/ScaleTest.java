package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.MedicationDetails;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;

/**
 * A large database: 200 people, each with 60 current and 100 stopped entries (32,000 in all); {@code list},
 * {@code check} and {@code report} run on it and their times are printed. No timed assertions: the
 * figures go to the docs; speed targets live in the benchmark.
 */
class ScaleTest {
    static final int PEOPLE = 200;
    static final int CURRENT = 60;
    static final int STOPPED = 100;
    static final List<String> NAMES = List.of("Lisinopril", "Metformin", "Atorvastatin", "Amlodipine", "Omeprazole", "Simvastatin",
            "Losartan", "Levothyroxine", "Metoprolol", "Sertraline", "Escitalopram", "Fluoxetine", "Citalopram", "Gabapentin",
            "Hydrochlorothiazide", "Furosemide", "Pantoprazole", "Prednisone", "Tramadol", "Trazodone", "Bupropion", "Warfarin",
            "Clopidogrel", "Aspirin", "Ibuprofen", "Naproxen", "Acetaminophen", "Montelukast", "Rosuvastatin", "Pravastatin",
            "Carvedilol", "Spironolactone", "Tamsulosin", "Finasteride", "Allopurinol", "Cetirizine", "Loratadine", "Diazepam",
            "Alprazolam", "Lorazepam", "Clonazepam", "Zolpidem", "Quetiapine", "Aripiprazole", "Lamotrigine", "Topiramate",
            "Venlafaxine", "Duloxetine", "Amitriptyline", "Cyclobenzaprine", "Meloxicam", "Diclofenac", "Digoxin", "Amiodarone",
            "Diltiazem", "Verapamil", "Glipizide", "Sitagliptin", "Insulin glargine", "Fish oil");

    @TempDir Path dir;

    @Test
    void listCheckAndReportRunOnTwoHundredPeopleWithOneHundredSixtyEntriesEach() throws Exception {
        Path db = dir.resolve("large.db");
        long filling = System.nanoTime();
        try (Database open = Database.open(db)) {
            PersonStore people = new PersonStore(open);
            MedicationStore meds = new MedicationStore(open);
            for (int p = 0; p < PEOPLE; p++) {
                long id = people.add("Person " + p).id();
                List<MedicationStore.Incoming> entries = new ArrayList<>();
                for (int i = 0; i < CURRENT + STOPPED; i++) {
                    String name = NAMES.get(i % NAMES.size()) + (i < CURRENT ? "" : " (old " + i + ")");
                    entries.add(new MedicationStore.Incoming(MedicationDetails.named(name),
                            i < CURRENT ? Optional.empty() : Optional.of(open.today().minusDays(i)), MedicationStore.Recognition.NOT_RECOGNIZED));
                }
                meds.addAll(id, entries);
            }
        }
        System.out.printf("scale: filled %d people x %d entries in %d ms%n", PEOPLE, CURRENT + STOPPED, (System.nanoTime() - filling) / 1_000_000);
        String who = "Person " + (PEOPLE / 2);

        long t = System.nanoTime();
        CliRun list = CliRun.on(db, "list", "--patient", who, "--all", "--json");
        long listMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json().get("medications")).hasSize(CURRENT + STOPPED);

        t = System.nanoTime();
        CliRun check = CliRun.on(db, "check", "--patient", who, "--json");
        long checkMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.json().get("checked")).hasSize(CURRENT);

        t = System.nanoTime();
        CliRun again = CliRun.on(db, "check", "--patient", who, "--json");
        long checkAgainMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(again.code()).isZero();

        Path pdf = dir.resolve("report.pdf");
        t = System.nanoTime();
        CliRun report = CliRun.on(db, "report", "--patient", who, "--pdf", pdf.toString(), "--json");
        long reportMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.json().get("pages").asInt()).isPositive();

        System.out.printf("scale: list --all %d ms; check (first, re-recognising 60 entries) %d ms; check again %d ms; report %d ms (%d pages)%n",
                listMs, checkMs, checkAgainMs, reportMs, report.json().get("pages").asInt());
    }
}
