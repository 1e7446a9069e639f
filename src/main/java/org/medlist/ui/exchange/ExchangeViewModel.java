package org.medlist.ui.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.exchange.HealthRecord;
import org.medlist.exchange.HealthRecordFiles;
import org.medlist.importing.ExportCodes;
import org.medlist.importing.HealthRecordImport;
import org.medlist.importing.Reconciliation;
import org.medlist.medications.Recognition;
import org.medlist.model.Profile;
import org.medlist.store.ImportStore;
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
            var codes = format == ListExport.Format.FHIR
                    ? ExportCodes.forPerson(stores.database(), person.id(), context.knowledge().knowledgeBase())
                    : org.medlist.exchange.FhirBundle.Codes.NONE;
            String text = ListExport.text(format, person, stores.profiles().get(person.id()), all, codes, Instant.now());
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

    /** A health record read and matched against {@code person}'s list, ready for the review dialog. */
    public record Review(Person person, Reconciliation.Plan plan, String fileName) {}

    /** Reads and matches a health-record file on the worker; {@code refused} gets the one-line reason when it cannot be read. */
    public void review(Person person, Path file, Consumer<Review> ok, Consumer<String> refused) {
        context.background().run(() -> {
            try {
                HealthRecord record = HealthRecordFiles.read(file, Optional.empty(), LocalDate.now());
                var stores = context.stores();
                List<Medication> list = context.knowledge().refresh(stores.medications(), stores.medications().all(person.id()));
                Reconciliation.Plan plan = new Reconciliation(context.knowledge()).plan(record, list, stores.profiles().get(person.id()), false);
                return (Object) new Review(person, plan, file.getFileName().toString());
            } catch (ListImport.Rejected e) {
                return e.getMessage() + "\n" + String.join("\n", e.problems().stream().map(Object::toString).toList());
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }, r -> {
            if (r instanceof Review review) ok.accept(review);
            else refused.accept((String) r);
        }, context.status()::failed);
    }

    /** The check of the list as it would be after importing the ticked rows, in one or two sentences. */
    public void checkAfter(Review review, Set<Integer> medicines, Set<Integer> allergies, Consumer<String> summary) {
        context.background().run(() -> {
            var stores = context.stores();
            Recognition k = context.knowledge();
            List<Medication> current = k.refresh(stores.medications(), stores.medications().current(review.person().id()));
            List<CheckInput> inputs = new ArrayList<>(k.inputs(current));
            for (int i : medicines) {
                Reconciliation.MedRow row = review.plan().medicines().get(i);
                if (row.med().stopped() || row.status() == Reconciliation.Status.STOPPED_IN_RECORD) continue;
                inputs.add(new CheckInput(row.what().name(), row.what().ingredients(), List.of(), row.med().strength()));
            }
            Profile profile = stores.profiles().get(review.person().id());
            List<Profile.Allergy> all = new ArrayList<>(profile.allergies());
            for (int i : allergies) {
                Reconciliation.AllergyRow a = review.plan().allergies().get(i);
                all.add(new Profile.Allergy(a.substance(), a.allergy().reaction()));
            }
            Profile after = new Profile(profile.born(), profile.ageOverride(), profile.pregnant(), profile.planningPregnancy(),
                    profile.breastfeeding(), profile.drives(), profile.drinksAlcohol(), profile.allergyState(), all, profile.conditions(),
                    profile.otherConditions());
            CheckResult r = k.check(inputs, after).result();
            StringBuilder text = new StringBuilder();
            long warnings = r.warningCount();
            text.append("After import: ").append(inputs.size()).append(inputs.size() == 1 ? " medicine" : " medicines").append(" on the list; ");
            if (r.all().isEmpty()) {
                text.append("no interactions found among the ").append(r.checked().size()).append(" recognised");
            } else {
                text.append(warnings).append(warnings == 1 ? " warning" : " warnings").append(", ").append(r.all().size()).append(" findings in all: ")
                        .append(String.join("; ", r.all().stream().limit(5).map(f -> f.severity().label() + ": " + f.title()).toList()))
                        .append(r.all().size() > 5 ? "; …" : "");
            }
            text.append(".");
            if (!r.notChecked().isEmpty()) {
                text.append(" Not recognised, so not checked: ").append(String.join(", ", r.notChecked().stream().map(CheckInput::label).toList())).append(".");
            }
            return text.toString();
        }, summary, context.status()::failed);
    }

    /** Writes the ticked rows as one import (one transaction); {@code done} gets what was written. */
    public void importChosen(Review review, Set<Integer> medicines, Set<Integer> allergies, Set<Integer> conditions,
                             Consumer<ImportStore.Written> done) {
        context.background().run(() -> {
            ImportStore.Batch batch = HealthRecordImport.batch(review.plan(), context.knowledge(), medicines, allergies, conditions,
                    review.fileName(), LocalDate.now());
            ImportStore.Written w = new ImportStore(context.stores().database()).write(review.person().id(), batch);
            lastImport = Optional.of(new LastImport(review.person().id(), w.batchId(), review.fileName()));
            return w;
        }, w -> {
            int n = w.added().size();
            context.status().say("Imported " + n + (n == 1 ? " medicine" : " medicines") + " from " + review.fileName()
                    + (w.allergiesAdded().isEmpty() ? "" : " and " + w.allergiesAdded().size() + " allergies") + ". Undo import: Ctrl+Z.");
            done.accept(w);
        }, context.status()::failed);
    }

    private record LastImport(long personId, long batchId, String fileName) {}

    private volatile Optional<LastImport> lastImport = Optional.empty();

    /** Whether Ctrl+Z now means "undo import" (the last change made here was an import). */
    public boolean canUndoImport() { return lastImport.isPresent(); }

    /** After the person changes, Ctrl+Z no longer means the other person's import. */
    public void forgetUndo() { lastImport = Optional.empty(); }

    /** Removes exactly what the last import added. */
    public void undoImport(Runnable done) {
        Optional<LastImport> last = lastImport;
        lastImport = Optional.empty();
        if (last.isEmpty()) return;
        context.background().run(() -> new ImportStore(context.stores().database()).undo(last.get().personId(), last.get().batchId()), n -> {
            context.status().say("Undid the import of " + last.get().fileName() + ": removed " + n + (n == 1 ? " entry" : " entries") + ".");
            done.run();
        }, context.status()::failed);
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
