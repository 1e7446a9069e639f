package org.medlist.ui.people;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medlist.model.Person;
import org.medlist.ui.AppContext;

/** The people kept in the database and which one is shown. */
public final class PeopleViewModel {
    private final AppContext context;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyStringWrapper databaseProblem = new javafx.beans.property.ReadOnlyStringWrapper("");

    public PeopleViewModel(AppContext context) { this.context = context; }

    public ObservableList<Person> people() { return people; }

    public ObjectProperty<Person> selectedProperty() { return selected; }

    public Optional<Person> selected() { return Optional.ofNullable(selected.get()); }

    private final javafx.beans.property.ReadOnlyObjectWrapper<java.nio.file.Path> restorableBackup = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** The latest automatic backup, offered when the database cannot be opened; null when there is none. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.nio.file.Path> restorableBackupProperty() { return restorableBackup.getReadOnlyProperty(); }

    /** Replaces the database that cannot be opened with the latest automatic backup (the old file is kept), then opens it. */
    public void restoreLatestBackup() {
        java.nio.file.Path backup = restorableBackup.get();
        if (backup == null) return;
        context.background().run(() -> org.medlist.store.Backups.restore(context.databasePath(), backup), kept -> {
            context.status().say("Restored the backup " + backup.getFileName() + kept.map(k -> "; the damaged file is kept as " + k.getFileName()).orElse("") + ".");
            load();
        }, context.status()::failed);
    }

    /** Why the database could not be opened; empty when it is open. Nothing else can be done until then. */
    public javafx.beans.property.ReadOnlyStringProperty databaseProblemProperty() { return databaseProblem.getReadOnlyProperty(); }

    /** Loads the people (opening the database on first use) and selects the first. */
    public void load() {
        context.status().say("Opening " + context.databasePath() + "…");
        context.background().run(() -> context.stores().people().all(), loaded -> {
            databaseProblem.set("");
            restorableBackup.set(null);
            show(loaded, loaded.isEmpty() ? null : loaded.get(0).id());
            context.status().say(loaded.isEmpty()
                    ? "Welcome. Add a person to start a medication list."
                    : "Opened " + context.databasePath().getFileName() + " — " + loaded.size() + (loaded.size() == 1 ? " person" : " people") + ".");
        }, problem -> {
            databaseProblem.set(org.medlist.ui.common.StatusModel.describe(problem));
            context.status().failed(problem);
            // Looking for a backup reads the disk: on the worker, like all file work.
            context.background().run(() -> org.medlist.store.Backups.latestAutomatic(context.databasePath()),
                    found -> restorableBackup.set(found.orElse(null)), context.status()::failed);
        });
    }

    public void add(String name) {
        context.background().run(() -> {
            Person added = context.stores().people().add(name);
            return new Reload(context.stores().people().all(), added.id());
        }, r -> {
            show(r.people, r.selectId);
            context.status().say("Added " + name.strip() + ".");
        }, context.status()::failed);
    }

    public void rename(Person person, String newName) {
        context.background().run(() -> {
            context.stores().people().rename(person.id(), newName);
            return new Reload(context.stores().people().all(), person.id());
        }, r -> {
            show(r.people, r.selectId);
            context.status().say("Renamed " + person.name() + " to " + newName.strip() + ".");
        }, context.status()::failed);
    }

    public void remove(Person person) {
        context.background().run(() -> {
            context.stores().people().remove(person.id());
            List<Person> all = context.stores().people().all();
            return new Reload(all, all.isEmpty() ? null : all.get(0).id());
        }, r -> {
            show(r.people, r.selectId);
            context.status().say("Removed " + person.name() + " and their medication list.");
        }, context.status()::failed);
    }

    private record Reload(List<Person> people, Long selectId) {}

    private void show(List<Person> loaded, Long selectId) {
        people.setAll(loaded);
        selected.set(loaded.stream().filter(p -> selectId != null && p.id() == selectId).findFirst().orElse(null));
    }
}
