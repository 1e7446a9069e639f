package org.medlist.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.medlist.app.Knowledge;
import org.medlist.app.MedList;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.store.Backups;
import org.medlist.store.Database;
import org.medlist.ui.common.Background;
import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.FilePicker;
import org.medlist.ui.common.Jobs;
import org.medlist.ui.common.StatusModel;

/**
 * The window's composition root: the one place its objects are wired. The database is opened lazily
 * by the first background job that needs it, and the knowledge base loads on a thread of its own, so
 * the window shows before either is ready. View-models get only the pieces they use ({@link #jobs()},
 * {@link #loadedKnowledge()}, {@link #databaseFile()}).
 */
public final class AppContext implements AutoCloseable {
    private final Path databasePath;
    private final Clock clock;
    private final Background background = Background.worker();
    private final StatusModel status = new StatusModel(StatusModel.Timer.fx());
    private final CompletableFuture<Knowledge> knowledge = new CompletableFuture<>();
    private final AtomicBoolean knowledgeStarted = new AtomicBoolean();
    private MedList app; // worker thread only
    private Database database; // the one app uses; for tests that need to reach the file itself
    private FilePicker filePicker = FilePicker.system();

    public AppContext(Path databasePath) {
        this(databasePath, Clock.systemDefaultZone());
    }

    public AppContext(Path databasePath, Clock clock) {
        this.databasePath = databasePath;
        this.clock = clock;
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
                knowledge.complete(new Knowledge(KnowledgeBase.loadBundled(), clock));
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
    public void useKnowledge(KnowledgeBase loaded) {
        if (!knowledgeStarted.compareAndSet(false, true)) throw new IllegalStateException("the knowledge base is already loading");
        knowledge.complete(new Knowledge(loaded, clock));
    }

    public Path databasePath() { return databasePath; }

    public Clock clock() { return clock; }

    /** How the window asks for files to save and open (FX thread). */
    public FilePicker filePicker() { return filePicker; }

    /** Tests answer file dialogs with files of their own. */
    public void useFilePicker(FilePicker picker) { this.filePicker = picker; }

    public Background background() { return background; }

    public StatusModel status() { return status; }

    /** What view-models run their work with. */
    public Jobs jobs() { return new Jobs(background, this::app, status, clock); }

    /** The application over the open database, opening it on first use. Call from background jobs only. */
    MedList app() {
        if (app == null) {
            Database db = Database.open(databasePath, clock);
            db.onWarning(warning -> javafx.application.Platform.runLater(() -> status.failed(new org.medlist.store.StoreException(warning))));
            try {
                Backups.dailyIfDue(db);
            } catch (RuntimeException e) {
                // A failed daily copy must not keep the user from their list; it is tried again next start.
                Logger.getLogger(AppContext.class.getName()).warning("daily backup failed: " + e.getMessage());
            }
            app = new MedList(this::knowledge, db, clock);
            database = db;
        }
        return app;
    }

    /** The open database itself, for tests that damage it on purpose. Background jobs only. */
    Database database() {
        app();
        return database;
    }

    /** The database as a file, for the restore and backup actions. */
    public DatabaseFile databaseFile() {
        return new DatabaseFile() {
            @Override
            public Path path() { return databasePath; }

            @Override
            public Optional<Path> latestAutomaticBackup() { return Backups.latestAutomatic(databasePath); }

            @Override
            public Optional<Path> restoreFrom(Path backup) {
                Backups.verify(backup);
                if (app != null) {
                    app.close();
                    app = null;
                }
                return Backups.restore(databasePath, backup);
            }
        };
    }

    /** The knowledge base; waits for it to finish loading. Call from background jobs only. */
    Knowledge knowledge() {
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

    /** The knowledge base if it has finished loading (for autocompletion on the JavaFX thread, which must not wait). */
    public Optional<Knowledge> loadedKnowledge() {
        return knowledge.isDone() && !knowledge.isCompletedExceptionally() ? Optional.of(knowledge.join()) : Optional.empty();
    }

    @Override
    public void close() {
        background.run(() -> {
            if (app != null) app.close();
            return null;
        }, ignored -> {}, ignored -> {});
        background.close();
    }
}
