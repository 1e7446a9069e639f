package org.medlist.ui.people;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medlist.model.Person;
import org.medlist.app.MedList;
import org.medlist.ui.common.DatabaseFile;
import org.medlist.ui.common.Jobs;

/** The people kept in the database and which one is shown. */
public final class PeopleViewModel {
    private final Jobs jobs;
    private final DatabaseFile database;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyStringWrapper databaseProblem = new javafx.beans.property.ReadOnlyStringWrapper("");

    public PeopleViewModel(Jobs jobs, DatabaseFile database) {
        this.jobs = jobs;
        this.database = database;
    }

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
        jobs.background().run(() -> database.restoreFrom(backup), kept -> {
            jobs.status().say("Restored the backup " + backup.getFileName() + kept.map(k -> "; the damaged file is kept as " + k.getFileName()).orElse("") + ".");
            load();
        }, jobs.status()::failed);
    }

    /** Why the database could not be opened; empty when it is open. Nothing else can be done until then. */
    public javafx.beans.property.ReadOnlyStringProperty databaseProblemProperty() { return databaseProblem.getReadOnlyProperty(); }

    /** Loads the people (opening the database on first use) and selects the first. */
    public void load() {
        jobs.status().say("Opening " + database.path() + "…");
        jobs.run(MedList::people, loaded -> {
            databaseProblem.set("");
            restorableBackup.set(null);
            show(loaded, loaded.isEmpty() ? null : loaded.get(0).id());
            jobs.status().say(loaded.isEmpty()
                    ? "Welcome. Add a person to start a medication list."
                    : "Opened " + database.path().getFileName() + " — " + loaded.size() + (loaded.size() == 1 ? " person" : " people") + ".");
        }, problem -> {
            databaseProblem.set(org.medlist.ui.common.StatusModel.describe(problem));
            jobs.status().failed(problem);
            // Looking for a backup reads the disk: on the worker, like all file work.
            jobs.background().run(database::latestAutomaticBackup, found -> restorableBackup.set(found.orElse(null)), jobs.status()::failed);
        });
    }

    public void add(String name) {
        jobs.run(app -> {
            Person added = app.addPerson(name);
            return new Reload(app.people(), added.id());
        }, r -> {
            show(r.people, r.selectId);
            jobs.status().say("Added " + name.strip() + ".");
        });
    }

    public void rename(Person person, String newName) {
        jobs.run(app -> {
            app.renamePerson(person.id(), newName);
            return new Reload(app.people(), person.id());
        }, r -> {
            show(r.people, r.selectId);
            jobs.status().say("Renamed " + person.name() + " to " + newName.strip() + ".");
        });
    }

    public void remove(Person person) {
        jobs.run(app -> {
            app.removePerson(person.id());
            List<Person> all = app.people();
            return new Reload(all, all.isEmpty() ? null : all.get(0).id());
        }, r -> {
            show(r.people, r.selectId);
            jobs.status().say("Removed " + person.name() + " and their medication list.");
        });
    }

    private record Reload(List<Person> people, Long selectId) {}

    private void show(List<Person> loaded, Long selectId) {
        people.setAll(loaded);
        selected.set(loaded.stream().filter(p -> selectId != null && p.id() == selectId).findFirst().orElse(null));
    }
}
