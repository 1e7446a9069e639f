package org.medlist.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medlist.exchange.HealthRecord;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.model.Profile;
import org.medlist.store.ImportStore;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.model.TextRules;

/** Writes the ticked rows of a {@link Reconciliation.Plan} as one import batch (one transaction), for the CLI and the window alike. */
public final class HealthRecordImport {
    private HealthRecordImport() {}

    /** The batch for the ticked rows: {@code ticked} holds medicine row indexes, then allergy and condition indexes. */
    public static ImportStore.Batch batch(Reconciliation.Plan plan, KnowledgeBase kb, Set<Integer> medicines, Set<Integer> allergies,
                                          Set<Integer> conditions, String sourceName, LocalDate today) {
        List<ImportStore.NewEntry> entries = new ArrayList<>();
        for (int i = 0; i < plan.medicines().size(); i++) {
            if (!medicines.contains(i)) continue;
            Reconciliation.MedRow row = plan.medicines().get(i);
            if (row.status() == Reconciliation.Status.STOPPED_IN_RECORD) continue;
            entries.add(entry(row, kb, sourceName, today));
        }
        List<Profile.Allergy> allergyRows = new ArrayList<>();
        for (int i = 0; i < plan.allergies().size(); i++) {
            if (!allergies.contains(i)) continue;
            Reconciliation.AllergyRow a = plan.allergies().get(i);
            allergyRows.add(new Profile.Allergy(cut(a.substance(), 200), cut(a.allergy().reaction(), 500)));
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> other = new ArrayList<>();
        for (int i = 0; i < plan.conditions().size(); i++) {
            if (!conditions.contains(i)) continue;
            Reconciliation.ConditionRow c = plan.conditions().get(i);
            if (c.code().isPresent()) codes.add(c.code().get());
            else other.add(cut(oneLine(c.condition().name()), 200));
        }
        Optional<Profile.AllergyState> state = plan.setsNoKnownAllergies() ? Optional.of(Profile.AllergyState.NONE_KNOWN) : Optional.empty();
        return new ImportStore.Batch(cut(sourceName, 200), plan.record().format(), today, entries, allergyRows, state, codes, other);
    }

    /** The ticked rows as the plan starts them. */
    public static Set<Integer> ticked(List<?> rows) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Object r = rows.get(i);
            boolean t = r instanceof Reconciliation.MedRow m ? m.ticked() : r instanceof Reconciliation.AllergyRow a ? a.ticked()
                    : r instanceof Reconciliation.ConditionRow c && c.ticked();
            if (t) out.add(i);
        }
        return out;
    }

    private static ImportStore.NewEntry entry(Reconciliation.MedRow row, KnowledgeBase kb, String sourceName, LocalDate today) {
        HealthRecord.Med m = row.med();
        MedicineRecognition.Recognised what = row.what();
        MedicationStore.Recognition stored = what.recognised()
                ? new MedicationStore.Recognition(what.recognizedName(), what.ingredients(), kb.version())
                : new MedicationStore.Recognition("", List.of(), kb.version());
        Optional<LocalDate> stopped = Optional.empty();
        if (m.stopped()) stopped = Optional.of(m.ended().filter(d -> !d.isAfter(today)).orElse(today));
        if (m.asWritten().isPresent()) return new ImportStore.NewEntry(new MedicationStore.Incoming(m.asWritten().get(), stopped, stored), what.rxnorm());
        Optional<LocalDate> started = m.started().filter(d -> !d.isAfter(today));
        if (started.isPresent() && stopped.isPresent() && stopped.get().isBefore(started.get())) stopped = started;
        String notes = "From the health record " + sourceName + ", imported " + today + (m.name().equals(what.name()) ? "" : ": " + m.name())
                + (what.rxnorm().isEmpty() ? "" : " (RxNorm " + what.rxnorm() + ")");
        MedicationDetails d = new MedicationDetails(cut(oneLine(what.name()), MedicationDetails.MAX_NAME_LENGTH), text(m.strength()), text(m.dose()),
                "", text(m.route()), Set.of(), text(m.instructions()), "", "", started, text(notes), Kind.PRESCRIPTION);
        return new ImportStore.NewEntry(new MedicationStore.Incoming(d, stopped, stored), what.rxnorm());
    }

    private static String text(String s) {
        return cut(oneLine(s), MedicationDetails.MAX_TEXT_LENGTH);
    }

    /** Keeps printable text only: a record's odd characters never make the whole import fail. */
    static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? ' ' : cp));
        String out = b.toString().replaceAll("\\s+", " ").strip();
        return TextRules.isWellFormed(out) ? out : out.replaceAll("[^\\p{Print}]", "");
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
