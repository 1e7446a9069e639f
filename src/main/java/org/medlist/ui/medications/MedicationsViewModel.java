package org.medlist.ui.medications;

import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.function.Consumer;
import org.medlist.ui.common.StatusModel;
import java.time.LocalDate;
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
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.ui.AppContext;

/**
 * One person's medicines: current and stopped, the find filter, and the one delete that can be undone.
 * Every change goes to the store on the worker; the lists are replaced with what the store then holds.
 */
public final class MedicationsViewModel {
    private final AppContext context;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<Medication> current = FXCollections.observableArrayList();
    private final ObservableList<Medication> stopped = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<Medication> visibleCurrent = new FilteredList<>(current);
    private final FilteredList<Medication> visibleStopped = new FilteredList<>(stopped);
    private final ObjectProperty<Medication> lastDeleted = new SimpleObjectProperty<>();

    public MedicationsViewModel(AppContext context) {
        this.context = context;
        filter.addListener((obs, old, text) -> {
            visibleCurrent.setPredicate(m -> matches(m, text));
            visibleStopped.setPredicate(m -> matches(m, text));
        });
        person.addListener((obs, old, p) -> {
            lastDeleted.set(null);
            reload();
        });
    }

    public ObjectProperty<Person> personProperty() { return person; }

    public ObservableList<Medication> currentMedications() { return visibleCurrent; }

    public ObservableList<Medication> allCurrent() { return current; }

    public ObservableList<Medication> stoppedMedications() { return visibleStopped; }

    public StringProperty filterProperty() { return filter; }

    public ReadOnlyObjectProperty<Medication> lastDeletedProperty() { return lastDeleted; }

    public BooleanBinding canUndo() { return Bindings.isNotNull(lastDeleted); }

    public void reload() {
        Person p = person.get();
        if (p == null) {
            current.clear();
            stopped.clear();
            return;
        }
        context.background().run(() -> snapshot(p.id()), this::show, context.status()::failed);
    }

    public void add(MedicationDetails details) {
        Person p = requirePerson();
        context.background().run(() -> {
            Medication added = context.stores().medications().add(p.id(), details, context.knowledge().recognize(details.name()));
            return snapshot(p.id()).saying("Added " + added.name() + (added.isRecognized() ? "." : " — not recognised, so not checked for interactions."));
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
            context.status().say("\u201c" + details.name() + "\u201d was not saved. " + reason);
            notSaved.set(null);
            notSaved.set(new NotSaved(details, editing, reason));
        };
    }

    public void update(Medication original, MedicationDetails details) {
        Person p = requirePerson();
        context.background().run(() -> {
            MedicationStore.Recognition recognition = context.knowledge().recognize(details.name());
            context.stores().medications().update(p.id(), original.id(), details, recognition);
            return snapshot(p.id()).saying("Saved " + details.name() + ".");
        }, this::show, notSaved(details, original));
    }

    public void stop(Medication m) {
        Person p = requirePerson();
        context.background().run(() -> {
            context.stores().medications().stop(p.id(), m.id(), LocalDate.now());
            return snapshot(p.id()).saying("Stopped " + m.name() + ". It is kept in the history.");
        }, this::show, context.status()::failed);
    }

    public void resume(Medication m) {
        Person p = requirePerson();
        context.background().run(() -> {
            context.stores().medications().resume(p.id(), m.id());
            return snapshot(p.id()).saying("Put " + m.name() + " back on the current list.");
        }, this::show, context.status()::failed);
    }

    public void delete(Medication m) {
        Person p = requirePerson();
        context.background().run(() -> {
            Medication removed = context.stores().medications().remove(p.id(), m.id());
            return snapshot(p.id()).saying("Deleted " + m.name() + ". Press Ctrl+Z to undo.").deleted(removed);
        }, this::show, context.status()::failed);
    }

    public void undoDelete() {
        Medication deleted = lastDeleted.get();
        if (deleted == null) return;
        context.background().run(() -> {
            context.stores().medications().restore(deleted);
            return snapshot(deleted.personId()).saying("Restored " + deleted.name() + ".");
        }, s -> {
            lastDeleted.set(null);
            show(s);
        }, context.status()::failed);
    }

    /** What the worker read, applied on the FX thread in one go. */
    private record Snapshot(long personId, List<Medication> current, List<Medication> stopped, String message, Medication deleted) {
        Snapshot saying(String text) { return new Snapshot(personId, current, stopped, text, deleted); }

        Snapshot deleted(Medication m) { return new Snapshot(personId, current, stopped, message, m); }
    }

    private Snapshot snapshot(long personId) {
        MedicationStore store = context.stores().medications();
        List<Medication> now = context.knowledge().refresh(store, store.current(personId));
        return new Snapshot(personId, now, store.stopped(personId), null, null);
    }

    private void show(Snapshot s) {
        Person p = person.get();
        if (p == null || p.id() != s.personId()) return; // the user switched person meanwhile
        current.setAll(s.current());
        stopped.setAll(s.stopped());
        if (s.deleted() != null) lastDeleted.set(s.deleted());
        if (s.message() != null) context.status().say(s.message());
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
