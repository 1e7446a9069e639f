package org.medlist.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.medlist.model.Profile;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.TimeOfDay;

/**
 * One person's list as a FHIR R4 Bundle (type {@code collection}): a Patient, a MedicationStatement
 * per entry (current ones {@code active}, stopped ones {@code stopped}) and an AllergyIntolerance per
 * recorded allergy. "No known allergies" is the SNOMED CT concept 716186003; allergies not recorded
 * produce no resource, so the two can never be confused. Medicines are exported as the user wrote
 * them (code.text), with no codes MedList cannot vouch for.
 */
public final class FhirBundle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

    private FhirBundle() {}

    public static String write(Person person, Profile profile, List<Medication> entries, Instant now) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        bundle.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode entry = bundle.putArray("entry");
        String patientUrl = urn("person", person.id(), "");
        add(entry, patientUrl, patient(person, profile));
        for (Medication m : entries) add(entry, urn("medication", person.id(), String.valueOf(m.id())), statement(m, patientUrl));
        int n = 0;
        for (Profile.Allergy a : profile.allergies()) add(entry, urn("allergy", person.id(), String.valueOf(n++)), allergy(a, patientUrl));
        if (profile.allergyState() == Profile.AllergyState.NONE_KNOWN) add(entry, urn("allergy", person.id(), "none"), noKnownAllergy(patientUrl));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(ArrayNode entries, String fullUrl, ObjectNode resource) {
        ObjectNode e = entries.addObject();
        e.put("fullUrl", fullUrl);
        e.set("resource", resource);
    }

    /** Stable ids, so exporting the same list twice gives the same references. */
    private static String urn(String what, long personId, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("medlist:" + what + ":" + personId + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode patient(Person person, Profile profile) {
        ObjectNode p = JSON.createObjectNode();
        p.put("resourceType", "Patient");
        p.putArray("name").addObject().put("text", person.name());
        profile.born().ifPresent(b -> p.put("birthDate", b.toString()));
        return p;
    }

    private static ObjectNode statement(Medication m, String patientUrl) {
        MedicationDetails d = m.details();
        ObjectNode s = JSON.createObjectNode();
        s.put("resourceType", "MedicationStatement");
        s.put("status", m.isCurrent() ? "active" : "stopped");
        s.putObject("medicationCodeableConcept").put("text", d.name());
        s.putObject("subject").put("reference", patientUrl);
        if (d.started().isPresent() || m.stopped().isPresent()) {
            ObjectNode period = s.putObject("effectivePeriod");
            d.started().ifPresent(v -> period.put("start", v.toString()));
            m.stopped().ifPresent(v -> period.put("end", v.toString()));
        }
        if (!d.reason().isBlank()) s.putArray("reasonCode").addObject().put("text", d.reason());
        ArrayNode notes = JSON.createArrayNode();
        if (!d.prescriber().isBlank()) notes.addObject().put("text", "Prescriber: " + d.prescriber());
        if (!d.notes().isBlank()) notes.addObject().put("text", d.notes());
        if (!notes.isEmpty()) s.set("note", notes);
        String dosage = String.join(", ", java.util.stream.Stream.of(d.strength(), d.dose(), m.when(), d.route(), d.form())
                .filter(t -> !t.isBlank()).toList());
        if (!dosage.isBlank() || d.times().contains(TimeOfDay.AS_NEEDED)) {
            ObjectNode dose = s.putArray("dosage").addObject();
            if (!dosage.isBlank()) dose.put("text", dosage);
            if (d.times().contains(TimeOfDay.AS_NEEDED)) dose.put("asNeededBoolean", true);
            if (!d.route().isBlank()) dose.putObject("route").put("text", d.route());
        }
        return s;
    }

    private static ObjectNode allergy(Profile.Allergy a, String patientUrl) {
        ObjectNode r = allergyBase(patientUrl);
        r.putObject("code").put("text", a.substance());
        if (!a.reaction().isBlank()) {
            r.putArray("reaction").addObject().putArray("manifestation").addObject().put("text", a.reaction());
        }
        return r;
    }

    private static ObjectNode noKnownAllergy(String patientUrl) {
        ObjectNode r = allergyBase(patientUrl);
        ObjectNode verification = r.putObject("verificationStatus");
        verification.putArray("coding").addObject().put("system", VERIFICATION).put("code", "confirmed");
        ObjectNode code = r.putObject("code");
        code.putArray("coding").addObject().put("system", "http://snomed.info/sct").put("code", "716186003").put("display", "No known allergy");
        code.put("text", "No known allergies");
        return r;
    }

    private static ObjectNode allergyBase(String patientUrl) {
        ObjectNode r = JSON.createObjectNode();
        r.put("resourceType", "AllergyIntolerance");
        r.putObject("clinicalStatus").putArray("coding").addObject().put("system", CLINICAL).put("code", "active");
        r.putObject("patient").put("reference", patientUrl);
        return r;
    }

}
