package org.medlist.cli;

import org.medlist.app.MedList;
import java.util.concurrent.Callable;
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
        try (MedList app = root.openMedList()) {
            var stopped = app.stop(app.person(patient).id(), id);
            root.out().println("stopped " + stopped.id());
            return MedListCommand.OK;
        }
    }
}
