package org.medlist.knowledge;

/**
 * One source's statement about one ingredient pair, as bundled: its own grade, MedList's severity for
 * that grade, an optional condition (ANSM's conditional levels), the source's mechanism text, and a reference.
 */
public record InteractionRow(String a, String b, String source, String grade, Severity severity,
                             String condition, String mechanism, String reference) {}
