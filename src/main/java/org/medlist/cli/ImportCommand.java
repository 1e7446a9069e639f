package org.medlist.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.medlist.exchange.ListImport;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.medications.Recognition;
import org.medlist.store.Database;
import org.medlist.store.InvalidInputException;
import org.medlist.store.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
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
        Recognition knowledge = new Recognition(KnowledgeBase.loadBundled());
        List<Medication> added;
        try (Database db = root.openDatabase(); Reader in = open(file)) {
            long personId = new PersonStore(db).require(patient).id();
            added = ListImport.run(new MedicationStore(db), knowledge, personId, in, LocalDate.now());
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

    /** Strict UTF-8: a file in another encoding is refused rather than imported with garbled names. */
    static Reader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("No such file: " + file);
        if (Files.size(file) > 20L * 1024 * 1024) throw new InvalidInputException(file + " is larger than 20 MB; that is not a medication list.");
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new java.io.StringReader(text);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text; save it as CSV UTF-8 and import again.");
        }
    }
}
