package org.medlist.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medlist.exchange.HealthRecord;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameKey;
import org.medlist.knowledge.Resolver;
import org.medlist.model.Profile;
import org.medlist.model.Medication;

/**
 * A health record matched against the person's list and profile, before anything is written: each
 * medicine new, already on the list (same ingredients and strength), changed (same ingredients, other
 * strength or dose), stopped in the record but current here, history (stopped in the record, not
 * here) or not recognised; each allergy and condition new or already there. New rows start ticked,
 * duplicates unticked.
 */
public final class Reconciliation {
    public enum Status {
        NEW("new"), DUPLICATE("already on the list"), CHANGED("changed"), STOPPED_IN_RECORD("stopped in the record, current here"),
        HISTORY("stopped in the record; added as a stopped entry"), NOT_RECOGNISED("not recognised, so not checked");

        private final String words;

        Status(String words) { this.words = words; }

        public String words() { return words; }
    }

    public record MedRow(HealthRecord.Med med, MedicineRecognition.Recognised what, Status status, String detail, boolean ticked) {}

    public record AllergyRow(HealthRecord.Allergy allergy, String substance, boolean checked, boolean alreadyThere, boolean ticked) {}

    public record ConditionRow(HealthRecord.Condition condition, Optional<String> code, boolean alreadyThere, boolean ticked) {}

    public record Plan(HealthRecord record, List<MedRow> medicines, List<AllergyRow> allergies, List<ConditionRow> conditions,
                       boolean setsNoKnownAllergies) {}

    private final MedicineRecognition medicines;
    private final KnowledgeBase kb;
    private final Resolver resolver;

    public Reconciliation(KnowledgeBase kb) {
        this.kb = kb;
        this.resolver = new Resolver(kb);
        this.medicines = new MedicineRecognition(kb, resolver);
    }

    public MedicineRecognition medicineRecognition() { return medicines; }

    /** {@code list}: the person's entries, current and stopped. */
    public Plan plan(HealthRecord record, List<Medication> list, Profile profile, boolean includeDuplicates) {
        List<MedRow> rows = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (HealthRecord.Med m : record.medications()) {
            MedicineRecognition.Recognised what = m.asWritten().isPresent()
                    ? csvRecognition(m) : medicines.recognise(m);
            String key = key(what, m.strength(), m.stopped());
            Status status;
            String detail = "";
            Optional<Medication> same = list.stream().filter(e -> sameMedicine(e, what)).filter(e -> e.isCurrent() != m.stopped())
                    .filter(e -> sameStrength(e.details().strength(), m.strength())).findFirst();
            Optional<Medication> sameIngredients = list.stream().filter(Medication::isCurrent).filter(e -> sameMedicine(e, what)).findFirst();
            if (same.isPresent() && (m.dose().isBlank() || same.get().details().dose().isBlank()
                    || norm(same.get().details().dose()).equals(norm(m.dose())) || m.stopped())) {
                status = Status.DUPLICATE;
                detail = "same as \"" + same.get().name() + "\" on the list";
            } else if (!inFile.add(key)) {
                status = Status.DUPLICATE;
                detail = "repeated in the file";
            } else if (m.stopped() && sameIngredients.isPresent()) {
                status = Status.STOPPED_IN_RECORD;
                detail = "\"" + sameIngredients.get().name() + "\" is current here" + m.ended().map(d -> "; the record ended it on " + d).orElse("");
            } else if (m.stopped()) {
                status = what.recognised() ? Status.HISTORY : Status.NOT_RECOGNISED;
            } else if (sameIngredients.isPresent()) {
                Medication e = sameIngredients.get();
                status = Status.CHANGED;
                detail = differences(e, m);
            } else {
                status = what.recognised() ? Status.NEW : Status.NOT_RECOGNISED;
            }
            boolean ticked = switch (status) {
                case NEW, HISTORY, NOT_RECOGNISED -> true;
                case DUPLICATE -> includeDuplicates;
                case CHANGED, STOPPED_IN_RECORD -> false;
            };
            rows.add(new MedRow(m, what, status, detail, ticked));
        }
        List<AllergyRow> allergies = new ArrayList<>();
        Set<String> had = new HashSet<>();
        for (Profile.Allergy a : profile.allergies()) had.add(NameKey.of(a.substance()));
        for (HealthRecord.Allergy a : record.allergies()) {
            String substance = allergySubstance(a);
            boolean checked = allergyChecked(substance);
            boolean there = !had.add(NameKey.of(substance));
            allergies.add(new AllergyRow(a, substance, checked, there, a.active() && !there));
        }
        List<ConditionRow> conditions = new ArrayList<>();
        Set<String> otherLines = new HashSet<>();
        for (String l : profile.otherConditions().split("\n")) otherLines.add(l.strip().toLowerCase(Locale.ROOT));
        Set<String> seen = new TreeSet<>();
        for (HealthRecord.Condition c : record.conditions()) {
            Optional<String> code = conditionCode(c.name());
            boolean there = code.map(profile.conditions()::contains).orElse(false) || otherLines.contains(c.name().toLowerCase(Locale.ROOT))
                    || !seen.add(c.name().toLowerCase(Locale.ROOT));
            conditions.add(new ConditionRow(c, code, there, c.active() && !there));
        }
        boolean noneKnown = record.allergyInfo() == HealthRecord.AllergyInfo.NONE_KNOWN && profile.allergies().isEmpty()
                && profile.allergyState() == Profile.AllergyState.NOT_RECORDED;
        return new Plan(record, rows, allergies, conditions, noneKnown);
    }

