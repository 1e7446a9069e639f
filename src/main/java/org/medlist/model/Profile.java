package org.medlist.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the precautions depend on for one person. {@code drives} and {@code drinksAlcohol} are empty
 * when unknown: an unknown answer never hides a precaution. "No known allergies" and "allergies not
 * recorded" are different states.
 */
public record Profile(
        Optional<LocalDate> born,
        Optional<Integer> ageOverride,
        boolean pregnant,
        boolean planningPregnancy,
        boolean breastfeeding,
        Optional<Boolean> drives,
        Optional<Boolean> drinksAlcohol,
        AllergyState allergyState,
        List<Allergy> allergies,
        Set<String> conditions,
        String otherConditions) {

    public enum AllergyState {
        NOT_RECORDED("Allergies not recorded"), NONE_KNOWN("No known allergies"), RECORDED("Allergies recorded");

        private final String label;

        AllergyState(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** An allergy or intolerance to an ingredient ("amoxicillin") or a group ("penicillins"), with the reaction. */
    public record Allergy(String substance, String reaction) {
        public Allergy {
            substance = TextRules.nfc(substance);
            reaction = TextRules.nfc(reaction);
        }
    }

    public Profile {
        allergies = List.copyOf(allergies);
        conditions = Set.copyOf(conditions);
        otherConditions = TextRules.nfc(otherConditions);
        if (!allergies.isEmpty()) allergyState = AllergyState.RECORDED;
    }

    public static Profile unknown() {
        return new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                AllergyState.NOT_RECORDED, List.of(), Set.of(), "");
    }

    public Optional<Integer> age(LocalDate today) {
        if (ageOverride.isPresent()) return ageOverride;
        return born.map(b -> Period.between(b, today).getYears());
    }
}
