package org.medlist.ui.medications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medlist.app.MedList;
import org.medlist.check.Finding;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import org.medlist.model.Person;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.Jobs;

/**
 * What the add/edit form knows about the name being typed, before anything is saved: what it is
 * recognised as, and — with the person's profile — the allergy it matches, the warnings and the
 * precautions it would bring. Saving asks first when the name matches a recorded allergy or is not
 * recognised at all.
 */
public final class MedicationFormViewModel {
    private static final Pattern STRENGTH = Pattern.compile(
            "(?i)(?<![\\w.])(\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?)\\s*(mg|mcg|µg|g|ml|iu|units?|%)(?![\\w])");
    private final Jobs jobs;
    private final Optional<Person> person;
    private final ReadOnlyObjectWrapper<Resolution> resolution = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper allergyAlert = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> warnings = FXCollections.observableArrayList();
    private final ObservableList<PrecautionItem> precautions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final String editedEntryName;
    private String lastTyped = "";
    private String answeredFor;
    private String pendingFor;
    private Runnable pending;

    /**
     * {@code person}: whose list the entry is for (its profile is applied); empty only when no person is
     * selected. {@code editedEntryName}: the name of the entry being edited (its findings with itself are
     * left out), or null for a new entry.
     */
    public MedicationFormViewModel(Jobs jobs, Optional<Person> person, String editedEntryName) {
        this.jobs = jobs;
        this.person = person;
        this.editedEntryName = editedEntryName;
    }

    /** True once the answers shown are for exactly {@code typed}. */
    public boolean isAnswerFor(String typed) {
        return typed != null && typed.equals(answeredFor);
    }

    /** Runs {@code action} once the answers for {@code typed} are in (at once if they are): saving waits for them. */
    public void whenAnswered(String typed, Runnable action) {
        if (isAnswerFor(typed)) {
            action.run();
            return;
        }
        pendingFor = typed;
        pending = action;
        if (!typed.equals(lastTyped)) nameTyped(typed);
    }

    /** What the typed name resolved to; null until the first answer. */
    public ReadOnlyObjectProperty<Resolution> resolutionProperty() { return resolution.getReadOnlyProperty(); }

    /** "Ann is allergic to penicillins (rash): Augmentin contains amoxicillin." Empty when no recorded allergy matches. */
    public ReadOnlyStringProperty allergyAlertProperty() { return allergyAlert.getReadOnlyProperty(); }

    /** Warnings (moderate or worse) the entry would bring with the rest of the list and the profile. */
    public ObservableList<Finding> warnings() { return warnings; }

    /** Precautions the entry would add for this person. */
    public ObservableList<PrecautionItem> precautions() { return precautions; }

    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    private record Answer(String typed, Resolution resolution, MedList.WhatIf whatIf) {}

    /** Recognises {@code typed} and, for a person, checks it with their list and profile. Results of older text are dropped. */
    public void nameTyped(String typed) {
        lastTyped = typed;
        if (typed == null || typed.isBlank()) {
            resolution.set(null);
            clearCheck();
            answered(typed);
            return;
        }
        checking.set(true);
        jobs.run(app -> {
            Resolution r = app.knowledge().resolve(typed);
            MedList.WhatIf w = person.isPresent() && r.recognized() ? app.whatIf(person.get().id(), typed.strip(), strengthIn(typed).orElse("")) : null;
            return new Answer(typed, r, w);
        }, a -> {
            if (!a.typed().equals(lastTyped)) return;
            checking.set(false);
            resolution.set(a.resolution());
            if (a.whatIf() == null) {
                clearCheck();
            } else {
                allergyAlert.set(allergyText(a.whatIf()));
                warnings.setAll(a.whatIf().involving().stream()
                        .filter(f -> f.kind() != Finding.Kind.ALLERGY && f.severity().isWarning())
                        .filter(f -> editedEntryName == null || !f.medications().contains(editedEntryName)).toList());
                precautions.setAll(a.whatIf().newPrecautions());
            }
            answered(a.typed());
        }, failure -> {
            checking.set(false);
            jobs.status().failed(failure);
        });
    }

    private void answered(String typed) {
        answeredFor = typed;
        if (pending != null && typed != null && typed.equals(pendingFor)) {
            Runnable run = pending;
            pending = null;
            pendingFor = null;
            run.run();
        }
    }

    private void clearCheck() {
        allergyAlert.set("");
        warnings.clear();
        precautions.clear();
    }

    private String allergyText(MedList.WhatIf w) {
        List<Finding> allergies = w.allergyWarnings();
        if (allergies.isEmpty()) return "";
        String who = person.map(Person::name).orElse("This person");
        return String.join(" ", allergies.stream().map(f -> "ALLERGY: " + who + " — " + f.title() + ". " + f.summary()).toList());
    }

    /** True when saving should first ask, naming the allergy. */
    public boolean matchesAnAllergy() { return !allergyAlert.get().isEmpty(); }

    /** True when the typed name is known not to be recognised (saving asks "Save as not checked?"). */
    public boolean isUnrecognised() {
        Resolution r = resolution.get();
        return r != null && !r.recognized();
    }

    /** Suggestions to offer before saving an unrecognised name. */
    public List<NameEntry> suggestions() {
        Resolution r = resolution.get();
        return r == null ? List.of() : r.suggestions();
    }

    /** A strength written in the name ("lexapro 10mg" → "10 mg"), to fill the strength field. */
    public static Optional<String> strengthIn(String typed) {
        if (typed == null) return Optional.empty();
        Matcher m = STRENGTH.matcher(typed);
        if (!m.find()) return Optional.empty();
        String unit = m.group(2).toLowerCase(Locale.ROOT).replace("µg", "mcg");
        if (unit.equals("unit")) unit = "units";
        if (unit.equals("iu")) unit = "IU";
        if (unit.equals("ml")) unit = "mL";
        return Optional.of(m.group(1).replaceAll("\\s+", "") + (unit.equals("%") ? "%" : " " + unit));
    }
}
