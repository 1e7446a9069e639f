package org.medlist.ui.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.medlist.exchange.CsvFiles;
import org.medlist.exchange.ListExport;
import org.medlist.exchange.ListImport;
import org.medlist.exchange.MedicationCsv;
import org.medlist.exchange.PrivateFile;
import org.medlist.store.Backups;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import org.medlist.ui.AppContext;

/**
 * Moving data in and out from the window: CSV and FHIR exports, CSV import, backup and restore. All
 * file work runs on the worker; results come back as sentences for the user.
 */
public final class ExchangeViewModel {
    private final AppContext context;

    public ExchangeViewModel(AppContext context) { this.context = context; }

    /** What an import did, for the dialog: either what was added or every rejected row. */
    public record ImportOutcome(List<Medication> added, List<MedicationCsv.Problem> problems, String refusal) {
        public boolean ok() { return problems.isEmpty() && refusal.isEmpty(); }
    }

    public void export(Person person, ListExport.Format format, Path target, Runnable done) {
        context.background().run(() -> {
            var stores = context.stores();
            List<Medication> all = stores.medications().all(person.id());
            String text = ListExport.text(format, person, stores.profiles().get(person.id()), all, Instant.now());
            PrivateFile.write(target, text.getBytes(StandardCharsets.UTF_8));
            return all.size();
        }, n -> {
            context.status().say("Exported " + n + (n == 1 ? " entry" : " entries") + " of " + person.name() + " to " + target + ".");
            done.run();
        }, context.status()::failed);
    }

    /** Imports a CSV file into {@code person}: every row or none. {@code outcome} receives what happened. */
    public void importCsv(Person person, Path file, Consumer<ImportOutcome> outcome) {
        context.background().run(() -> {
            try (Reader in = CsvFiles.open(file)) {
                List<Medication> added = ListImport.run(context.stores().medications(), context.knowledge(), person.id(), in, LocalDate.now());
                return new ImportOutcome(added, List.of(), "");
            } catch (ListImport.Rejected e) {
                return new ImportOutcome(List.of(), e.problems(), e.getMessage());
            } catch (InvalidInputException e) {
                return new ImportOutcome(List.of(), List.of(), e.getMessage());
            } catch (IOException e) {
                return new ImportOutcome(List.of(), List.of(), "Could not read " + file + ": " + e.getMessage());
            }
        }, outcome, context.status()::failed);
    }

    public void backupTo(Path target) {
        context.background().run(() -> {
            Backups.backupTo(context.stores().database(), target);
            return target;
        }, t -> context.status().say("Backed up the whole database to " + t + "."), context.status()::failed);
    }

    /**
     * Replaces the database with {@code backup} (checked first; the replaced file is kept), then
     * {@code reopen} runs and {@code done} gets the sentence to show the user.
     */
    public void restoreFrom(Path backup, Runnable reopen, Consumer<String> done) {
        context.background().run(() -> context.restoreFrom(backup), kept -> {
            reopen.run();
            done.accept("Restored " + backup.getFileName() + "." + kept.map(k -> " The previous database is kept as " + k + ".").orElse(""));
        }, context.status()::failed);
    }
}
