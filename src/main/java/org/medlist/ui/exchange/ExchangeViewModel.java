package org.medlist.ui.exchange;

import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.Jobs;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.exchange.HealthRecord;
import org.medlist.exchange.HealthRecordFiles;
import org.medlist.importing.Reconciliation;
import org.medlist.model.Profile;
import org.medlist.store.ImportStore;
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

    /** A health record read and matched against {@code person}'s list, ready for the review dialog. */
    public record Review(Person person, Reconciliation.Plan plan, String fileName) {}

    /** Reads and matches a health-record file on the worker; {@code refused} gets the reason when it cannot be read. */
    public void review(Person person, Path file, Consumer<Review> ok, Consumer<String> refused) {
        jobs.run(app -> {
            try {
                HealthRecord record = HealthRecordFiles.read(file, Optional.empty(), app.today());
                return (Object) new Review(person, app.reviewImport(person.id(), record, false), file.getFileName().toString());
            } catch (ListImport.Rejected e) {
                return e.getMessage() + "\n" + String.join("\n", e.problems().stream().map(Object::toString).toList());
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }, r -> {
            if (r instanceof Review review) ok.accept(review);
            else refused.accept((String) r);
        });
    }

    /** The check of the list as it would be after importing the ticked rows (with the profile as it would be), in a sentence or two. */
    public void checkAfter(Review review, Set<Integer> medicines, Set<Integer> allergies, Consumer<String> summary) {
        jobs.run(app -> {
            List<String> names = new ArrayList<>();
            for (int i : medicines) {
                Reconciliation.MedRow row = review.plan().medicines().get(i);
                if (row.med().stopped() || row.status() == Reconciliation.Status.STOPPED_IN_RECORD) continue;
                names.add(row.what().name());
            }
            Profile profile = app.profile(review.person().id());
            List<Profile.Allergy> all = new ArrayList<>(profile.allergies());
            for (int i : allergies) {
                Reconciliation.AllergyRow a = review.plan().allergies().get(i);
                all.add(new Profile.Allergy(a.substance(), a.allergy().reaction()));
            }
            Profile after = new Profile(profile.born(), profile.ageOverride(), profile.pregnant(), profile.planningPregnancy(),
                    profile.breastfeeding(), profile.drives(), profile.drinksAlcohol(), profile.allergyState(), all, profile.conditions(),
                    profile.otherConditions());
            CheckResult r = app.check(review.person().id(), names, Optional.of(after)).result();
            int count = r.checked().size() + r.notChecked().size();
            StringBuilder text = new StringBuilder("After import: ").append(count).append(count == 1 ? " medicine" : " medicines").append(" on the list; ");
            if (r.all().isEmpty()) {
                text.append("no interactions found among the ").append(r.checked().size()).append(" recognised");
            } else {
                long warnings = r.warningCount();
                text.append(warnings).append(warnings == 1 ? " warning" : " warnings").append(", ").append(r.all().size()).append(" findings in all: ")
                        .append(String.join("; ", r.all().stream().limit(5).map(f -> f.severity().label() + ": " + f.title()).toList()))
                        .append(r.all().size() > 5 ? "; …" : "");
            }
            text.append(".");
            if (!r.notChecked().isEmpty()) {
                text.append(" Not recognised, so not checked: ").append(String.join(", ", r.notChecked().stream().map(CheckInput::label).toList())).append(".");
            }
            return text.toString();
        }, summary);
    }

    /** Writes the ticked rows as one import (one transaction); {@code done} gets what was written. */
    public void importChosen(Review review, Set<Integer> medicines, Set<Integer> allergies, Set<Integer> conditions,
                             Consumer<ImportStore.Written> done) {
        jobs.run(app -> {
            ImportStore.Batch batch = app.importBatch(review.plan(), medicines, allergies, conditions, review.fileName());
            ImportStore.Written w = app.importRecord(review.person().id(), batch);
            lastImport = Optional.of(new LastImport(review.person().id(), w.batchId(), review.fileName()));
            return w;
        }, w -> {
            int n = w.added().size();
            jobs.status().say("Imported " + n + (n == 1 ? " medicine" : " medicines") + " from " + review.fileName()
                    + (w.allergiesAdded().isEmpty() ? "" : " and " + w.allergiesAdded().size() + " allergies") + ". Undo import: Ctrl+Z.");
            done.accept(w);
        });
    }

    private record LastImport(long personId, long batchId, String fileName) {}

    private volatile Optional<LastImport> lastImport = Optional.empty();

    /** Whether Ctrl+Z now means "undo import" (an import was the last thing done here). */
    public boolean canUndoImport() { return lastImport.isPresent(); }

    /** After the person changes, Ctrl+Z no longer means the other person's import. */
    public void forgetUndo() { lastImport = Optional.empty(); }

    /** Removes exactly what the last import added. */
    public void undoImport(Runnable done) {
        Optional<LastImport> last = lastImport;
        lastImport = Optional.empty();
        if (last.isEmpty()) return;
        jobs.run(app -> app.undoImport(last.get().personId(), last.get().batchId()), n -> {
            jobs.status().say("Undid the import of " + last.get().fileName() + ": removed " + n + (n == 1 ? " entry" : " entries") + ".");
            done.run();
        });
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
