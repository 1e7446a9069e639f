package org.medlist.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medlist.exchange.HealthRecord;
import org.medlist.exchange.HealthRecordFiles;
import org.medlist.exchange.ListImport;
import org.medlist.importing.HealthRecordImport;
import org.medlist.importing.Reconciliation;
import org.medlist.app.MedList;
import org.medlist.model.Person;
import org.medlist.store.ImportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {"Add the medicines, allergies and conditions in a file to a person: MedList CSV (as 'export --format csv' writes it),",
        "a C-CDA document (CCD) or a FHIR R4 bundle or resource from a health record. Medicines already on the list are skipped.",
        "A CSV file with a rejected row imports nothing and lists each problem."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME", required = true) String patient;
    @Option(names = "--format", paramLabel = "csv|ccda|fhir", description = "The file's format; detected from its content when left out.") String format;
    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.") boolean dryRun;
    @Option(names = "--json", description = "Print the result as JSON.") boolean json;
    @Option(names = "--include-duplicates", description = "Also add medicines that are already on the list.") boolean includeDuplicates;
    @Parameters(paramLabel = "FILE") Path file;
    private Reconciliation reconciliation;

    @Override
    public Integer call() {
        HealthRecord record;
        try {
            record = HealthRecordFiles.read(file, Optional.ofNullable(format).map(HealthRecordFiles.Format::fromCode), root.today());
        } catch (ListImport.Rejected e) {
            root.err().println("medlist: " + MedListCommand.shown(e.getMessage()));
            e.problems().forEach(p -> root.err().println("  " + MedListCommand.shown(p.toString())));
            return MedListCommand.INVALID;
        }
        try (MedList app = root.openMedList()) {
            Person person = app.person(patient);
            reconciliation = new Reconciliation(app.knowledge().knowledgeBase());
            Reconciliation.Plan plan = app.reviewImport(person.id(), record, includeDuplicates);
            Set<Integer> meds = HealthRecordImport.ticked(plan.medicines());
            ImportStore.Batch batch = app.importBatch(plan, meds, HealthRecordImport.ticked(plan.allergies()),
                    HealthRecordImport.ticked(plan.conditions()), file.getFileName().toString());
            boolean nothing = batch.entries().isEmpty() && batch.allergies().isEmpty() && batch.conditionCodes().isEmpty()
                    && batch.otherConditions().isEmpty() && batch.allergyState().isEmpty();
            ImportStore.Written written = dryRun || nothing ? null : app.importRecord(person.id(), batch);
            if (json) {
                root.out().println(Json.write(report(plan, meds, batch, written)));
            } else {
                printText(plan, meds, batch, written);
            }
        }
        return MedListCommand.OK;
    }

    private Map<String, Object> report(Reconciliation.Plan plan, Set<Integer> ticked, ImportStore.Batch batch, ImportStore.Written written) {
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> duplicates = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<Map<String, Object>> notRecognised = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < plan.medicines().size(); i++) {
            Reconciliation.MedRow row = plan.medicines().get(i);
            boolean adds = ticked.contains(i) && row.status() != Reconciliation.Status.STOPPED_IN_RECORD;
            Map<String, Object> item = new LinkedHashMap<>();
            if (adds) {
                item.put("id", written == null || written.added().isEmpty() ? null : written.added().get(n).id());
                n++;
            }
            item.put("name", row.what().name());
            item.put("ingredients", row.what().ingredients());
            item.put("rxnorm", row.what().rxnorm());
            item.put("where", row.med().where());
            item.put("status", row.status().words());
            item.put("current", !row.med().stopped());
            if (!row.med().name().equals(row.what().name())) item.put("in_record", row.med().name());
            if (!row.detail().isEmpty()) item.put("detail", row.detail());
            if (adds) added.add(item);
            if (row.status() == Reconciliation.Status.DUPLICATE) duplicates.add(item);
            if (row.status() == Reconciliation.Status.CHANGED || row.status() == Reconciliation.Status.STOPPED_IN_RECORD) changed.add(item);
            if (!row.what().recognised()) notRecognised.add(item);
        }
        List<Map<String, Object>> allergiesAdded = new ArrayList<>();
        for (var a : batch.allergies()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("substance", a.substance());
            item.put("reaction", a.reaction());
            item.put("checked", reconciliation.allergyChecked(a.substance()));
            allergiesAdded.add(item);
        }
        List<String> conditionsAdded = new ArrayList<>(batch.conditionCodes());
        conditionsAdded.addAll(batch.otherConditions());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (HealthRecord.Skipped s : plan.record().skipped()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("where", s.where());
            item.put("reason", s.reason());
            if (!s.text().isBlank()) item.put("text", s.text());
            rejected.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", plan.record().format());
        out.put("dry_run", dryRun);
        out.put("added", added);
        out.put("duplicates", duplicates);
        out.put("changed", changed);
        out.put("not_recognised", notRecognised);
        out.put("allergies_added", allergiesAdded);
        out.put("allergy_state", batch.allergyState().map(Enum::name).orElse(batch.allergies().isEmpty() ? "" : "RECORDED"));
        out.put("conditions_added", conditionsAdded);
        out.put("rejected", rejected);
        if (!plan.record().patientName().isBlank()) out.put("patient_in_file", plan.record().patientName());
        if (written != null) out.put("import_batch", written.batchId());
        return out;
    }

    private void printText(Reconciliation.Plan plan, Set<Integer> ticked, ImportStore.Batch batch, ImportStore.Written written) {
        int entries = batch.entries().size();
        List<String> notRecognised = new ArrayList<>();
        int duplicates = 0;
        int repeats = 0;
        for (int i = 0; i < plan.medicines().size(); i++) {
            Reconciliation.MedRow row = plan.medicines().get(i);
            if (ticked.contains(i) && !row.what().recognised()) notRecognised.add(row.what().name());
            if (row.status() == Reconciliation.Status.DUPLICATE && !ticked.contains(i)) {
                if (row.detail().equals("repeated in the file")) repeats++;
                else duplicates++;
            }
        }
        StringBuilder line = new StringBuilder(dryRun ? "would import " : "imported ");
        line.append(entries).append(entries == 1 ? " entry" : " entries");
        if (!notRecognised.isEmpty()) line.append("; not recognised, so not checked: ").append(String.join(", ", notRecognised));
        if (duplicates > 0) line.append("; ").append(duplicates).append(" already on the list, skipped");
        if (repeats > 0) line.append("; ").append(repeats).append(repeats == 1 ? " repeat" : " repeats").append(" within the file, skipped");
        root.out().println(line);
        for (Reconciliation.MedRow row : plan.medicines()) {
            if (row.status() == Reconciliation.Status.CHANGED || row.status() == Reconciliation.Status.STOPPED_IN_RECORD) {
                root.out().println("  not imported, " + row.status().words() + ": " + row.med().name() + " (" + row.detail() + ")");
            }
        }
        if (!batch.allergies().isEmpty()) {
            root.out().println("  allergies added: " + String.join(", ", batch.allergies().stream().map(a -> a.substance()).toList()));
        }
        batch.allergyState().ifPresent(s -> root.out().println("  allergies: no known allergies (from the record)"));
        List<String> conditions = new ArrayList<>(batch.conditionCodes());
        conditions.addAll(batch.otherConditions());
        if (!conditions.isEmpty()) root.out().println("  conditions added: " + String.join(", ", conditions));
        for (HealthRecord.Skipped s : plan.record().skipped()) {
            root.out().println("  left out, " + s.where() + (s.text().isBlank() ? "" : " \"" + s.text() + "\"") + ": " + s.reason());
        }
    }
}
