package org.medlist.cli;

import org.medlist.app.MedList;
import java.util.concurrent.Callable;
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
        try (MedList app = root.openMedList()) {
            var removed = app.remove(app.person(patient).id(), id);
            root.out().println("removed " + removed.id());
            return MedListCommand.OK;
        }
    }
}
