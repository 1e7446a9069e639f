package org.medlist.precautions;

import java.util.List;
import org.medlist.check.Finding;

/**
 * What a person's profile adds to a check: allergy warnings, allergies that could not be checked, the
 * precautions checklist, and the profile warnings (a boxed warning, contraindication or Beers "avoid"
 * that concerns this person), which join the other findings.
 */
public record ProfileCheck(List<Finding> allergies, List<String> allergiesNotChecked, List<PrecautionItem> precautions,
                           List<Finding> profileWarnings) {
    public ProfileCheck(List<Finding> allergies, List<String> allergiesNotChecked, List<PrecautionItem> precautions) {
        this(allergies, allergiesNotChecked, precautions, List.of());
    }
}
