package org.medlist.ui.common;

import org.medlist.app.ErrorLog;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.medlist.model.InvalidInputException;
import org.medlist.store.StoreException;

/** The status bar's message, shared by the view-models. FX thread only. */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The last failure that needs the user's attention (shown in a dialog); empty when none. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public void say(String text) { message.set(text); }

    public void failed(Throwable t) {
        if (!(t instanceof InvalidInputException) && !(t instanceof StoreException && t.getCause() == null)) ErrorLog.unexpected("window", t);
        String text = describe(t);
        message.set(text);
        error.set(""); // re-announce the same text too
        error.set(text);
    }

    public static String describe(Throwable t) {
        if (t instanceof InvalidInputException || t instanceof StoreException) return t.getMessage();
        return "Something went wrong (" + t.getClass().getSimpleName() + ")." + ErrorLog.file().map(f -> " The details are in " + f + ".").orElse("");
    }
}
