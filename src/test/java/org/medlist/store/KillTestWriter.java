package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.MedicationDetails;
import java.nio.file.Path;

/**
 * A writer process for {@link CrashSafetyTest}: adds entries one by one and prints "ack NAME" only
 * after each commit has returned, until it is killed.
 */
public final class KillTestWriter {
    private KillTestWriter() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        try (Database db = Database.open(file)) {
            PersonStore people = new PersonStore(db);
            long id = people.findByName("Writer").orElseGet(() -> {
                try {
                    return people.add("Writer");
                } catch (InvalidInputException raced) {
                    return people.require("Writer");
                }
            }).id();
            MedicationStore meds = new MedicationStore(db);
            for (int i = 0; ; i++) {
                String name = prefix + "-" + i;
                meds.add(id, MedicationDetails.named(name), MedicationStore.Recognition.NOT_RECOGNIZED);
                System.out.println("ack " + name);
                System.out.flush();
            }
        }
    }
}
