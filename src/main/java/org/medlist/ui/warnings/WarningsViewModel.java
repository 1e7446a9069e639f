package org.medlist.ui.warnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.check.CheckText;
import org.medlist.check.Finding;
import org.medlist.app.Knowledge;
import org.medlist.app.MedList;
import org.medlist.precautions.PersonCheck;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.Jobs;
import org.medlist.model.Medication;
import org.medlist.model.Person;

/**
 * The warnings for the person shown: re-checked on the worker whenever their current list changes,
 * applied here on the FX thread. Also keeps their "discussed with my doctor" dates, and answers
 * "check before adding" without saving anything.
 */
public final class WarningsViewModel {
    private static final String NO_PERSON = "Add a person and their medicines to check them.";
    private final Jobs jobs;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<CheckInput> notChecked = FXCollections.observableArrayList();
    private final ObservableMap<String, LocalDate> discussed = FXCollections.observableHashMap();
    private final ObservableMap<String, String> ingredientDescriptions = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(NO_PERSON);
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper candidateHeadline = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> candidateFindings = FXCollections.observableArrayList();
    private final ObservableList<PrecautionItem> candidatePrecautions = FXCollections.observableArrayList();
    private String knowledgeVersion = "";
    private int generation; // drops results of checks that a newer change has overtaken

    private final ObservableList<String> allergiesNotChecked = FXCollections.observableArrayList();

    public WarningsViewModel(Jobs jobs, ObservableList<Medication> currentMedications,
                             javafx.beans.value.ObservableValue<org.medlist.model.Profile> profile) {
        this.jobs = jobs;
        // The list and the profile only say when to re-check; the check reads what the store holds.
        currentMedications.addListener((ListChangeListener<Medication>) c -> recheck());
        profile.addListener((o, a, b) -> recheck());
        person.addListener((o, a, b) -> {
            candidateHeadline.set("");
            candidateFindings.clear();
            candidatePrecautions.clear();
            recheck();
        });
    }

    public ObjectProperty<Person> personProperty() { return person; }

    public ObservableList<Finding> findings() { return findings; }

    public ObservableList<CheckInput> notChecked() { return notChecked; }

    /** Recorded allergies the knowledge base does not recognise: no medicine was checked against them. */
    public ObservableList<String> allergiesNotChecked() { return allergiesNotChecked; }

    public ObservableMap<String, LocalDate> discussed() { return discussed; }

    public ObservableMap<String, String> ingredientDescriptions() { return ingredientDescriptions; }

    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty warningCountProperty() { return warningCount.getReadOnlyProperty(); }

    public ObjectProperty<Finding> selectedProperty() { return selected; }

    public BooleanProperty checkingProperty() { return checking; }

    public ReadOnlyStringProperty candidateHeadlineProperty() { return candidateHeadline.getReadOnlyProperty(); }

    public ObservableList<Finding> candidateFindings() { return candidateFindings; }

    /** Precautions the candidate of "check before adding" would add for this person (their profile applied). */
    public ObservableList<PrecautionItem> candidatePrecautions() { return candidatePrecautions; }

    public String knowledgeVersion() { return knowledgeVersion; }

    /** Today, by the application's clock (the default "discussed on" date). */
    public LocalDate today() { return jobs.today(); }

    private record Checked(int generation, CheckResult result, List<String> allergiesNotChecked, Map<String, LocalDate> discussed,
                           Map<String, String> descriptions) {}

    private void recheck() {
        Person p = person.get();
        int mine = ++generation;
        checking.set(true);
        if (p == null) {
            apply(new Checked(mine, null, List.of(), Map.of(), Map.of()));
            return;
        }
        jobs.run(app -> {
            // What the store holds now, with the stored profile: the list on screen may still be the previous person's while it loads.
            PersonCheck full = app.check(p.id());
            CheckResult result = full.result();
            return new Checked(mine, result, full.profile().allergiesNotChecked(), app.discussed(p.id()),
                    descriptions(app.knowledge(), result.all()));
        }, this::apply);
    }

    private void apply(Checked c) {
        if (c.generation() != generation) return;
        checking.set(false);
        Finding keep = selected.get();
        allergiesNotChecked.setAll(c.allergiesNotChecked());
        if (c.result() == null) {
            findings.clear();
            notChecked.clear();
            headline.set(NO_PERSON);
            warningCount.set(0);
            return;
        }
        knowledgeVersion = c.result().knowledgeBaseVersion();
        ingredientDescriptions.putAll(c.descriptions());
        discussed.clear();
        discussed.putAll(c.discussed());
        findings.setAll(c.result().all());
        notChecked.setAll(c.result().notChecked());
        warningCount.set((int) c.result().warningCount());
        headline.set(c.result().checked().isEmpty() && c.result().notChecked().isEmpty()
                ? "No medicines on the list yet." : CheckText.headline(c.result()));
        selected.set(keep == null ? null : findings.stream().filter(f -> f.key().equals(keep.key())).findFirst().orElse(null));
    }

