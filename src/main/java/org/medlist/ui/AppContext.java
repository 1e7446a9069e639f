package org.medlist.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.medications.Recognition;
import org.medlist.store.Database;
import org.medlist.store.DiscussedStore;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.Backups;
import org.medlist.store.ChecklistStore;
import org.medlist.store.ProfileStore;
import org.medlist.store.QuestionStore;
import org.medlist.ui.common.Background;
import org.medlist.ui.common.FilePicker;
import org.medlist.ui.common.StatusModel;

/**
 * The one place the window's objects are wired. The database is opened lazily by the first
 * background job that needs it, and the knowledge base loads on a thread of its own from the moment
 * the context exists, so the window shows before either is ready.
 */
public final class AppContext implements AutoCloseable {
    private final Path databasePath;
    private final Background background = new Background();
    private final StatusModel status = new StatusModel();
    private final CompletableFuture<Recognition> knowledge = new CompletableFuture<>();
    private final AtomicBoolean knowledgeStarted = new AtomicBoolean();
    private Stores stores; // worker thread only
    private FilePicker filePicker = FilePicker.system();

    /** The stores over the open database. */
    public record Stores(Database database, PersonStore people, MedicationStore medications, DiscussedStore discussed,
                         ProfileStore profiles, ChecklistStore checklist,
                         QuestionStore questions) {}

    public AppContext(Path databasePath) {
        this.databasePath = databasePath;
    }

    /**
     * Starts loading the knowledge base on a thread of its own. The window calls this once its first
     * frame is drawn, so that on a two-core machine the load does not compete with start-up; anything
     * that needs the knowledge base earlier starts it then.
     */
    public void startLoadingKnowledge() {
        if (!knowledgeStarted.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                knowledge.complete(new Recognition(KnowledgeBase.loadBundled()));
            } catch (RuntimeException | Error e) {
                knowledge.completeExceptionally(e);
            }
        }, "medlist-knowledge-loader");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Uses a knowledge base that is already loaded instead of loading the bundled one (tests share one
     * per JVM). Call before anything asks for the knowledge base.
     */
    void useKnowledge(KnowledgeBase loaded) {
        if (!knowledgeStarted.compareAndSet(false, true)) throw new IllegalStateException("the knowledge base is already loading");
        knowledge.complete(new Recognition(loaded));
    }

    public Path databasePath() { return databasePath; }

    /** How the window asks for files to save and open (FX thread). */
    public FilePicker filePicker() { return filePicker; }

    /** Tests answer file dialogs with files of their own. */
    public void useFilePicker(FilePicker picker) { this.filePicker = picker; }

    public Background background() { return background; }

    public StatusModel status() { return status; }

    /** Call from background jobs only. */
    public Stores stores() {
        if (stores == null) {
            Database db = Database.open(databasePath);
            try {
                Backups.dailyIfDue(db);
            } catch (RuntimeException e) {
                // A failed daily copy must not keep the user from their list; it is tried again next start.
                Logger.getLogger(AppContext.class.getName()).warning("daily backup failed: " + e.getMessage());
            }
            stores = new Stores(db, new PersonStore(db), new MedicationStore(db), new DiscussedStore(db),
                    new ProfileStore(db), new ChecklistStore(db), new QuestionStore(db));
        }
        return stores;
    }

    /**
     * Replaces the database with a backup file (checked first; the replaced file is kept) and closes
     * the stores, so that the next job opens the restored file. Call from background jobs only.
     */
    public Optional<Path> restoreFrom(Path backup) {
        Backups.verify(backup);
        if (stores != null) {
            stores.database().close();
            stores = null;
        }
        return Backups.restore(databasePath, backup);
    }

    /** The knowledge base; waits for it to finish loading. Call from background jobs only. */
    public Recognition knowledge() {
        startLoadingKnowledge();
        try {
            return knowledge.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the knowledge base", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The bundled knowledge base could not be loaded: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The knowledge base if it has finished loading (for quick UI lookups that must not wait). */
    public Optional<Recognition> knowledgeIfLoaded() {
        return knowledge.isDone() && !knowledge.isCompletedExceptionally() ? Optional.of(knowledge.join()) : Optional.empty();
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
