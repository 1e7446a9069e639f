package org.medlist.precautions;

import org.medlist.check.CheckResult;

/** A check of a list with a person's profile: the findings (allergy warnings joined in) and what the profile adds. */
public record PersonCheck(CheckResult result, ProfileCheck profile) {}
