package org.medlist.precautions;

import java.util.List;
import org.medlist.check.Finding;

/** What a person's profile adds to a check: allergy warnings, allergies that could not be checked, and the precautions. */
public record ProfileCheck(List<Finding> allergies, List<String> allergiesNotChecked, List<PrecautionItem> precautions) {}
