package org.medlist.ui.common;

import java.time.LocalDate;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.medlist.app.MedList;

/**
 * What a view-model needs to get work done: the background it runs on, the application it may call
 * there (never on the JavaFX thread), the status line it reports failures to, and the clock.
 */
public record Jobs(Background background, Supplier<MedList> app, StatusModel status, Clock clock) {

    /** Today, by the clock the application uses. */
    public LocalDate today() { return LocalDate.now(clock); }

    /** Runs {@code work} with the application on the background; {@code done} gets the result where properties may be set. */
    public <T> void run(Function<MedList, T> work, Consumer<T> done) {
        run(work, done, status::failed);
    }

    public <T> void run(Function<MedList, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        background.run(() -> work.apply(app.get()), done, failed);
    }
}
