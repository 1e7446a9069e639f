package org.medlist.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medlist.model.InvalidInputException;

/**
 * Reads FHIR R4 JSON: a Bundle of any type (document, collection, transaction, batch, searchset) or a
 * single resource. MedicationStatement and MedicationRequest (with medicationCodeableConcept, or a
 * medicationReference to a contained or bundled Medication), AllergyIntolerance, Condition and Patient;
 * every other resource (Immunization, Claim, DocumentReference…) is not part of a medication list.
 */
public final class FhirReader {
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String IPS_ABSENT = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";
    private static final Set<String> NO_KNOWN_ALLERGY_SNOMED = Set.of("716186003", "409137002", "428607008", "429625007");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).maxStringLength(20_000_000).build()).build());

    private final LocalDate today;
    private final Map<String, JsonNode> byReference = new HashMap<>();
    private final List<HealthRecord.Med> meds = new ArrayList<>();
    private final List<HealthRecord.Allergy> allergies = new ArrayList<>();
    private final List<HealthRecord.Condition> conditions = new ArrayList<>();
    private final List<HealthRecord.Skipped> skipped = new ArrayList<>();
    private HealthRecord.AllergyInfo allergyInfo = HealthRecord.AllergyInfo.NOT_STATED;
    private String patient = "";

    private FhirReader(LocalDate today) { this.today = today; }

    public static HealthRecord read(String json, LocalDate today) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (msg.toLowerCase(Locale.ROOT).contains("nesting depth")) {
                throw new InvalidInputException("The JSON file is nested too deeply to be a FHIR health record.");
            }
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException("The file is not valid JSON (line " + line + "): " + msg.replaceAll("\\s+", " "));
        }
        if (root == null || !root.isObject() || !root.path("resourceType").isTextual()) {
            throw new InvalidInputException("This JSON file is not a FHIR resource (it has no resourceType).");
        }
        return new FhirReader(today).read(root);
    }

    private HealthRecord read(JsonNode root) {
        List<JsonNode> resources = new ArrayList<>();
        if (root.path("resourceType").asText().equals("Bundle")) {
            for (JsonNode entry : root.path("entry")) {
                JsonNode r = entry.path("resource");
                if (!r.isObject()) continue;
                resources.add(r);
                String type = r.path("resourceType").asText();
                String id = r.path("id").asText();
                if (!id.isEmpty()) byReference.put(type + "/" + id, r);
                String fullUrl = entry.path("fullUrl").asText();
                if (!fullUrl.isEmpty()) {
                    byReference.put(fullUrl, r);
                    int i = fullUrl.lastIndexOf(type + "/");
                    if (i >= 0) byReference.put(fullUrl.substring(i), r);
                }
                String requestUrl = entry.path("request").path("url").asText();
                if (requestUrl.startsWith(type + "/")) byReference.put(requestUrl, r);
            }
        } else {
            resources.add(root);
        }
        int m = 0;
        int a = 0;
        int c = 0;
        for (JsonNode r : resources) {
            switch (r.path("resourceType").asText()) {
                case "MedicationStatement", "MedicationRequest" -> medication(r, r.path("resourceType").asText() + " " + (++m) + where(r));
                case "AllergyIntolerance" -> allergy(r, "AllergyIntolerance " + (++a) + where(r));
                case "Condition" -> condition(r, "Condition " + (++c) + where(r));
                case "Patient" -> { if (patient.isEmpty()) patient = patientName(r); }
                default -> { }
            }
        }
        if (allergyInfo == HealthRecord.AllergyInfo.NONE_KNOWN && allergies.stream().anyMatch(HealthRecord.Allergy::active)) {
            allergyInfo = HealthRecord.AllergyInfo.LISTED;
        }
        return new HealthRecord("fhir", patient, meds, allergies, conditions, allergyInfo, skipped);
    }

    private static String where(JsonNode r) {
        String id = r.path("id").asText();
        return id.isEmpty() ? "" : " (id " + id + ")";
    }

    // ---------------------------------------------------------------- medications

    private void medication(JsonNode r, String where) {
        boolean request = r.path("resourceType").asText().equals("MedicationRequest");
        String status = r.path("status").asText("");
        Concept concept = Concept.of(r.path("medicationCodeableConcept"));
        if (r.has("medicationReference")) {
            String ref = r.path("medicationReference").path("reference").asText();
            JsonNode med = resolve(r, ref);
            if (med == null) {
                String display = r.path("medicationReference").path("display").asText();
                if (display.isBlank()) {
                    skipped.add(new HealthRecord.Skipped(where, ref, "its Medication " + ref + " is not in the file"));
                    return;
                }
                concept = new Concept(List.of(display), List.of(), "", "");
            } else {
                concept = Concept.of(med.path("code"));
            }
        }
        String label = concept.names.isEmpty() ? "" : concept.names.get(0);
        if (concept.system.equals(IPS_ABSENT)) {
            skipped.add(new HealthRecord.Skipped(where, label, concept.code.startsWith("no-known")
                    ? "the record states no known medicines" : "the record has no information on medicines"));
            return;
        }
        if (status.equals("entered-in-error")) {
            skipped.add(new HealthRecord.Skipped(where, label, "marked as entered in error"));
            return;
        }
        if (status.equals("not-taken") || r.path("doNotPerform").asBoolean(false)) {
            skipped.add(new HealthRecord.Skipped(where, label, "the record says this medicine is not taken"));
            return;
        }
        if (status.equals("draft") || status.equals("intended") || (request && Set.of("proposal", "plan").contains(r.path("intent").asText()))) {
            skipped.add(new HealthRecord.Skipped(where, label, "a " + (status.equals("intended") ? "planned" : status.isEmpty() ? "proposed" : status)
                    + " order, not yet prescribed: add it yourself once it is"));
            return;
        }
        if (concept.names.isEmpty() && concept.rxnorm.isEmpty()) {
            skipped.add(new HealthRecord.Skipped(where, "", "the entry names no medicine"));
            return;
        }
        if (concept.rxnorm.isEmpty() && concept.names.stream().allMatch(n -> CcdaReader.PLACEHOLDER.matcher(n).matches())) {
            skipped.add(new HealthRecord.Skipped(where, label, "a placeholder, not a medicine"));
            return;
        }
        Optional<org.medlist.model.MedicationDetails> asWritten = medlistEntry(r, concept);
        JsonNode period = r.path("effectivePeriod");
        Optional<LocalDate> start = date(period.path("start"));
        if (start.isEmpty()) start = date(r.path("effectiveDateTime"));
        if (start.isEmpty() && request) start = date(r.path("authoredOn"));
        Optional<LocalDate> end = date(period.path("end"));
        boolean stopped = status.equals("stopped") || status.equals("cancelled") || (!request && status.equals("completed"))
                || (end.isPresent() && !end.get().isAfter(today) && !status.equals("active"));
        JsonNode dosage = request ? r.path("dosageInstruction").path(0) : r.path("dosage").path(0);
        String instructions = dosage.path("text").asText("");
        if (instructions.isBlank()) instructions = dosage.path("patientInstruction").asText("");
        JsonNode q = dosage.path("doseAndRate").path(0).path("doseQuantity");
        String dose = q.has("value") ? (q.path("value").asText() + " " + q.path("unit").asText("")).strip() : "";
        String route = Concept.of(dosage.path("route")).names.stream().findFirst().orElse("");
        String strength = CcdaReader.strength(concept.names);
        if (asWritten.isPresent()) {
            strength = asWritten.get().strength();
            dose = asWritten.get().dose();
            route = asWritten.get().route();
            instructions = asWritten.get().whenText();
        }
        meds.add(new HealthRecord.Med(where, concept.names, concept.rxnorm, strength, dose, route, instructions,
                start, stopped ? end : Optional.empty(), stopped, asWritten));
    }

    /** A MedicationStatement MedList exported: its own fields come back exactly from the {@link FhirBundle#ENTRY} extension. */
    private static Optional<org.medlist.model.MedicationDetails> medlistEntry(JsonNode r, Concept concept) {
        for (JsonNode ext : r.path("extension")) {
            if (!ext.path("url").asText().equals(FhirBundle.ENTRY)) continue;
            Map<String, String> f = new HashMap<>();
            for (JsonNode sub : ext.path("extension")) f.put(sub.path("url").asText(), sub.path("valueString").asText(""));
            String name = r.path("medicationCodeableConcept").path("text").asText(concept.names.isEmpty() ? "" : concept.names.get(0));
            org.medlist.model.Kind kind;
            try {
                kind = org.medlist.model.Kind.fromCode(f.getOrDefault("kind", "rx"));
            } catch (RuntimeException e) {
                kind = org.medlist.model.Kind.PRESCRIPTION;
            }
            return Optional.of(new org.medlist.model.MedicationDetails(name, f.getOrDefault("strength", ""), f.getOrDefault("dose", ""),
                    f.getOrDefault("form", ""), f.getOrDefault("route", ""), org.medlist.model.TimeOfDay.decode(f.getOrDefault("times", "")),
                    f.getOrDefault("when", ""), r.path("reasonCode").path(0).path("text").asText(""), f.getOrDefault("prescriber", ""),
                    date(r.path("effectivePeriod").path("start")), f.getOrDefault("notes", ""), kind));
        }
        return Optional.empty();
    }

    /** "#id" (contained), "Medication/id", "urn:uuid:…" or an absolute URL ending in Medication/id. */
    private JsonNode resolve(JsonNode from, String ref) {
        if (ref.startsWith("#")) {
            for (JsonNode c : from.path("contained")) {
                if (c.path("id").asText().equals(ref.substring(1))) return c;
            }
            return null;
        }
        JsonNode found = byReference.get(ref);
        if (found != null) return found;
        int i = ref.lastIndexOf("Medication/");
        return i >= 0 ? byReference.get(ref.substring(i).replaceAll("/_history/.*", "")) : null;
    }

    // ---------------------------------------------------------------- allergies

    private void allergy(JsonNode r, String where) {
        Concept code = Concept.of(r.path("code"));
        if (code.names.isEmpty() && code.rxnorm.isEmpty()) {
            for (JsonNode reaction : r.path("reaction")) {
                Concept substance = Concept.of(reaction.path("substance"));
                if (!substance.names.isEmpty() || !substance.rxnorm.isEmpty()) {
                    code = substance;
                    break;
                }
            }
        }
        String label = code.names.isEmpty() ? "" : code.names.get(0);
        String verification = firstCode(r.path("verificationStatus"));
        if (verification.equals("entered-in-error") || verification.equals("refuted")) {
            skipped.add(new HealthRecord.Skipped(where, label, "marked as " + verification));
            return;
        }
        if (code.system.equals(IPS_ABSENT) || NO_KNOWN_ALLERGY_SNOMED.contains(code.code)) {
            if (code.code.startsWith("no-known") || NO_KNOWN_ALLERGY_SNOMED.contains(code.code)) {
                if (allergyInfo == HealthRecord.AllergyInfo.NOT_STATED) allergyInfo = HealthRecord.AllergyInfo.NONE_KNOWN;
                skipped.add(new HealthRecord.Skipped(where, "no known allergies", "recorded as the allergy state, not as an allergy"));
            } else {
                skipped.add(new HealthRecord.Skipped(where, label, "the record has no information on allergies"));
            }
            return;
        }
        if (label.isBlank() || CcdaReader.PLACEHOLDER.matcher(label).matches()) {
            skipped.add(new HealthRecord.Skipped(where, label, "a placeholder with no allergen, not an allergy"));
            return;
        }
        String clinical = firstCode(r.path("clinicalStatus"));
        boolean active = !(clinical.equals("inactive") || clinical.equals("resolved"));
        List<String> reactions = new ArrayList<>();
        for (JsonNode reaction : r.path("reaction")) {
            for (JsonNode m : reaction.path("manifestation")) Concept.of(m).names.stream().findFirst().ifPresent(reactions::add);
        }
        allergies.add(new HealthRecord.Allergy(where, label, code.rxnorm, String.join(", ", reactions.stream().distinct().toList()), active));
        if (active) allergyInfo = HealthRecord.AllergyInfo.LISTED;
    }

    // ---------------------------------------------------------------- conditions

    private void condition(JsonNode r, String where) {
        Concept code = Concept.of(r.path("code"));
        String label = code.names.isEmpty() ? "" : code.names.get(0);
        String verification = firstCode(r.path("verificationStatus"));
        if (verification.equals("entered-in-error") || verification.equals("refuted")) {
            skipped.add(new HealthRecord.Skipped(where, label, "marked as " + verification));
            return;
        }
        if (code.system.equals(IPS_ABSENT) || label.isBlank() || CcdaReader.PLACEHOLDER.matcher(label).matches()) {
            skipped.add(new HealthRecord.Skipped(where, label, "the record has no information on problems"));
            return;
        }
        String clinical = firstCode(r.path("clinicalStatus"));
        boolean active = clinical.isEmpty() ? !r.has("abatementDateTime") && !r.has("abatementPeriod")
                : Set.of("active", "recurrence", "relapse").contains(clinical);
        conditions.add(new HealthRecord.Condition(where, label, code.code, active));
    }

    private static String patientName(JsonNode p) {
        JsonNode name = p.path("name").path(0);
        if (name.path("text").isTextual()) return name.path("text").asText();
        List<String> parts = new ArrayList<>();
        for (JsonNode g : name.path("given")) parts.add(g.asText());
        if (name.path("family").isTextual()) parts.add(name.path("family").asText());
        return String.join(" ", parts).replaceAll("\\d+", "").strip();
    }

    // ---------------------------------------------------------------- data types

    /** A CodeableConcept: its names (text first, then codings' displays), RxNorm codes, and the first coding. */
    private record Concept(List<String> names, List<String> rxnorm, String system, String code) {
        static Concept of(JsonNode cc) {
            List<String> names = new ArrayList<>();
            List<String> rx = new ArrayList<>();
            String system = "";
            String code = "";
            List<String> rxDisplays = new ArrayList<>();
            for (JsonNode coding : cc.path("coding")) {
                String s = coding.path("system").asText();
                String c = coding.path("code").asText();
                if (system.isEmpty()) {
                    system = s;
                    code = c;
                }
                String d = coding.path("display").asText("");
                if (s.equals(RXNORM) && !c.isBlank()) {
                    rx.add(c.strip());
                    if (!d.isBlank()) rxDisplays.add(d);
                } else if (!d.isBlank()) {
                    names.add(d);
                }
            }
            List<String> all = new ArrayList<>(rxDisplays);
            if (cc.path("text").isTextual()) all.add(all.isEmpty() ? 0 : 1, cc.path("text").asText());
            all.addAll(names);
            return new Concept(all.stream().map(HealthRecord::clean).filter(n -> !n.isEmpty()).distinct().toList(), rx, system, code);
        }
    }

    private static String firstCode(JsonNode cc) {
        for (JsonNode coding : cc.path("coding")) {
            String c = coding.path("code").asText();
            if (!c.isBlank()) return c;
        }
        return "";
    }

    private static Optional<LocalDate> date(JsonNode n) {
        String s = n.asText("");
        if (s.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
