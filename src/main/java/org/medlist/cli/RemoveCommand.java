package org.medlist.cli;

import java.util.concurrent.Callable;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remove", description = "Delete a medicine entry for good (to keep it in the history, use stop).")
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", required = true, paramLabel = "NAME") String patient;
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
        try (Database db = root.openDatabase()) {
            long personId = new PersonStore(db).require(patient).id();
            var removed = new MedicationStore(db).remove(personId, id);
            root.out().println("removed " + removed.id());
            return MedListCommand.OK;
        }
    }
}
