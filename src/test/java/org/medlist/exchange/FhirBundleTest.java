package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.summary.AppointmentFixture;

/** The FHIR export parsed by HAPI FHIR's R4 model with its strict parser: unknown elements or bad values fail. */
class FhirBundleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static IParser parser;
    @TempDir Path dir;

    @BeforeAll
    static void hapi() {
        parser = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    @Test
    void theAppointmentParsesAsAnR4BundleWithEveryEntry() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            Person p = AppointmentFixture.create(db, TODAY);
            List<Medication> all = new MedicationStore(db).all(p.id());
            String json = FhirBundle.write(p, new ProfileStore(db).get(p.id()), all, Instant.parse("2026-11-27T10:00:00Z"));

            Bundle bundle = parser.parseResource(Bundle.class, json);
            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            Patient patient = (Patient) bundle.getEntry().get(0).getResource();
            assertThat(patient.getNameFirstRep().getText()).isEqualTo(AppointmentFixture.PERSON);
            assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-03-02");

            List<MedicationStatement> statements = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(MedicationStatement.class::isInstance).map(MedicationStatement.class::cast).toList();
            assertThat(statements).hasSize(all.size());
            assertThat(statements).extracting(s -> s.getMedicationCodeableConcept().getText())
                    .containsExactlyElementsOf(all.stream().map(Medication::name).toList());
            assertThat(statements).filteredOn(s -> s.getStatus() == MedicationStatement.MedicationStatementStatus.STOPPED).hasSize(2);
            MedicationStatement warfarin = statements.stream().filter(s -> s.getMedicationCodeableConcept().getText().startsWith("Warfarin")).findFirst().orElseThrow();
            assertThat(warfarin.getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.ACTIVE);
            assertThat(warfarin.getReasonCodeFirstRep().getText()).isEqualTo("atrial fibrillation");
            assertThat(warfarin.getDosageFirstRep().getText()).isEqualTo("1 tablet, evening");
            assertThat(warfarin.getSubject().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());
            MedicationStatement loratadine = statements.stream().filter(s -> s.getMedicationCodeableConcept().getText().startsWith("Loratadine")).findFirst().orElseThrow();
            assertThat(loratadine.getDosageFirstRep().getAsNeededBooleanType().booleanValue()).isTrue();

            List<AllergyIntolerance> allergies = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(AllergyIntolerance.class::isInstance).map(AllergyIntolerance.class::cast).toList();
            assertThat(allergies).singleElement().satisfies(a -> {
                assertThat(a.getCode().getText()).isEqualTo("penicillins");
                assertThat(a.getReactionFirstRep().getManifestationFirstRep().getText()).isEqualTo("rash and swelling");
                assertThat(a.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
            });
            assertThat(bundle.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl).doesNotHaveDuplicates().allMatch(u -> u.startsWith("urn:uuid:"));
        }
    }

    @Test
    void noKnownAllergiesAndNotRecordedAreDifferent() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            Person none = new PersonStore(db).add("None Known");
            Profile nka = new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                    Profile.AllergyState.NONE_KNOWN, List.of(), Set.of(), "");
            Bundle b1 = parser.parseResource(Bundle.class, FhirBundle.write(none, nka, List.of(), Instant.now()));
            AllergyIntolerance a = (AllergyIntolerance) b1.getEntry().get(1).getResource();
            assertThat(a.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
            assertThat(a.getCode().getCodingFirstRep().getCode()).isEqualTo("716186003");

            Person unknown = new PersonStore(db).add("Not Recorded");
            Bundle b2 = parser.parseResource(Bundle.class, FhirBundle.write(unknown, Profile.unknown(), List.of(), Instant.now()));
            assertThat(b2.getEntry()).hasSize(1);
            assertThat(b2.getEntry().get(0).getResource()).isInstanceOf(Patient.class);
        }
    }
}
