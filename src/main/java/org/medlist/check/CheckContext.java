package org.medlist.check;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the pair checks may take into account about the person: age, pregnancy, coded conditions and
 * whether they drink alcohol. {@link #UNKNOWN} for a check without a profile: nothing is assumed, so a
 * rule that depends on the person is shown as "applies if …" rather than dropped.
 *
 * @param ageYears       age in whole years, empty when the date of birth is not recorded
 * @param pregnant       pregnant or planning a pregnancy
 * @param conditions     coded conditions (conditions.tsv codes)
 * @param drinksAlcohol  empty when not recorded
 */
public record CheckContext(OptionalInt ageYears, boolean pregnant, Set<String> conditions, Optional<Boolean> drinksAlcohol) {
    public static final CheckContext UNKNOWN = new CheckContext(OptionalInt.empty(), false, Set.of(), Optional.empty());

    public CheckContext {
        conditions = Set.copyOf(conditions);
    }

    public boolean isChild() { return ageYears.isPresent() && ageYears.getAsInt() < 18; }

    public boolean isOlderAdult() { return ageYears.isPresent() && ageYears.getAsInt() >= 65; }

    /** True only when the profile says the person does not drink. */
    public boolean saysNoAlcohol() { return drinksAlcohol.isPresent() && !drinksAlcohol.get(); }
}
