package org.medlist.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Everything one check found, each list in a deterministic order, most severe first. */
public record CheckResult(
        List<CheckInput> checked,
        List<CheckInput> notChecked,
        List<Finding> allergies,
        List<Finding> profileWarnings,
        List<Finding> interactions,
        List<Finding> foodAndDrink,
        List<Finding> duplicates,
        List<Finding> groups,
        String knowledgeBaseVersion) {

    /** A result without a person's profile (the checker's own findings). */
    public CheckResult(List<CheckInput> checked, List<CheckInput> notChecked, List<Finding> allergies, List<Finding> interactions,
                       List<Finding> foodAndDrink, List<Finding> duplicates, List<Finding> groups, String knowledgeBaseVersion) {
        this(checked, notChecked, allergies, List.of(), interactions, foodAndDrink, duplicates, groups, knowledgeBaseVersion);
    }

    /** The same result with the allergy warnings a person's profile adds. */
    public CheckResult withAllergies(List<Finding> found) {
        return new CheckResult(checked, notChecked, sorted(found), profileWarnings, interactions, foodAndDrink, duplicates, groups, knowledgeBaseVersion);
    }

    /** The same result with the warnings a person's profile adds (pregnancy, age, conditions…), joined like the allergies. */
    public CheckResult withProfileWarnings(List<Finding> found) {
        return new CheckResult(checked, notChecked, allergies, sorted(found), interactions, foodAndDrink, duplicates, groups, knowledgeBaseVersion);
    }

    private static List<Finding> sorted(List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Checker.ORDER);
        return List.copyOf(sorted);
    }

    /** All findings in one list, most severe first (the warnings panel). */
    public List<Finding> all() {
        return Stream.of(allergies, profileWarnings, interactions, foodAndDrink, duplicates, groups).flatMap(List::stream)
                .sorted(Checker.ORDER).toList();
    }

    public long warningCount() {
        return all().stream().filter(f -> f.severity().isWarning()).count();
    }
}
