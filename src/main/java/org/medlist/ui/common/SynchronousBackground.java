package org.medlist.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs each job and its callback at once, on the calling thread (as JabRef's CurrentThreadTaskExecutor does for its tests). */
final class SynchronousBackground implements Background {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    @Override
    public void close() {}
}
