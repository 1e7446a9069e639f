package org.medlist.check;

import org.medlist.knowledge.Severity;

/**
 * Where a finding comes from: the source, its own grade and MedList's severity for it, any condition
 * and the source's own text (e.g. ANSM's French mechanism), and a reference within the source.
 */
public record Citation(String sourceId, String sourceName, String grade, Severity severity, String condition, String detail, String reference) {}
