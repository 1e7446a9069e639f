package org.medlist.exchange;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;

/** Imports a CSV list into a person: every row is validated first, then all are written in one transaction, or none. */
public final class ListImport {
    private ListImport() {}

    /** Thrown when any row is rejected; nothing was written. {@link #problems()} has one entry per rejected row. */
    public static final class Rejected extends InvalidInputException {
        private final List<MedicationCsv.Problem> problems;

        Rejected(List<MedicationCsv.Problem> problems) {
            super("Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the file. Fix " + (problems.size() == 1 ? "it" : "them") + " and import again.");
            this.problems = List.copyOf(problems);
        }

        public List<MedicationCsv.Problem> problems() { return problems; }
    }

    public static List<Medication> run(MedicationStore store, Function<String, MedicationStore.Recognition> recognize, long personId, Reader csv, LocalDate today) {
        MedicationCsv.Read read = MedicationCsv.read(csv, today);
        if (!read.ok()) throw new Rejected(read.problems());
        if (read.rows().isEmpty()) throw new InvalidInputException("The file has a header but no medicines; nothing was imported.");
        List<MedicationStore.Incoming> incoming = new ArrayList<>();
        for (MedicationCsv.Row r : read.rows()) {
            incoming.add(new MedicationStore.Incoming(r.details(), r.stopped(), recognize.apply(r.details().name())));
        }
        return store.addAll(personId, incoming);
    }
}
