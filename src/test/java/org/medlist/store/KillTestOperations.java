package org.medlist.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medlist.model.MedicationDetails;

/**
 * A process for {@link CrashSafetyTest}'s restore, backup and import kills: says "open", then repeats
 * one operation until it is killed, printing "done N;" after each completes.
 * {@code restore DB A B}: restores A, then B, then A… over DB. {@code backup DB TARGET}: backs DB up to
 * TARGET again and again. {@code import DB}: imports batches of {@value #BATCH} entries, each in one
 * transaction, as a CSV or health-record import writes them ({@link MedicationStore#addAll}).
 */
public final class KillTestOperations {
    static final int BATCH = 50;

    private KillTestOperations() {}

    public static void main(String[] args) {
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "restore" -> {
                Path[] from = {Path.of(args[2]), Path.of(args[3])};
                // one restore elsewhere first, so that the kills land in restores running at their usual speed, not in class loading
                Backups.restore(db.toAbsolutePath().getParent().resolveSibling("warm-up").resolve("warm.db"), from[1]);
                ready();
                for (long n = 0; ; n++) {
                    Backups.restore(db, from[(int) (n % 2)]);
                    done(n);
                }
            }
            case "backup" -> {
                try (Database open = Database.open(db)) {
                    ready();
                    for (long n = 0; ; n++) {
                        Backups.backupTo(open, Path.of(args[2]));
                        done(n);
                    }
                }
            }
            case "import" -> {
                try (Database open = Database.open(db)) {
                    long person = new PersonStore(open).require("Importer").id();
                    MedicationStore meds = new MedicationStore(open);
                    ready();
                    for (long n = 0; ; n++) {
                        List<MedicationStore.Incoming> batch = new ArrayList<>();
                        for (int k = 0; k < BATCH; k++) {
                            batch.add(new MedicationStore.Incoming(MedicationDetails.named(args[2] + "-" + n + "-" + k), java.util.Optional.empty(),
                                    MedicationStore.Recognition.NOT_RECOGNIZED));
                        }
                        meds.addAll(person, batch);
                        done(n);
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void ready() {
        System.out.println("open");
        System.out.flush();
    }

    private static void done(long n) {
        System.out.println("done " + n + ";");
        System.out.flush();
    }
}
