package org.medlist.ui;

import java.nio.file.Path;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.ui.common.Background;
import org.medlist.ui.common.StatusModel;

/**
 * The one place the window's objects are wired. The database is opened lazily on the background
 * worker by the first job that needs it, so the window shows before any file is touched.
 */
public final class AppContext implements AutoCloseable {
    private final Path databasePath;
    private final Background background = new Background();
    private final StatusModel status = new StatusModel();
    private Stores stores; // worker thread only

    /** The stores over the open database. */
    public record Stores(Database database, PersonStore people, MedicationStore medications) {}

    public AppContext(Path databasePath) { this.databasePath = databasePath; }

    public Path databasePath() { return databasePath; }

    public Background background() { return background; }

    public StatusModel status() { return status; }

    /** Call from background jobs only. */
    public Stores stores() {
        if (stores == null) {
            Database db = Database.open(databasePath);
            stores = new Stores(db, new PersonStore(db), new MedicationStore(db));
        }
        return stores;
    }

    @Override
    public void close() {
        background.run(() -> {
            if (stores != null) stores.database().close();
            return null;
        }, ignored -> {}, ignored -> {});
        background.close();
    }
}