    /** A MedList CSV row or a MedList FHIR export keeps its name as written; the resolver alone says what it is. */
    private MedicineRecognition.Recognised csvRecognition(HealthRecord.Med m) {
        var r = resolver.resolve(m.name());
        String code = m.rxnorm().isEmpty() ? "" : m.rxnorm().get(0);
        return r.recognized() ? new MedicineRecognition.Recognised(m.name(), r.name(), r.ingredients(), code, "name")
                : new MedicineRecognition.Recognised(m.name(), "", List.of(), code, "");
    }

    /** A condition named as the profile's table names it ("Kidney disease") → its code. */
    private Optional<String> conditionCode(String name) {
        String key = NameKey.of(name.replace('_', ' '));
        return kb.conditions().values().stream()
                .filter(c -> NameKey.of(c.code().replace('_', ' ')).equals(key) || NameKey.of(c.label()).equals(key))
                .map(Curated.Condition::code).findFirst();
    }

    private static boolean sameMedicine(Medication e, MedicineRecognition.Recognised what) {
        if (e.isRecognized() && what.recognised()) return new HashSet<>(e.ingredients()).equals(new HashSet<>(what.ingredients()));
        return NameKey.of(e.name()).equals(NameKey.of(what.name()));
    }

    static boolean sameStrength(String here, String there) {
        return norm(here).equals(norm(there));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace(",", ".").replaceAll("\\.0+(?=\\D|$)", "");
    }

    private static String key(MedicineRecognition.Recognised what, String strength, boolean stopped) {
        String who = what.recognised() ? String.join("+", new TreeSet<>(what.ingredients())) : NameKey.of(what.name());
        return who + "|" + norm(strength) + "|" + stopped;
    }

    private static String differences(Medication e, HealthRecord.Med m) {
        List<String> d = new ArrayList<>();
        if (!sameStrength(e.details().strength(), m.strength())) {
            d.add("strength " + show(e.details().strength()) + " here, " + show(m.strength()) + " in the record");
        }
        if (!m.dose().isBlank() && !norm(e.details().dose()).equals(norm(m.dose()))) {
            d.add("dose " + show(e.details().dose()) + " here, " + show(m.dose()) + " in the record");
        }
        // Ticked, the record's entry is added beside the person's own (an import never rewrites an entry): say so.
        return "\"" + e.name() + "\" is on the list: " + String.join("; ", d) + ". Ticked, this is added as a second entry; to change yours, edit it on the list";
    }

    private static String show(String s) {
        return s.isBlank() ? "not given" : s;
    }

    /** The record's text when MedList knows it; else the ingredient its RxNorm code stands for ("Ecpirin" → aspirin); else the text, kept as written. */
    private String allergySubstance(HealthRecord.Allergy a) {
        if (allergyChecked(a.substance())) return a.substance();
        for (String code : a.rxnorm()) {
            Optional<KnowledgeBase.RxNormCode> c = kb.byRxcui(code);
            if (c.isPresent() && !c.get().ingredients().isEmpty()) return String.join(" / ", c.get().ingredients());
        }
        return a.substance();
    }

    /** The same test the allergy check uses: a named allergy group, or a name the resolver knows. */
    public boolean allergyChecked(String substance) {
        String key = NameKey.of(substance);
        for (Curated.AllergyClass c : kb.allergyClasses()) {
            if (NameKey.of(c.name()).equals(key) || c.synonyms().stream().anyMatch(s -> NameKey.of(s).equals(key))) return true;
        }
        return resolver.resolve(substance).recognized();
    }
}
