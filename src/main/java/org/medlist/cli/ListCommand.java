package org.medlist.cli;

import org.medlist.app.MedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "List a person's current medicines (--all: stopped ones too).")
final class ListCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", required = true, paramLabel = "NAME") String patient;
    @Option(names = "--all", description = "Include stopped medicines.") boolean all;
    @Option(names = "--json", description = "Print JSON.") boolean json;

    record MedicationJson(long id, String name, String dose, String when, String why, String started, String stopped) {
        static MedicationJson of(Medication m) {
            return new MedicationJson(m.id(), m.name(), m.details().dose(), m.when(), m.details().reason(),
                    m.details().started().map(Object::toString).orElse(null), m.stopped().map(Object::toString).orElse(null));
        }
    }

    @Override
    public Integer call() {
        try (MedList app = root.openMedList()) {
            Person person = app.person(patient);
            List<Medication> meds = app.listed(person.id(), all);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("patient", person.name());
                out.put("medications", meds.stream().map(MedicationJson::of).toList());
                root.out().println(Json.write(out));
            } else if (meds.isEmpty()) {
                root.out().println("No " + (all ? "" : "current ") + "medicines for " + person.name() + ".");
            } else {
                for (Medication m : meds) {
                    StringBuilder line = new StringBuilder().append(m.id()).append('\t').append(m.name());
                    if (!m.details().dose().isEmpty()) line.append(" — ").append(m.details().dose());
                    if (!m.when().isEmpty()) line.append(" — ").append(m.when());
                    m.stopped().ifPresent(d -> line.append(" (stopped ").append(d).append(')'));
                    root.out().println(line);
                }
            }
            return MedListCommand.OK;
        }
    }
}
