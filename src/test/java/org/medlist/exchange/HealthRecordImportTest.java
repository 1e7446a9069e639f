package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medlist.importing.HealthRecordImport;
import org.medlist.importing.Reconciliation;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.app.Knowledge;
import org.medlist.model.Medication;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.store.ImportStore;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every sample health record in src/test/resources/interop imported into a real database, then imported again. */
class HealthRecordImportTest {
    static final Path SAMPLES = Path.of("src/test/resources/interop");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Knowledge KNOWLEDGE = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());

    @TempDir Path dir;
    Database db;
    long person;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("import.db"));
        person = new PersonStore(db).add("Eve").id();
    }

    @AfterEach
    void close() { db.close(); }

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    record Imported(Reconciliation.Plan plan, ImportStore.Written written) {}

    Imported importSample(String name) {
        return importFile(SAMPLES.resolve(name.endsWith(".xml") ? "ccda" : "fhir").resolve(name));
    }

    Imported importFile(Path file) {
        HealthRecord record = HealthRecordFiles.read(file, Optional.empty(), TODAY);
        Reconciliation.Plan plan = new Reconciliation(KNOWLEDGE.knowledgeBase()).plan(record, new MedicationStore(db).all(person),
                new ProfileStore(db).get(person), false);
        ImportStore.Batch batch = HealthRecordImport.batch(plan, KNOWLEDGE.knowledgeBase(), HealthRecordImport.ticked(plan.medicines()),
                HealthRecordImport.ticked(plan.allergies()), HealthRecordImport.ticked(plan.conditions()), file.getFileName().toString(), TODAY);
        return new Imported(plan, new ImportStore(db).write(person, batch));
    }

    List<Set<String>> current() {
        return new MedicationStore(db).current(person).stream().map(m -> Set.copyOf(m.ingredients())).toList();
    }

    /** Medication entries counted straight from the file, independently of the readers. */
    static int medicationEntries(Path file) throws Exception {
        if (file.toString().endsWith(".json")) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            int n = 0;
            for (JsonNode e : root.path("entry")) {
                String type = e.path("resource").path("resourceType").asText();
                if (type.equals("MedicationStatement") || type.equals("MedicationRequest")) n++;
            }
            return n;
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList sections = f.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(CcdaReader.V3, "section");
        int n = 0;
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            boolean meds = false;
            for (Element t : CcdaReader.children(s, "templateId")) meds |= Set.of("2.16.840.1.113883.10.20.22.2.1", "2.16.840.1.113883.10.20.22.2.1.1").contains(t.getAttribute("root"));
            Element code = CcdaReader.child(s, "code");
            meds |= code != null && code.getAttribute("code").equals("10160-0");
            if (!meds) continue;
            for (Element e : CcdaReader.children(s, "entry")) n += CcdaReader.children(e, "substanceAdministration").size();
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyMedicationEntryIsImportedOrReportedAndReImportAddsNothing(Path file) throws Exception {
        Imported first = importFile(file);
        HealthRecord record = first.plan().record();
        long skippedMeds = record.skipped().stream().filter(s -> s.where().startsWith("medication entry") || s.where().startsWith("Medication")).count();
        assertThat(record.medications().size() + skippedMeds).as("medication entries read or reported").isEqualTo(medicationEntries(file));
        for (Reconciliation.MedRow row : first.plan().medicines()) {
            assertThat(row.what().recognised() || row.status() == Reconciliation.Status.NOT_RECOGNISED
                    || row.status() == Reconciliation.Status.DUPLICATE).as(row.med().name()).isTrue();
            assertThat(row.what().name()).isNotBlank();
        }
        List<Medication> stored = new MedicationStore(db).all(person);
        assertThat(stored).hasSize(first.written().added().size());
        for (Medication m : first.written().added()) {
            assertThat(new ImportStore(db).source(m.id())).get().extracting(ImportStore.Source::sourceName).isEqualTo(file.getFileName().toString());
        }

        Imported again = importFile(file);
        assertThat(again.written().added()).as("re-import adds no medicine").isEmpty();
        assertThat(again.written().allergiesAdded()).as("re-import adds no allergy").isEmpty();
        assertThat(again.written().conditionsAdded()).as("re-import adds no condition").isEmpty();
        assertThat(new MedicationStore(db).all(person)).hasSize(stored.size());
    }

    @Test
    void transferSummaryGivesTwoMedicinesTwoAllergiesAndTheActiveProblems() {
        Imported r = importSample("hl7_ccd_transfer_summary.xml");
        assertThat(current()).containsExactlyInAnyOrder(Set.of("albuterol"), Set.of("atenolol"));
        Profile p = new ProfileStore(db).get(person);
        assertThat(p.allergies()).extracting(Profile.Allergy::substance).containsExactly("Penicillin", "codeine");
        assertThat(p.allergies()).extracting(Profile.Allergy::reaction).containsExactly("Nausea", "Wheezing");
        assertThat(p.otherConditions()).contains("Angina").contains("Chest pain").doesNotContain("Pneumonia");
        assertThat(r.written().added()).extracting(Medication::name).contains("atenolol 25 MG Oral Tablet");
        assertThat(new ImportStore(db).rxnormCodes(person)).containsValues("197380", "573621");
        assertThat(r.plan().record().skipped()).isEmpty();
        Medication atenolol = r.written().added().stream().filter(m -> m.ingredients().contains("atenolol")).findFirst().orElseThrow();
        assertThat(new ImportStore(db).source(atenolol.id())).get().extracting(ImportStore.Source::importedOn).isEqualTo(TODAY);
        assertThat(atenolol.details().notes()).contains("hl7_ccd_transfer_summary.xml").contains(TODAY.toString()).contains("RxNorm 197380");
        new MedicationStore(db).update(person, atenolol.id(), atenolol.details().withName("metoprolol 25 mg"), KNOWLEDGE.recognize("metoprolol 25 mg"));
        assertThat(new ImportStore(db).rxnormCodes(person)).as("a renamed entry loses the record's code").doesNotContainKey(atenolol.id());
    }

    @Test
    void sectionsWithNoInformationGiveAnEmptyListAndNoKnownAllergies() {
        Imported r = importSample("hl7_ccd2_sections_no_information.xml");
        assertThat(r.written().added()).isEmpty();
        Profile p = new ProfileStore(db).get(person);
        assertThat(p.allergies()).isEmpty();
        assertThat(p.allergyState()).isEqualTo(Profile.AllergyState.NONE_KNOWN);
    }

    @Test
    void placeholdersAndWithheldEntriesAreReportedNotImported() {
        Imported partners = importSample("partners_lmr1_placeholders.xml");
        Imported allscripts = importSample("allscripts_sunrise_meds_excluded.xml");
        assertThat(current()).isEmpty();
        assertThat(new ProfileStore(db).get(person).allergies()).isEmpty();
        assertThat(new ProfileStore(db).get(person).allergyState()).isEqualTo(Profile.AllergyState.NOT_RECORDED);
        assertThat(partners.plan().record().skipped()).extracting(HealthRecord.Skipped::text).contains("No medication data is applicable");
        assertThat(allscripts.plan().record().skipped()).extracting(HealthRecord.Skipped::text).contains("Medication excluded/not available");
        assertThat(allscripts.plan().conditions()).singleElement().satisfies(c -> assertThat(c.ticked()).as("resolved problem").isFalse());
    }

    @Test
    void twentyMedicineCcdKeepsBothWarfarinStrengthsAndMarksWhatItCannotRecognise() {
        Imported r = importSample("toc_compguide_ccd_20_meds.xml");
        assertThat(r.written().added()).hasSize(20);
        List<Medication> warfarin = r.written().added().stream().filter(m -> m.ingredients().contains("warfarin")).toList();
        assertThat(warfarin).extracting(m -> m.details().strength()).containsExactlyInAnyOrder("5 mg", "2.5 mg");
        List<String> notRecognised = r.written().added().stream().filter(m -> !m.isRecognized()).map(Medication::name).toList();
        assertThat(notRecognised).allSatisfy(n -> assertThat(n).startsWith("K-Dur"));
        assertThat(current()).contains(Set.of("glyburide", "metformin"), Set.of("amiodarone"), Set.of("insulin glargine"), Set.of("zolpidem"));
        Medication lasix = r.written().added().stream().filter(m -> m.ingredients().contains("furosemide")).findFirst().orElseThrow();
        assertThat(lasix.details().whenText()).isEqualTo("Lasix - 40mg by mouth once daily");
    }

    @Test
    void codesOnlyInTranslationsAndFreeTextEntriesAreRecognised() {
        importSample("cerner_problems_and_medications.xml");
        assertThat(current()).containsExactlyInAnyOrder(Set.of("lisinopril"), Set.of("atorvastatin"), Set.of("clemastine"),
                Set.of("aspirin"), Set.of("clonidine"), Set.of("lisinopril"));
    }

    @Test
    void anExpiredEntryBecomesHistoryWhileCompletedEntriesWithoutAnEndStayCurrent() {
        Imported r = importSample("greenway_26933_export_summary.xml");
        assertThat(current()).containsExactlyInAnyOrder(Set.of("clarithromycin"), Set.of("metoprolol"), Set.of("albuterol"));
        assertThat(new MedicationStore(db).stopped(person)).singleElement()
                .satisfies(m -> assertThat(m.stopped()).contains(LocalDate.of(2013, 6, 29)));
        assertThat(new ProfileStore(db).get(person).allergies()).extracting(Profile.Allergy::substance)
                .containsExactly("Ecpirin", "codeine sulfate", "Bicillin L-A");
        // "Ecpirin" (a brand) and its RxNorm code 1001473 are not in the bundled tables: kept as written, shown as not checked.
        assertThat(r.plan().allergies()).extracting(Reconciliation.AllergyRow::checked).containsExactly(false, true, true);
        importSample("practicefusion_marygrant_clinical_summary.xml");
        assertThat(current()).contains(Set.of("cephalexin"), Set.of("fluoxetine"), Set.of("levothyroxine"));
        assertThat(r.plan().record().medications()).hasSize(4);
    }

    @Test
    void epicEntryWithTheNameOnlyInTheNarrativeIsImportedAndTextOnlyAllergiesAreReported() {
        Imported r = importSample("bluebutton_epic_phr.xml");
        assertThat(r.written().added()).singleElement().satisfies(m -> {
            assertThat(m.name()).containsIgnoringCase("necon");
            assertThat(m.isCurrent()).isTrue();
        });
        assertThat(r.plan().record().skipped()).anySatisfy(s -> assertThat(s.text()).isEqualTo("PENICILLINS"));
    }

    @Test
    void cdaAndItsFhirConversionGiveTheSameMedicinesAndAllergies() {
        importSample("lantana_C-CDA_R2-1_CCD.xml");
        List<Set<String>> fromCda = current();
        List<Profile.Allergy> allergiesFromCda = new ProfileStore(db).get(person).allergies();
        long other = new PersonStore(db).add("Eve FHIR").id();
        long cda = person;
        person = other;
        importSample("fhirconverter_C-CDA_R2-1_CCD_as_fhir.json");
        assertThat(current()).containsExactlyInAnyOrderElementsOf(fromCda).hasSize(2);
        assertThat(new ProfileStore(db).get(person).allergies()).containsExactlyElementsOf(allergiesFromCda).hasSize(2);
        assertThat(cda).isNotEqualTo(other);
    }

    @Test
    void syntheaBundlesGiveActiveMedicinesAndStoppedOnesAsHistory() {
        Imported r = importSample("synthea_emmie273_transaction.json");
        assertThat(current()).containsExactlyInAnyOrder(Set.of("fexofenadine"), Set.of("epinephrine"));
        assertThat(new MedicationStore(db).stopped(person)).hasSize(4);
        assertThat(r.plan().record().allergies()).hasSize(6);
        assertThat(new ProfileStore(db).get(person).allergies()).hasSize(5).extracting(Profile.Allergy::substance)
                .doesNotContain("Allergy to dairy product");
        assertThat(r.plan().record().medications()).hasSize(6);

        long brigitte = new PersonStore(db).add("Brigitte").id();
        person = brigitte;
        Imported b = importSample("synthea_brigitte394_transaction.json");
        assertThat(current()).containsExactly(Set.of("dienogest", "estradiol"));
        assertThat(b.plan().record().medications()).hasSize(15);
        assertThat(b.plan().medicines()).filteredOn(m -> m.status() == Reconciliation.Status.DUPLICATE).hasSize(7);
        assertThat(b.plan().medicines()).anySatisfy(m -> assertThat(m.med().where()).contains("97a825db")
                .satisfies(w -> assertThat(m.what().ingredients()).containsExactly("acetaminophen")));
    }

    @Test
    void medicationReferencesResolveToBundledAndContainedMedications() {
        Imported us = importSample("uscore_searchset_medicationrequest_include_medication.json");
        assertThat(current()).containsExactly(Set.of("nizatidine"));
        assertThat(us.written().added()).singleElement().satisfies(m -> assertThat(new ImportStore(db).rxnormCodes(person)).containsValue("582620"));
        Imported draft = importSample("davinci_dtr_pat015_contained_medication.json");
        assertThat(draft.plan().record().skipped()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("Azithromycin 250 mg oral tablet");
            assertThat(s.reason()).contains("draft");
        });
        assertThat(draft.plan().allergies()).singleElement().satisfies(a -> assertThat(a.ticked()).as("inactive latex allergy").isFalse());
    }

    @Test
    void ipsNoInformationIsNotNoneKnown() {
        Imported r = importSample("ips_bundle_no_info_required_sections.json");
        assertThat(r.written().added()).isEmpty();
        assertThat(new ProfileStore(db).get(person).allergyState()).isEqualTo(Profile.AllergyState.NOT_RECORDED);
        assertThat(r.plan().record().skipped()).hasSize(3);
    }

    @Test
    void alreadyOnTheListIsADuplicateAndAnotherStrengthIsAChange() {
        MedicationStore store = new MedicationStore(db);
        store.add(person, new org.medlist.model.MedicationDetails("Tenormin", "25 mg", "", "", "", Set.of(), "", "", "", Optional.empty(), "", org.medlist.model.Kind.PRESCRIPTION), KNOWLEDGE.recognize("Tenormin"));
        store.add(person, org.medlist.model.MedicationDetails.named("albuterol inhaler"), KNOWLEDGE.recognize("albuterol"));
        Imported r = importSample("hl7_ccd_transfer_summary.xml");
        Map<String, Reconciliation.Status> status = new TreeMap<>();
        r.plan().medicines().forEach(m -> status.put(String.join("+", m.what().ingredients()), m.status()));
        assertThat(status).containsEntry("atenolol", Reconciliation.Status.DUPLICATE).containsEntry("albuterol", Reconciliation.Status.CHANGED);
        assertThat(r.plan().medicines()).filteredOn(m -> m.status() == Reconciliation.Status.CHANGED).allSatisfy(m -> assertThat(m.detail())
                .startsWith("\"albuterol inhaler\" is on the list:").endsWith("Ticked, this is added as a second entry; to change yours, edit it on the list"));
        assertThat(r.written().added()).isEmpty();
    }

    @Test
    void undoImportRemovesExactlyWhatTheImportAdded() {
        MedicationStore store = new MedicationStore(db);
        Medication mine = store.add(person, org.medlist.model.MedicationDetails.named("Lexapro"), KNOWLEDGE.recognize("Lexapro"));
        ProfileStore profiles = new ProfileStore(db);
        Profile before = profiles.get(person);
        Imported r = importSample("toc_compguide_ccd_20_meds.xml");
        assertThat(store.all(person)).hasSize(21);
        assertThat(profiles.get(person).allergies()).hasSize(2);
        ImportStore imports = new ImportStore(db);
        assertThat(imports.lastBatch(person)).get().extracting(ImportStore.Source::batchId).isEqualTo(r.written().batchId());
        assertThat(imports.undo(person, r.written().batchId())).isEqualTo(20);
        assertThat(store.all(person)).containsExactly(mine);
        assertThat(profiles.get(person)).isEqualTo(before);
        assertThat(imports.lastBatch(person)).isEmpty();
    }

    @Test
    void formatIsDetectedFromContent() throws Exception {
        assertThat(HealthRecordFiles.detect(Files.readAllBytes(SAMPLES.resolve("ccda/lantana_C-CDA_R2-1_CCD.xml")))).isEqualTo(HealthRecordFiles.Format.CCDA);
        assertThat(HealthRecordFiles.detect(Files.readAllBytes(SAMPLES.resolve("fhir/synthea_emmie273_transaction.json")))).isEqualTo(HealthRecordFiles.Format.FHIR);
        assertThat(HealthRecordFiles.detect("name,strength\nLexapro,10 mg\n".getBytes())).isEqualTo(HealthRecordFiles.Format.CSV);
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("README.md"))) {
            assertThat(new String(in.readAllBytes())).contains("CC-BY-4.0").contains("Apache-2.0").contains("MIT");
        }
    }
}
