package org.medlist.ui.people;

import org.medlist.ui.common.Jobs;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.medlist.model.Profile;
import org.medlist.model.Person;

/** The shown person's profile, loaded and saved on the worker. Warnings and the checklist re-check when it changes. */
public final class ProfileViewModel {
    private final Jobs jobs;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(Profile.unknown());
    private final ReadOnlyStringWrapper allergySummary = new ReadOnlyStringWrapper("");

    public ProfileViewModel(Jobs jobs) {
        this.jobs = jobs;
        person.addListener((o, a, p) -> {
            notes = p == null ? "" : p.notes();
            emergencyContact = "";
            load(p);
        });
    }

    public ObjectProperty<Person> personProperty() { return person; }

    public ReadOnlyObjectProperty<Profile> profileProperty() { return profile.getReadOnlyProperty(); }

    /** "Allergies: penicillins (rash)", "No known allergies" or "Allergies not recorded": never blank for a person. */
    public ReadOnlyStringProperty allergySummaryProperty() { return allergySummary.getReadOnlyProperty(); }

    private void load(Person p) {
        if (p == null) {
            show(Profile.unknown(), null);
            return;
        }
        jobs.run(app -> new Loaded(app.profile(p.id()), app.emergencyContact(p.id())), loaded -> {
            if (person.get() != null && person.get().id() == p.id()) emergencyContact = loaded.emergencyContact();
            show(loaded.profile(), p);
        });
    }

    private record Loaded(Profile profile, String emergencyContact) {}

    private String emergencyContact = "";

    /** Who to call in an emergency (for the wallet card), as last loaded or saved; empty when not given. */
    public String emergencyContact() { return emergencyContact; }

    /** The shown person's notes, as last loaded or saved. */
    public String notes() { return notes; }

    public void save(Profile updated, String newNotes) {
        save(updated, newNotes, emergencyContact);
    }

    public void save(Profile updated, String newNotes, String newEmergencyContact) {
        Person p = person.get();
        if (p == null) return;
        String contact = newEmergencyContact == null ? "" : newEmergencyContact.strip();
        jobs.run(app -> {
            app.setNotes(p.id(), newNotes);
            return app.saveProfile(p.id(), updated, contact);
        }, saved -> {
            notes = newNotes;
            emergencyContact = contact;
            show(saved, p);
            jobs.status().say("Saved " + p.name() + "'s profile.");
        });
    }

    private String notes = "";

    private void show(Profile loaded, Person p) {
        if (p != null && person.get() != null && person.get().id() != p.id()) return; // switched meanwhile
        profile.set(loaded);
        allergySummary.set(p == null ? "" : summary(loaded));
    }

    public static String summary(Profile p) {
        return switch (p.allergyState()) {
            case NOT_RECORDED -> "Allergies not recorded";
            case NONE_KNOWN -> "No known allergies";
            case RECORDED -> "Allergies: " + String.join(", ", p.allergies().stream()
                    .map(a -> a.substance() + (a.reaction().isBlank() ? "" : " (" + a.reaction() + ")")).toList());
        };
    }
}
