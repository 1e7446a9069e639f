package org.medlist.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stop", description = "Stop a medicine today: it leaves the current list and stays in the history.")
final class StopCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", required = true, paramLabel = "NAME") String patient;
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
        try (Database db = root.openDatabase()) {
            long personId = new PersonStore(db).require(patient).id();
            var stopped = new MedicationStore(db).stop(personId, id, LocalDate.now());
            root.out().println("stopped " + stopped.id());
            return MedListCommand.OK;
        }
    }
}
