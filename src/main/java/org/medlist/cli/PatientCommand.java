package org.medlist.cli;

import java.util.concurrent.Callable;
import org.medlist.store.Database;
import org.medlist.store.PersonStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "patient", description = "Manage a person whose medicines are kept.",
        subcommands = {PatientCommand.Add.class})
final class PatientCommand {

    @ParentCommand MedListCommand root;

    @Command(name = "add", description = "Add a person.")
    static final class Add implements Callable<Integer> {
        @ParentCommand PatientCommand parent;
        @Parameters(paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            try (Database db = parent.root.openDatabase()) {
                var person = new PersonStore(db).add(name);
                parent.root.out().println("added person " + person.id());
                return MedListCommand.OK;
            }
        }
    }
}
