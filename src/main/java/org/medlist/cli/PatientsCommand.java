package org.medlist.cli;

import org.medlist.app.MedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medlist.model.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "patients", description = "List the people whose medicines are kept.")
final class PatientsCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--json", description = "Print JSON.") boolean json;

    record PersonJson(long id, String name, String born) {}

    @Override
    public Integer call() {
        try (MedList app = root.openMedList()) {
            List<Person> people = app.people();
            if (json) {
                List<PersonJson> rows = people.stream()
                        .map(p -> new PersonJson(p.id(), p.name(), p.born().map(Object::toString).orElse(null))).toList();
                root.out().println(Json.write(Map.of("patients", rows)));
            } else if (people.isEmpty()) {
                root.out().println("No people yet. Add one with: medlist patient add NAME");
            } else {
                people.forEach(p -> root.out().println(p.name()));
            }
            return MedListCommand.OK;
        }
    }
}
