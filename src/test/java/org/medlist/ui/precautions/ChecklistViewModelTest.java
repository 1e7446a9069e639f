package org.medlist.ui.precautions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.ViewModelFixture;

/** The precaution checklist: the person's medicines × their profile; ticks kept per person, forgotten when an item stops applying. */
class ChecklistViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    final ObservableList<Medication> list = FXCollections.observableArrayList();
    final SimpleObjectProperty<Profile> profile = new SimpleObjectProperty<>(Profile.unknown());
    ChecklistViewModel vm;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Margaret");
        vm = new ChecklistViewModel(f.jobs, list, profile);
    }

    @AfterEach
    void close() { f.close(); }

    private Medication add(Person p, String name) {
        Medication m = f.app.add(p.id(), MedicationDetails.named(name));
        list.setAll(f.app.current(p.id()));
        return m;
    }

    private PrecautionItem item(String key) {
        return vm.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theItemsFollowTheMedicinesAndTheProfile() {
        vm.personProperty().set(ann);
        assertThat(vm.items()).isEmpty();
        add(ann, "Valium");
        assertThat(vm.items()).extracting(PrecautionItem::key).contains("benzo-stopping");
        assertThat(vm.items()).extracting(PrecautionItem::topic).doesNotContain("older_adults");
        Profile older = ViewModelFixture.aged(70);
        f.app.saveProfile(ann.id(), older);
        profile.set(older);
        assertThat(vm.items()).extracting(PrecautionItem::topic).contains("older_adults", "stopping");
        assertThat(vm.items()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty());
        assertThat(vm.openProperty().get()).isEqualTo(vm.items().size());
    }

    @Test
    void aTickIsKeptWithTheDayAndCountsAsDone() {
        vm.personProperty().set(ann);
        add(ann, "Valium");
        int all = vm.items().size();
        vm.setTicked(item("benzo-stopping"), true);
        assertThat(vm.ticks()).containsEntry("benzo-stopping", ViewModelFixture.TODAY);
        assertThat(vm.openProperty().get()).isEqualTo(all - 1);

        ChecklistViewModel again = new ChecklistViewModel(f.jobs, FXCollections.observableArrayList(), new SimpleObjectProperty<>(Profile.unknown()));
        again.personProperty().set(ann);
        assertThat(again.ticks()).containsEntry("benzo-stopping", ViewModelFixture.TODAY);

        vm.setTicked(item("benzo-stopping"), false);
        assertThat(vm.ticks()).isEmpty();
        assertThat(vm.openProperty().get()).isEqualTo(all);
        assertThat(f.app.checklist(ann.id()).ticks()).isEmpty();
    }

    @Test
    void ticksArePerPerson() {
        Person bob = f.person("Bob");
        f.app.add(bob.id(), MedicationDetails.named("Valium"));
        vm.personProperty().set(ann);
        add(ann, "Valium");
        vm.setTicked(item("benzo-stopping"), true);
        vm.personProperty().set(bob);
        assertThat(vm.items()).extracting(PrecautionItem::key).contains("benzo-stopping");
        assertThat(vm.ticks()).isEmpty();
        vm.personProperty().set(ann);
        assertThat(vm.ticks()).containsKey("benzo-stopping");
        vm.personProperty().set(null);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.openProperty().get()).isZero();
    }

    @Test
    void anItemThatStopsApplyingLosesItsTickAndComesBackUnticked() {
        vm.personProperty().set(ann);
        Medication valium = add(ann, "Valium");
        vm.setTicked(item("benzo-stopping"), true);
        f.app.remove(ann.id(), valium.id());
        list.setAll(f.app.current(ann.id()));
        assertThat(vm.items()).extracting(PrecautionItem::key).doesNotContain("benzo-stopping");
        assertThat(vm.ticks()).isEmpty();
        add(ann, "Valium");
        assertThat(vm.items()).extracting(PrecautionItem::key).contains("benzo-stopping");
        assertThat(vm.ticks()).doesNotContainKey("benzo-stopping");
    }

    @Test
    void aChecklistOvertakenByANewerOneIsDropped(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            g.app.add(a.id(), MedicationDetails.named("Valium"));
            ChecklistViewModel late = new ChecklistViewModel(g.jobs, FXCollections.observableArrayList(), new SimpleObjectProperty<>(Profile.unknown()));
            late.personProperty().set(a);
            late.personProperty().set(b);
            queued.runNewest();
            queued.runOldest(); // Ann's checklist arrives after Bob's empty one
            assertThat(late.items()).isEmpty();
            assertThat(late.openProperty().get()).isZero();
        }
    }
}
