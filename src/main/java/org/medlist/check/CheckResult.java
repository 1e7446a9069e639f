package org.medlist.check;

import java.util.List;
import java.util.stream.Stream;

/** Everything one check found, each list in a deterministic order, most severe first. */
public record CheckResult(
        List<CheckInput> checked,
        List<CheckInput> notChecked,
        List<Finding> interactions,
        List<Finding> foodAndDrink,
        List<Finding> duplicates,
        List<Finding> groups,
        String knowledgeBaseVersion) {

    /** All findings in one list, most severe first (the warnings panel). */
    public List<Finding> all() {
        return Stream.of(interactions, foodAndDrink, duplicates, groups).flatMap(List::stream)
                .sorted(Checker.ORDER).toList();
    }

    public long warningCount() {
        return all().stream().filter(f -> f.severity().isWarning()).count();
    }
}
