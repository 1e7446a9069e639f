package org.medlist.check;

import java.util.List;
import java.util.stream.Stream;

/** Everything one check found, each list in a deterministic order, most severe first. */
public record CheckResult(
        List<CheckInput> checked,
        List<CheckInput> notChecked,
        List<Finding> allergies,
        List<Finding> interactions,
        List<Finding> foodAndDrink,
        List<Finding> duplicates,
        List<Finding> groups,
        String knowledgeBaseVersion) {

    /** The same result with the allergy warnings a person's profile adds. */
    public CheckResult withAllergies(List<Finding> found) {
        List<Finding> sorted = new java.util.ArrayList<>(found);
        sorted.sort(Checker.ORDER);
        return new CheckResult(checked, notChecked, List.copyOf(sorted), interactions, foodAndDrink, duplicates, groups, knowledgeBaseVersion);
    }

    /** All findings in one list, most severe first (the warnings panel). */
    public List<Finding> all() {
        return Stream.of(allergies, interactions, foodAndDrink, duplicates, groups).flatMap(List::stream)
                .sorted(Checker.ORDER).toList();
    }

    public long warningCount() {
        return all().stream().filter(f -> f.severity().isWarning()).count();
    }
}
