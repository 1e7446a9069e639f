package org.medlist.medications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.store.Database;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;

class RecognitionTest {
    @TempDir Path dir;
    final Recognition recognition = new Recognition(BundledKnowledge.get());

    @Test
    void entriesSavedUnderAnotherKnowledgeBaseVersionAreResolvedAgainAndStored() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            long ann = new PersonStore(db).add("Ann").id();
            MedicationStore store = new MedicationStore(db);
            // As an older knowledge base left them: Lexapro wrongly unrecognised, lexipro unrecognised.
            store.add(ann, MedicationDetails.named("Lexapro"), new MedicationStore.Recognition("", List.of(), "2020.1"));
            store.add(ann, MedicationDetails.named("lexipro"), new MedicationStore.Recognition("", List.of(), "2020.1"));
            store.add(ann, MedicationDetails.named("Zoloft"), recognition.recognize("Zoloft"));

            List<Medication> now = recognition.refresh(store, store.current(ann));

            assertThat(now).filteredOn(m -> m.name().equals("Lexapro")).singleElement()
                    .satisfies(m -> assertThat(m.ingredients()).containsExactly("escitalopram"));
            assertThat(store.current(ann)).allSatisfy(m -> assertThat(m.kbVersion()).isEqualTo(BundledKnowledge.get().version()));
            assertThat(store.current(ann)).filteredOn(m -> m.name().equals("lexipro")).singleElement()
                    .satisfies(m -> assertThat(m.isRecognized()).isFalse());
            assertThat(store.current(ann)).filteredOn(m -> m.name().equals("Lexapro")).singleElement()
                    .satisfies(m -> assertThat(m.ingredients()).containsExactly("escitalopram"));
        }
    }
}
