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
import org.medlist.medications.Recognition;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import org.medlist.ui.AppContext;

/**
 * The warnings for the person shown: re-checked on the worker whenever their current list changes,
 * applied here on the FX thread. Also keeps their "discussed with my doctor" dates, and answers
 * "check before adding" without saving anything.
 */
public final class WarningsViewModel {
    private static final String NO_PERSON = "Add a person and their medicines to check them.";
    private final AppContext context;
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
    private String knowledgeVersion = "";
    private int generation; // drops results of checks that a newer change has overtaken

    private final ObservableList<String> allergiesNotChecked = FXCollections.observableArrayList();

    public WarningsViewModel(AppContext context, ObservableList<Medication> currentMedications,
                             javafx.beans.value.ObservableValue<org.medlist.model.Profile> profile) {
        this.context = context;
        // The list and the profile only say when to re-check; the check reads what the store holds.
        currentMedications.addListener((ListChangeListener<Medication>) c -> recheck());
        profile.addListener((o, a, b) -> recheck());
        person.addListener((o, a, b) -> {
            candidateHeadline.set("");
            candidateFindings.clear();
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

    public String knowledgeVersion() { return knowledgeVersion; }

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
        context.background().run(() -> {
            Recognition k = context.knowledge();
            // What the store holds now: the list on screen may still be the previous person's while it loads.
            List<Medication> stored = context.stores().medications().current(p.id());
            Recognition.FullCheck full = k.check(k.inputs(stored), context.stores().profiles().get(p.id()));
            CheckResult result = full.result();
            return new Checked(mine, result, full.profile().allergiesNotChecked(), context.stores().discussed().forPerson(p.id()),
                    descriptions(k, result.all()));
        }, this::apply, context.status()::failed);
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
        context.background().run(() -> {
            context.stores().discussed().record(p.id(), f.key(), on);
            return on;
        }, date -> {
            discussed.put(f.key(), date);
            context.status().say("Recorded: discussed with the doctor on " + date + ". The warning stays on the list.");
        }, context.status()::failed);
    }

    public void clearDiscussed(Finding f) {
        Person p = person.get();
        if (p == null) return;
        context.background().run(() -> {
            context.stores().discussed().clear(p.id(), f.key());
            return f.key();
        }, discussed::remove, context.status()::failed);
    }

    /** Checks {@code name} against the current list without saving it. */
    public void checkBeforeAdding(String name, List<Medication> current) {
        if (name == null || name.isBlank()) return;
        candidateHeadline.set("Checking " + name.strip() + "…");
        context.background().run(() -> {
            Recognition k = context.knowledge();
            CheckInput candidate = k.input(name.strip());
            List<CheckInput> inputs = new ArrayList<>(k.inputs(current));
            inputs.add(candidate);
            CheckResult r = k.checker().check(inputs);
            List<Finding> involving = r.all().stream().filter(f -> f.medications().contains(candidate.label())).toList();
            return new Candidate(candidate, r, involving, descriptions(k, involving));
        }, c -> {
            ingredientDescriptions.putAll(c.descriptions());
            candidateFindings.setAll(c.involving());
            candidateHeadline.set(candidateText(c));
        }, context.status()::failed);
    }

    private record Candidate(CheckInput input, CheckResult result, List<Finding> involving, Map<String, String> descriptions) {}

    private static String candidateText(Candidate c) {
        String name = c.input().label();
        if (!c.input().recognized()) {
            return name + " is not recognised, so it cannot be checked."
                    + (c.input().suggestions().isEmpty() ? "" : " Did you mean " + String.join(", ", c.input().suggestions()) + "?");
        }
        int others = c.result().checked().size() - 1;
        long warnings = c.involving().stream().filter(f -> f.severity().isWarning()).count();
        if (c.involving().isEmpty()) {
            return "No interactions found between " + name + " (" + String.join(" + ", c.input().ingredients()) + ") and the "
                    + others + " checked " + (others == 1 ? "medicine" : "medicines") + " on the list. Nothing was saved.";
        }
        return name + ": " + (warnings == 0 ? "no warnings, " + c.involving().size() + " minor or ungraded notes"
                : warnings + (warnings == 1 ? " warning" : " warnings")) + " with the " + others + " checked "
                + (others == 1 ? "medicine" : "medicines") + " on the list. Nothing was saved.";
    }

    private static Map<String, String> descriptions(Recognition k, List<Finding> findings) {
        Map<String, String> out = new LinkedHashMap<>();
        findings.forEach(f -> f.drugs().forEach(d -> out.computeIfAbsent(d, k::describe)));
        return out;
    }
}
