package org.medlist.check;

import org.medlist.knowledge.Curated;

/**
 * Why a pair interacts, as chosen from its sources (see {@link Explanations} for the order).
 *
 * @param effect     the catalogue effect, or null when no source names one
 * @param affected   the ingredient whose level or effect changes, or null when the source does not say
 * @param other      the ingredient that changes it, or null
 * @param source     which source's mechanism chose the words (one of the {@code Explanations} constants)
 * @param mechanism  how they interact, in English
 * @param sourceText the chosen source's own words in their original language ("" when none)
 * @param condition  English words for a condition the source attaches to its grade ("" when none)
 * @param timing     how far apart to take them, from the label ("" when none)
 */
public record Explanation(Curated.Effect effect, String affected, String other, String source, String mechanism, String sourceText,
                          String condition, String timing) {}
