package org.medlist.ui.common;

import java.time.Duration;
import org.medlist.app.ErrorLog;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.medlist.model.InvalidInputException;
import org.medlist.store.StoreException;

/**
 * The status bar's message, shared by the view-models. FX thread only. A message clears itself after
 * {@link #SHOWN_FOR}, so that the bar never reports something that happened long ago as if it were news;
 * the timer is injected so tests can run it at once.
 */
public final class StatusModel {
    /** How long a message stays: long enough to read a sentence twice at a slow pace. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(10);

    /** Runs an action once, after a delay, on the JavaFX thread. */
    public interface Timer {
        void after(Duration delay, Runnable action);

        /** Messages stay until the next one (view-model tests, which run without the JavaFX toolkit). */
        static Timer never() { return (delay, action) -> {}; }

        /** The window's timer: a JavaFX pause, so the action runs on the JavaFX thread. */
        static Timer fx() {
            return (delay, action) -> {
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                pause.setOnFinished(e -> action.run());
                pause.play();
            };
        }
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Timer timer;
    private long said; // which message an expiry belongs to: a newer message is not cleared by an older one's timer

    public StatusModel() { this(Timer.never()); }

    public StatusModel(Timer timer) { this.timer = timer; }

    /** Tests replace the window's timer with one they run themselves. */
    public void useTimer(Timer replacement) { this.timer = replacement; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The last failure that needs the user's attention (shown in a dialog); empty when none. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public void say(String text) {
        message.set(text);
        long mine = ++said;
        if (!text.isEmpty()) timer.after(SHOWN_FOR, () -> {
            if (said == mine) message.set("");
        });
    }

    public void failed(Throwable t) {
        if (!(t instanceof InvalidInputException) && !(t instanceof StoreException && t.getCause() == null)) ErrorLog.unexpected("window", t);
        String text = describe(t);
        say(text);
        error.set(""); // re-announce the same text too
        error.set(text);
    }

    public static String describe(Throwable t) {
        if (t instanceof InvalidInputException || t instanceof StoreException) return t.getMessage();
        return "Something went wrong (" + t.getClass().getSimpleName() + ")." + ErrorLog.file().map(f -> " The details are in " + f + ".").orElse("");
    }
}
