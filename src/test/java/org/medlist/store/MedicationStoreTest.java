package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.TimeOfDay;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedicationStoreTest {
    @TempDir Path dir;
    Database db;
    PersonStore people;
    MedicationStore meds;
    Person ann;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("medlist.db"));
        people = new PersonStore(db);
        meds = new MedicationStore(db);
        ann = people.add("Ann");
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void recognitionsForSeveralEntriesAreRecordedTogetherOrNotAtAll() {
        var old = new MedicationStore.Recognition("", List.of(), "kb-1");
        Medication lexapro = meds.add(ann.id(), MedicationDetails.named("Lexapro"), old);
        Medication advil = meds.add(ann.id(), MedicationDetails.named("Advil"), old);
        meds.updateRecognitions(java.util.Map.of(lexapro.id(), new MedicationStore.Recognition("Lexapro", List.of("escitalopram"), "kb-2"),
                advil.id(), new MedicationStore.Recognition("Advil", List.of("ibuprofen"), "kb-2")));
        assertThat(meds.current(ann.id())).extracting(Medication::kbVersion).containsOnly("kb-2");
        assertThat(meds.current(ann.id())).flatExtracting(Medication::ingredients).containsExactlyInAnyOrder("escitalopram", "ibuprofen");

        // one entry that cannot be written (its ingredient rows need an entry that is not there) undoes the others
        var batch = new java.util.LinkedHashMap<Long, MedicationStore.Recognition>();
        batch.put(lexapro.id(), new MedicationStore.Recognition("Lexapro", List.of("escitalopram"), "kb-3"));
        batch.put(987_654L, new MedicationStore.Recognition("Ghost", List.of("ibuprofen"), "kb-3"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> meds.updateRecognitions(batch)).isInstanceOf(RuntimeException.class);
        assertThat(meds.current(ann.id())).extracting(Medication::kbVersion).containsOnly("kb-2");
    }

    @Test
    void everyFieldComesBackAsEntered() {
        MedicationDetails details = new MedicationDetails("Lexapro 10 mg", "10 mg", "1 tablet", "tablet", "by mouth",
                EnumSet.of(TimeOfDay.BEDTIME, TimeOfDay.MORNING), "with food", "anxiety", "Dr Lee",
                Optional.of(LocalDate.of(2025, 3, 1)), "since spring", Kind.PRESCRIPTION);
        var recognition = new MedicationStore.Recognition("Lexapro", List.of("escitalopram"), "kb-1");
        Medication saved = meds.add(ann.id(), details, recognition);
        Medication read = meds.require(ann.id(), saved.id());
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.ingredients()).containsExactly("escitalopram");
        assertThat(read.when()).isEqualTo("morning, bedtime, with food");
    }

    @Test
    void unicodeAndQuotesAreStoredByteForByte() {
        String name = "Ибупрофен «Nurofen» 200 mg; DROP TABLE person; -- ' \" 💊";
        Medication saved = meds.add(ann.id(), MedicationDetails.named(name), MedicationStore.Recognition.NOT_RECOGNIZED);
        assertThat(meds.require(ann.id(), saved.id()).name()).isEqualTo(name);
        assertThat(people.all()).hasSize(1);
    }

    @Test
    void refusesAnEmptyOrTooLongNameAndWritesNothing() {
        assertThatThrownBy(() -> meds.add(ann.id(), MedicationDetails.named("   "), MedicationStore.Recognition.NOT_RECOGNIZED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter the medicine's name");
        assertThatThrownBy(() -> meds.add(ann.id(), MedicationDetails.named("x".repeat(201)), MedicationStore.Recognition.NOT_RECOGNIZED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too long");
        assertThat(meds.all(ann.id())).isEmpty();
    }

    @Test
    void stoppingKeepsTheEntryInTheHistory() {
        Medication m = meds.add(ann.id(), MedicationDetails.named("Valium"), MedicationStore.Recognition.NOT_RECOGNIZED);
        meds.stop(ann.id(), m.id(), LocalDate.of(2026, 1, 2));
        assertThat(meds.current(ann.id())).isEmpty();
        assertThat(meds.stopped(ann.id())).singleElement()
                .satisfies(s -> assertThat(s.stopped()).contains(LocalDate.of(2026, 1, 2)));
        assertThatThrownBy(() -> meds.stop(ann.id(), m.id(), LocalDate.now())).hasMessageContaining("already stopped");
        meds.resume(ann.id(), m.id());
        assertThat(meds.current(ann.id())).hasSize(1);
    }

    @Test
    void aDeletedEntryIsRestoredExactlyUnderItsOldId() {
        Medication m = meds.add(ann.id(), MedicationDetails.named("Tylenol PM"),
                new MedicationStore.Recognition("Tylenol PM", List.of("acetaminophen", "diphenhydramine"), "kb-1"));
        Medication removed = meds.remove(ann.id(), m.id());
        assertThat(meds.all(ann.id())).isEmpty();
        meds.add(ann.id(), MedicationDetails.named("Other"), MedicationStore.Recognition.NOT_RECOGNIZED);
        Medication back = meds.restore(removed);
        assertThat(back).isEqualTo(m);
    }

    @Test
    void anotherPersonsIdIsUnknown() {
        Person bob = people.add("Bob");
        Medication m = meds.add(ann.id(), MedicationDetails.named("Zoloft"), MedicationStore.Recognition.NOT_RECOGNIZED);
        assertThatThrownBy(() -> meds.remove(bob.id(), m.id())).isInstanceOf(InvalidInputException.class);
        assertThat(meds.current(ann.id())).hasSize(1);
    }

    @Test
    void peopleAreUniqueByNameIgnoringCaseAndRemovingOneRemovesTheirList() {
        assertThatThrownBy(() -> people.add("ANN")).isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
        Person bob = people.add("Bob");
        meds.add(bob.id(), MedicationDetails.named("Advil"), MedicationStore.Recognition.NOT_RECOGNIZED);
        assertThat(people.rename(bob.id(), "Robert").name()).isEqualTo("Robert");
        people.remove(bob.id());
        assertThat(people.all()).extracting(Person::name).containsExactly("Ann");
        assertThat(meds.all(bob.id())).isEmpty();
    }
}
