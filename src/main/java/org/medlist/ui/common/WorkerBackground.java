package org.medlist.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * The window's worker: one thread, one job at a time in the order given; results and errors come back
 * on the JavaFX thread (through {@link Task}'s handlers).
 */
final class WorkerBackground implements Background {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "medlist-worker");
        t.setDaemon(true);
        return t;
    });
    private static final Duration CLOSING_WAIT = Duration.ofSeconds(20);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running; // touched on the FX thread only

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // A job that ends while the window closes may ask for more work: there is no one left to show it to.
        if (worker.isShutdown()) return;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        worker.execute(task);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    /**
     * Lets the job in hand (a save, the daily backup, closing the database) finish before the window's
     * process ends: the worker's thread is a daemon, so without waiting the exit could cut it off.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSING_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                Logger.getLogger(WorkerBackground.class.getName()).warning("work still running " + CLOSING_WAIT.toSeconds() + " s after the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
