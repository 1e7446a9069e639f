package org.medlist.ui.exchange;

import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.Jobs;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.medlist.exchange.CsvFiles;
import org.medlist.exchange.ListExport;
import org.medlist.exchange.ListImport;
import org.medlist.exchange.MedicationCsv;
import org.medlist.exchange.PrivateFile;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.Person;

/**
 * Moving data in and out from the window: CSV and FHIR exports, CSV import, backup and restore. All
 * file work runs on the worker; results come back as sentences for the user.
 */
public final class ExchangeViewModel {
    private final Jobs jobs;
    private final DatabaseFile database;

    /** Today, by the application's clock (for suggested file names). */
    public java.time.LocalDate today() { return jobs.today(); }

    public ExchangeViewModel(Jobs jobs, DatabaseFile database) {
        this.jobs = jobs;
        this.database = database;
    }

    /** What an import did, for the dialog: either what was added or every rejected row. */
    public record ImportOutcome(List<Medication> added, List<MedicationCsv.Problem> problems, String refusal) {
        public boolean ok() { return problems.isEmpty() && refusal.isEmpty(); }
    }

    public void export(Person person, ListExport.Format format, Path target, Runnable done) {
        jobs.run(app -> {
            String text = app.export(person, format);
            PrivateFile.write(target, text.getBytes(StandardCharsets.UTF_8));
            return app.all(person.id()).size();
        }, n -> {
            jobs.status().say("Exported " + n + (n == 1 ? " entry" : " entries") + " of " + person.name() + " to " + target + ".");
            done.run();
        });
    }

    /** Imports a CSV file into {@code person}: every row or none. {@code outcome} receives what happened. */
    public void importCsv(Person person, Path file, Consumer<ImportOutcome> outcome) {
        jobs.run(app -> {
            try (Reader in = CsvFiles.open(file)) {
                List<Medication> added = app.importCsv(person.id(), in);
                return new ImportOutcome(added, List.of(), "");
            } catch (ListImport.Rejected e) {
                return new ImportOutcome(List.of(), e.problems(), e.getMessage());
            } catch (InvalidInputException e) {
                return new ImportOutcome(List.of(), List.of(), e.getMessage());
            } catch (IOException e) {
                return new ImportOutcome(List.of(), List.of(), "Could not read " + file + ": " + e.getMessage());
            }
        }, outcome);
    }

    public void backupTo(Path target) {
        jobs.run(app -> {
            app.backupTo(target);
            return target;
        }, t -> jobs.status().say("Backed up the whole database to " + t + "."));
    }

    /**
     * Replaces the database with {@code backup} (checked first; the replaced file is kept), then
     * {@code reopen} runs and {@code done} gets the sentence to show the user.
     */
    public void restoreFrom(Path backup, Runnable reopen, Consumer<String> done) {
        jobs.background().run(() -> database.restoreFrom(backup), kept -> {
            reopen.run();
            done.accept("Restored " + backup.getFileName() + "." + kept.map(k -> " The previous database is kept as " + k + ".").orElse(""));
        }, jobs.status()::failed);
    }
}
