package org.medlist.ui.precautions;

import org.medlist.app.MedList;
import org.medlist.ui.common.Jobs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.medlist.precautions.PrecautionItem;
import org.medlist.model.Profile;
import org.medlist.model.Medication;
import org.medlist.model.Person;

/**
 * The precaution checklist of the person shown: current medicines × their profile. Ticks are kept per
 * person with the day; items that stop applying lose their tick, so they come back unticked.
 */
public final class ChecklistViewModel {
    private final Jobs jobs;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<PrecautionItem> items = FXCollections.observableArrayList();
    private final ObservableMap<String, LocalDate> ticks = FXCollections.observableHashMap();
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(0);
    private int generation;

    /** {@code current} and {@code profile} only tell when to recompute; the data is read from the store. */
    public ChecklistViewModel(Jobs jobs, ObservableList<Medication> current, javafx.beans.value.ObservableValue<Profile> profile) {
        this.jobs = jobs;
        current.addListener((ListChangeListener<Medication>) c -> refresh());
        profile.addListener((o, a, b) -> refresh());
        person.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<Person> personProperty() { return person; }

    public ObservableList<PrecautionItem> items() { return items; }

    public ObservableMap<String, LocalDate> ticks() { return ticks; }

    /** Items not ticked yet. */
    public ReadOnlyIntegerProperty openProperty() { return open.getReadOnlyProperty(); }

    private record Loaded(int generation, List<PrecautionItem> items, Map<String, LocalDate> ticks) {}

    /**
     * Recomputes from what the store holds, not from the list on screen: this job forgets ticks of items
     * that no longer apply, so it must never act on a list that is still loading.
     */
    private void refresh() {
        Person p = person.get();
        int mine = ++generation;
        if (p == null) {
            apply(new Loaded(mine, List.of(), Map.of()));
            return;
        }
        jobs.run(app -> {
            MedList.Checklist now = app.checklist(p.id());
            return new Loaded(mine, now.items(), now.ticks());
        }, this::apply);
    }

    private void apply(Loaded l) {
        if (l.generation() != generation) return;
        replacing = true;
        try {
            ticks.clear();
            ticks.putAll(l.ticks());
            items.setAll(l.items());
        } finally {
            replacing = false;
        }
        countOpen();
    }

    private boolean replacing;

    /**
     * True while a reload replaces the items: a check list then forgets and re-marks its checks, and those
     * are not the person unticking anything (taking them as such lost ticks kept from an earlier run).
     */
    public boolean isReplacing() { return replacing; }

    public void setTicked(PrecautionItem item, boolean ticked) {
        Person p = person.get();
        if (p == null || ticked == ticks.containsKey(item.key())) return;
        LocalDate today = jobs.today();
        if (ticked) ticks.put(item.key(), today);
        else ticks.remove(item.key());
        countOpen();
        jobs.run(app -> {
            app.tick(p.id(), item.key(), ticked);
            return null;
        }, ignored -> {});
    }

    private void countOpen() {
        open.set((int) items.stream().filter(i -> !ticks.containsKey(i.key())).count());
    }
}
