package org.medlist.cli;

import org.medlist.app.MedList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medlist.exchange.ListExport;
import org.medlist.exchange.PrivateFile;
import org.medlist.model.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Export a person's list, current and stopped entries.",
        "  csv:  one row per entry, columns " + "name,kind,strength,dose,form,route,times,when,reason,prescriber,started,stopped,notes",
        "  fhir: a FHIR R4 Bundle of Patient, MedicationStatement and AllergyIntolerance resources"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME", required = true) String patient;
    @Option(names = "--format", paramLabel = "csv|fhir", required = true) String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (readable by you only) instead of standard output.") Path out;

    @Override
    public Integer call() {
        ListExport.Format f = ListExport.Format.fromCode(format);
        String text;
        int count;
        try (MedList app = root.openMedList()) {
            Person person = app.person(patient);
            count = app.all(person.id()).size();
            text = app.export(person, f);
        }
        if (out == null) {
            root.out().print(text);
            root.out().flush();
        } else {
            PrivateFile.write(out, text.getBytes(StandardCharsets.UTF_8));
            root.out().println("exported " + count + (count == 1 ? " entry" : " entries") + " to " + out.toAbsolutePath());
        }
        return MedListCommand.OK;
    }
}
