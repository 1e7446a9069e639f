package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.importing.ExportCodes;
import org.medlist.importing.HealthRecordImport;
import org.medlist.importing.Reconciliation;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.app.Knowledge;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import org.medlist.store.Database;
import org.medlist.store.ImportStore;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.summary.AppointmentFixture;

/** The FHIR export carries RxNorm codes beside the text, still parses with HAPI's strict R4 parser, and imports back unchanged. */
class FhirRoundTripTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Knowledge KNOWLEDGE = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());
    @TempDir Path dir;

    @Test
    void exportCarriesCodesAndImportsBackLosslessly() throws Exception {
        try (Database db = Database.open(dir.resolve("rt.db"))) {
            Person p = AppointmentFixture.create(db, TODAY);
            importInto(db, p.id(), Files.readAllBytes(HealthRecordImportTest.SAMPLES.resolve("ccda/hl7_ccd_transfer_summary.xml")), "transfer.xml");
            List<Medication> all = new MedicationStore(db).all(p.id());
            String json = FhirBundle.write(p, new ProfileStore(db).get(p.id()), all,
                    ExportCodes.forPerson(db, p.id(), KNOWLEDGE.knowledgeBase()), Instant.parse("2026-11-27T10:00:00Z"));

            IParser strict = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
            Bundle bundle = strict.parseResource(Bundle.class, json);
            List<MedicationStatement> statements = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(MedicationStatement.class::isInstance).map(MedicationStatement.class::cast).toList();
            assertThat(statements).hasSize(all.size());
            MedicationStatement atenolol = statements.stream()
                    .filter(s -> s.getMedicationCodeableConcept().getText().equals("atenolol 25 MG Oral Tablet")).findFirst().orElseThrow();
            assertThat(atenolol.getMedicationCodeableConcept().getCodingFirstRep().getSystem()).isEqualTo("http://www.nlm.nih.gov/research/umls/rxnorm");
            assertThat(atenolol.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("197380");
            MedicationStatement warfarin = statements.stream()
                    .filter(s -> s.getMedicationCodeableConcept().getText().startsWith("Warfarin")).findFirst().orElseThrow();
            assertThat(warfarin.getMedicationCodeableConcept().getCodingFirstRep().getCode()).as("RxNorm ingredient warfarin").isEqualTo("11289");
            MedicationStatement tea = statements.stream()
                    .filter(s -> s.getMedicationCodeableConcept().getText().equals(AppointmentFixture.UNRECOGNISED)).findFirst().orElseThrow();
            assertThat(tea.getMedicationCodeableConcept().getCoding()).as("no code for what MedList does not recognise").isEmpty();

            long copy = new PersonStore(db).add("Copy").id();
            Path file = dir.resolve("export.json");
            Files.writeString(file, json);
            ImportStore.Written w = importInto(db, copy, Files.readAllBytes(file), "export.json");
            List<Medication> back = new MedicationStore(db).all(copy);
            assertThat(back).hasSize(all.size());
            assertThat(back).extracting(Medication::details).containsExactlyInAnyOrderElementsOf(all.stream().map(Medication::details).toList());
            assertThat(back).extracting(Medication::stopped).containsExactlyInAnyOrderElementsOf(all.stream().map(Medication::stopped).toList());
            assertThat(back).extracting(Medication::ingredients).containsExactlyInAnyOrderElementsOf(all.stream().map(Medication::ingredients).toList());
            assertThat(new ProfileStore(db).get(copy).allergies()).isEqualTo(new ProfileStore(db).get(p.id()).allergies());
            assertThat(new ImportStore(db).rxnormCodes(copy)).containsValue("197380");
            assertThat(w.added()).hasSize(all.size());
            assertThat(importInto(db, copy, Files.readAllBytes(file), "export.json").added()).as("re-import").isEmpty();
        }
    }

    static ImportStore.Written importInto(Database db, long person, byte[] bytes, String name) {
        HealthRecord record = HealthRecordFiles.read(bytes, Optional.empty(), TODAY);
        Reconciliation.Plan plan = new Reconciliation(KNOWLEDGE.knowledgeBase()).plan(record, new MedicationStore(db).all(person), new ProfileStore(db).get(person), false);
        return new ImportStore(db).write(person, HealthRecordImport.batch(plan, KNOWLEDGE.knowledgeBase(), HealthRecordImport.ticked(plan.medicines()),
                HealthRecordImport.ticked(plan.allergies()), HealthRecordImport.ticked(plan.conditions()), name, TODAY));
    }
}
