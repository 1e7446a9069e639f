package org.medlist.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs database, knowledge-base and file work off the JavaFX thread and hands the result back where
 * view-models may touch their properties. The window uses {@link #worker()}; view-model tests use
 * {@link #synchronous()}, which runs the work and its callback at once on the calling thread.
 */
public interface Background extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any job is queued or running (the status bar shows a progress hint). */
    ReadOnlyBooleanProperty busyProperty();

    @Override
    void close();

    /** One worker thread, jobs in the order given (the database connection is used from this thread only). */
    static Background worker() { return new WorkerBackground(); }

    /** Work and callbacks on the calling thread: for unit tests of view-models. */
    static Background synchronous() { return new SynchronousBackground(); }
}
