package org.medlist.ui.medications;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.function.Consumer;
import org.medlist.ui.common.StatusModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.app.MedList;
import org.medlist.ui.common.Jobs;
import org.medlist.model.Person;

/**
 * One person's medicines: current and stopped, the find filter, and the one delete that can be undone.
 * Every change goes to the store on the worker; the lists are replaced with what the store then holds.
 */
public final class MedicationsViewModel {
    private final Jobs jobs;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<Medication> current = FXCollections.observableArrayList();
    private final ObservableList<Medication> stopped = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<Medication> visibleCurrent = new FilteredList<>(current);
    private final FilteredList<Medication> visibleStopped = new FilteredList<>(stopped);
    private final ObjectProperty<Medication> lastDeleted = new SimpleObjectProperty<>();

    public MedicationsViewModel(Jobs jobs) {
        this.jobs = jobs;
        filter.addListener((obs, old, text) -> {
            visibleCurrent.setPredicate(m -> matches(m, text));
            visibleStopped.setPredicate(m -> matches(m, text));
        });
        person.addListener((obs, old, p) -> {
            lastDeleted.set(null);
            reload();
        });
    }

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long shownFor = -1; // the person whose list the tables hold

    public ObjectProperty<Person> personProperty() { return person; }

    public ObservableList<Medication> currentMedications() { return visibleCurrent; }

    public ObservableList<Medication> allCurrent() { return current; }

    public ObservableList<Medication> stoppedMedications() { return visibleStopped; }

    public StringProperty filterProperty() { return filter; }

    public ReadOnlyObjectProperty<Medication> lastDeletedProperty() { return lastDeleted; }

    public BooleanBinding canUndo() { return Bindings.isNotNull(lastDeleted); }

    /**
     * True from choosing a person until their list has been read: an empty table then means "not read
     * yet", and must not say "no medicines" (reading waits for the knowledge base at start).
     */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public void reload() {
        Person p = person.get();
        if (p == null) {
            current.clear();
            stopped.clear();
            loading.set(false);
            return;
        }
        if (shownFor != p.id()) loading.set(true);
        jobs.run(app -> snapshot(app, p.id()), this::show, failure -> {
            loading.set(false);
            jobs.status().failed(failure);
        });
    }

    public void add(MedicationDetails details) {
        Person p = requirePerson();
        jobs.run(app -> {
            Medication added = app.add(p.id(), details);
            return snapshot(app, p.id()).saying("Added " + added.name() + (added.isRecognized() ? "." : " — not recognised, so not checked for interactions."));
        }, this::show, notSaved(details));
    }

    /** What the user typed when a save failed, the entry it was meant to change (null for a new one) and why. */
    public record NotSaved(MedicationDetails details, Medication editing, String reason) {}

    private final ReadOnlyObjectWrapper<NotSaved> notSaved = new ReadOnlyObjectWrapper<>();

    /** Set when a save fails: the view reopens the form with what was typed, so nothing typed is lost. */
    public ReadOnlyObjectProperty<NotSaved> notSavedProperty() { return notSaved.getReadOnlyProperty(); }

    private Consumer<Throwable> notSaved(MedicationDetails details) { return notSaved(details, null); }

    private Consumer<Throwable> notSaved(MedicationDetails details, Medication editing) {
        return failure -> {
            String reason = StatusModel.describe(failure);
            jobs.status().say("\u201c" + details.name() + "\u201d was not saved. " + reason);
            notSaved.set(null);
            notSaved.set(new NotSaved(details, editing, reason));
        };
    }

    public void update(Medication original, MedicationDetails details) {
        Person p = requirePerson();
        jobs.run(app -> {
            app.update(p.id(), original.id(), details);
            return snapshot(app, p.id()).saying("Saved " + details.name() + ".");
        }, this::show, notSaved(details, original));
    }

    public void stop(Medication m) {
        Person p = requirePerson();
        jobs.run(app -> {
            app.stop(p.id(), m.id());
            return snapshot(app, p.id()).saying("Stopped " + m.name() + ". It is kept in the history.");
        }, this::show);
    }

    public void resume(Medication m) {
        Person p = requirePerson();
        jobs.run(app -> {
            app.resume(p.id(), m.id());
            return snapshot(app, p.id()).saying("Put " + m.name() + " back on the current list.");
        }, this::show);
    }

    public void delete(Medication m) {
        Person p = requirePerson();
        jobs.run(app -> {
            Medication removed = app.remove(p.id(), m.id());
            return snapshot(app, p.id()).saying("Deleted " + m.name() + ". Press Ctrl+Z to undo.").deleted(removed);
        }, this::show);
    }

    public void undoDelete() {
        Medication deleted = lastDeleted.get();
        if (deleted == null) return;
        jobs.run(app -> {
            app.restore(deleted);
            return snapshot(app, deleted.personId()).saying("Restored " + deleted.name() + ".");
        }, s -> {
            lastDeleted.set(null);
            show(s);
        });
    }

    /** What the worker read, applied on the FX thread in one go. */
    private record Snapshot(long personId, List<Medication> current, List<Medication> stopped, String message, Medication deleted) {
        Snapshot saying(String text) { return new Snapshot(personId, current, stopped, text, deleted); }

        Snapshot deleted(Medication m) { return new Snapshot(personId, current, stopped, message, m); }
    }

    private static Snapshot snapshot(MedList app, long personId) {
        return new Snapshot(personId, app.current(personId), app.stopped(personId), null, null);
    }

    private void show(Snapshot s) {
        Person p = person.get();
        if (p == null || p.id() != s.personId()) return; // the user switched person meanwhile
        current.setAll(s.current());
        stopped.setAll(s.stopped());
        shownFor = p.id();
        loading.set(false);
        if (s.deleted() != null) lastDeleted.set(s.deleted());
        if (s.message() != null) jobs.status().say(s.message());
    }

    private Person requirePerson() {
        Person p = person.get();
        if (p == null) throw new IllegalStateException("no person selected");
        return p;
    }

    static boolean matches(Medication m, String text) {
        if (text == null || text.isBlank()) return true;
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (m.name() + " " + String.join(" ", m.ingredients()) + " " + m.details().reason() + " " + m.details().prescriber())
                .toLowerCase(Locale.ROOT).contains(needle);
    }
}
