package org.medlist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.check.Finding;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Profile;
import org.medlist.precautions.PrecautionItem;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;

/** The application layer on a real SQLite file and the bundled knowledge base: every check uses the person's profile. */
class MedListTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir Path dir;
    MedList app;
    long ann;

    @BeforeEach
    void open() {
        app = new MedList(new Knowledge(BundledKnowledge.get(), CLOCK), Database.open(dir.resolve("m.db"), CLOCK), CLOCK);
        ann = app.addPerson("Ann").id();
    }

    @AfterEach
    void close() { app.close(); }

    private void profile(Profile p) { app.saveProfile(ann, p); }

    private static Profile allergicTo(String substance) {
        return new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                Profile.AllergyState.RECORDED, List.of(new Profile.Allergy(substance, "rash")), Set.of(), "");
    }

    @Test
    void checkingAugmentinBeforeAddingItRaisesThePenicillinAllergyAndSavesNothing() {
        profile(allergicTo("penicillins"));
        app.add(ann, MedicationDetails.named("Lisinopril 10 mg"));
        for (String name : List.of("Augmentin", "Amoxil")) {
            MedList.WhatIf w = app.whatIf(ann, name, "");
            assertThat(w.allergyWarnings()).as(name).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Finding.Kind.ALLERGY);
                assertThat(f.severity().isWarning()).isTrue();
                assertThat(f.medications()).contains(name);
            });
        }
        assertThat(app.current(ann)).extracting(Medication::name).containsExactly("Lisinopril 10 mg");
    }

    @Test
    void ibuprofenForAnOlderPersonWithKidneyDiseaseShowsThosePrecautionsBeforeSaving() {
        profile(new Profile(Optional.of(LocalDate.of(1948, 6, 15)), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                Profile.AllergyState.NONE_KNOWN, List.of(), Set.of("kidney_disease"), ""));
        MedList.WhatIf w = app.whatIf(ann, "ibuprofen", "");
        assertThat(w.newPrecautions()).extracting(PrecautionItem::topic).contains("older_adults", "condition");
        assertThat(w.newPrecautions()).extracting(PrecautionItem::text).anyMatch(t -> t.toLowerCase().contains("kidney"));
    }

    @Test
    void withoutAProfileTheSameWhatIfShowsNeitherAllergyNorAgePrecaution() {
        MedList.WhatIf w = app.whatIf(ann, "Augmentin", "");
        assertThat(w.allergyWarnings()).isEmpty();
        assertThat(w.newPrecautions()).extracting(PrecautionItem::topic).doesNotContain("older_adults");
    }

    @Test
    void theListCheckAndTheWhatIfFlagsUseTheProfileToo() {
        profile(allergicTo("penicillins"));
        app.add(ann, MedicationDetails.named("Amoxicillin 500 mg"));
        assertThat(app.check(ann).result().allergies()).hasSize(1);
        assertThat(app.check(ann, List.of(), Optional.of(Profile.unknown())).result().allergies()).isEmpty();
        assertThat(app.check(ann, List.of("Augmentin"), Optional.empty()).result().allergies()).hasSize(2);
    }

    @Test
    void entriesSavedUnderAnotherKnowledgeBaseVersionAreRecognisedAgainWhenTheListIsRead() {
        try (Database db = Database.open(dir.resolve("old.db"), CLOCK)) {
            MedList old = new MedList(new Knowledge(BundledKnowledge.get(), CLOCK), db, CLOCK);
            long bob = old.addPerson("Bob").id();
            MedicationStore store = new MedicationStore(db);
            // As an older knowledge base left them: Lexapro wrongly unrecognised, lexipro unrecognised.
            store.add(bob, MedicationDetails.named("Lexapro"), new MedicationStore.Recognition("", List.of(), "2020.1"));
            store.add(bob, MedicationDetails.named("lexipro"), new MedicationStore.Recognition("", List.of(), "2020.1"));
            List<Medication> now = old.current(bob);
            assertThat(now).filteredOn(m -> m.name().equals("Lexapro")).singleElement()
                    .satisfies(m -> assertThat(m.ingredients()).containsExactly("escitalopram"));
            assertThat(store.current(bob)).allSatisfy(m -> assertThat(m.kbVersion()).isEqualTo(BundledKnowledge.get().version()));
            assertThat(store.current(bob)).filteredOn(m -> m.name().equals("lexipro")).singleElement()
                    .satisfies(m -> assertThat(m.isRecognized()).isFalse());
        }
    }

    @Test
    void theHeadlineCountsAWarningForThePersonsProfileFirst() {
        profile(new Profile(Optional.empty(), Optional.empty(), true, false, false, Optional.empty(), Optional.empty(),
                Profile.AllergyState.NONE_KNOWN, List.of(), Set.of(), ""));
        app.add(ann, MedicationDetails.named("Lisinopril 10 mg"));
        var result = app.check(ann).result();
        assertThat(result.profileWarnings()).isNotEmpty();
        assertThat(org.medlist.check.CheckText.headline(result)).startsWith("1 warning for this person's profile; no interactions found among 1 checked medicine");
    }

    @Test
    void stoppingUsesTheApplicationsClock() {
        long id = app.add(ann, MedicationDetails.named("Zoloft")).id();
        assertThat(app.stop(ann, id).stopped()).contains(LocalDate.of(2026, 12, 1));
    }
}
