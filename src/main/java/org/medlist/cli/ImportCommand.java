package org.medlist.cli;

import org.medlist.app.MedList;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medlist.exchange.ListImport;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {"Add the medicines in a CSV file (as 'export --format csv' writes it) to a person.",
        "Every row is checked first: if any is rejected, nothing is imported and each problem is listed."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME", required = true) String patient;
    @Parameters(paramLabel = "FILE.csv") Path file;

    @Override
    public Integer call() {
        List<Medication> added;
        try (MedList app = root.openMedList(); Reader in = org.medlist.exchange.CsvFiles.open(file)) {
            added = app.importCsv(app.person(patient).id(), in);
        } catch (ListImport.Rejected e) {
            root.err().println("medlist: " + e.getMessage());
            e.problems().forEach(p -> root.err().println("  " + p));
            return MedListCommand.INVALID;
        } catch (IOException e) {
            throw new InvalidInputException("Could not read " + file + ": " + e.getMessage());
        }
        List<String> notRecognised = added.stream().filter(m -> !m.isRecognized()).map(Medication::name).toList();
        root.out().println("imported " + added.size() + (added.size() == 1 ? " entry" : " entries")
                + (notRecognised.isEmpty() ? "" : "; not recognised, so not checked: " + String.join(", ", notRecognised)));
        return MedListCommand.OK;
    }
}