    public void recordDiscussed(Finding f, LocalDate on) {
        Person p = person.get();
        if (p == null) return;
        jobs.run(app -> {
            app.recordDiscussed(p.id(), f.key(), on);
            return on;
        }, date -> {
            if (!isShown(p)) return; // the user switched person meanwhile: the date is kept for the person it was recorded for
            discussed.put(f.key(), date);
            jobs.status().say("Recorded: discussed with the doctor on " + date + ". The warning stays on the list.");
        });
    }

    public void clearDiscussed(Finding f) {
        Person p = person.get();
        if (p == null) return;
        jobs.run(app -> {
            app.clearDiscussed(p.id(), f.key());
            return f.key();
        }, key -> {
            if (isShown(p)) discussed.remove(key);
        });
    }

    /** Checks {@code name} against the person's current list, with their profile, without saving it. */
    public void checkBeforeAdding(String name) {
        Person p = person.get();
        if (name == null || name.isBlank() || p == null) return;
        candidateHeadline.set("Checking " + name.strip() + "…");
        jobs.run(app -> {
            MedList.WhatIf w = app.whatIf(p.id(), name.strip(), "");
            return new Candidate(w, descriptions(app.knowledge(), w.involving()));
        }, c -> {
            if (!isShown(p)) return;
            ingredientDescriptions.putAll(c.descriptions());
            candidateFindings.setAll(c.whatIf().involving());
            candidatePrecautions.setAll(c.whatIf().newPrecautions());
            candidateHeadline.set(candidateText(c.whatIf()));
        });
    }

    private boolean isShown(Person p) {
        return person.get() != null && person.get().id() == p.id();
    }

    private record Candidate(MedList.WhatIf whatIf, Map<String, String> descriptions) {}

    /** One line for the what-if: an allergy first, then how many warnings, never "safe". */
    static String candidateText(MedList.WhatIf w) {
        CheckInput c = w.candidate();
        String name = c.label();
        if (!c.recognized()) {
            return name + " is not recognised, so it cannot be checked."
                    + (c.suggestions().isEmpty() ? "" : " Did you mean " + String.join(", ", c.suggestions()) + "?");
        }
        StringBuilder text = new StringBuilder();
        for (Finding allergy : w.allergyWarnings()) text.append("ALLERGY: ").append(allergy.title()).append(". ");
        for (Finding f : w.involving()) {
            if (f.kind() == Finding.Kind.PROFILE && f.severity().isWarning()) text.append("For this person: ").append(f.title()).append(". ");
        }
        int others = w.check().result().checked().size() - 1;
        // Food and drink cautions are about the candidate alone, not "with the medicines on the list".
        List<Finding> pairs = w.involving().stream().filter(f -> f.kind() != Finding.Kind.ALLERGY && f.kind() != Finding.Kind.FOOD_AND_DRINK && f.kind() != Finding.Kind.PROFILE).toList();
        long foodWarnings = w.involving().stream().filter(f -> f.kind() == Finding.Kind.FOOD_AND_DRINK && f.severity().isWarning()).count();
        long warnings = pairs.stream().filter(f -> f.severity().isWarning()).count();
        String medicines = others + " checked " + (others == 1 ? "medicine" : "medicines") + " on the list";
        if (pairs.isEmpty()) {
            text.append("No interactions found between ").append(name).append(" (").append(String.join(" + ", c.ingredients()))
                    .append(") and the ").append(medicines).append('.');
        } else {
            text.append(name).append(": ").append(warnings == 0 ? "no warnings, " + pairs.size() + " minor or ungraded notes"
                    : warnings + (warnings == 1 ? " warning" : " warnings")).append(" with the ").append(medicines).append('.');
        }
        if (foodWarnings > 0) {
            text.append(' ').append(foodWarnings).append(foodWarnings == 1 ? " food and drink caution" : " food and drink cautions")
                    .append(" for ").append(name).append('.');
        }
        if (!w.newPrecautions().isEmpty()) {
            text.append(' ').append(w.newPrecautions().size()).append(w.newPrecautions().size() == 1 ? " precaution applies" : " precautions apply")
                    .append(" for this person.");
        }
        return text.append(" Nothing was saved.").toString();
    }

    private static Map<String, String> descriptions(Knowledge k, List<Finding> findings) {
        Map<String, String> out = new LinkedHashMap<>();
        findings.forEach(f -> f.drugs().forEach(d -> out.computeIfAbsent(d, k::describe)));
        return out;
    }
}
