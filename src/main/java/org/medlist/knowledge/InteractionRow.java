package org.medlist.knowledge;

/**
 * One source's statement about one ingredient pair, as bundled: its own grade, MedList's severity for
 * that grade, an optional condition (ANSM's conditional levels), the source's mechanism text, and a reference.
 * {@code drugbankType} is the DeepDDI interaction type (1–86) of a DrugBank row, 0 for other sources;
 * {@code subject} is the ingredient that type's sentence names as "#Drug1" (empty when none).
 */
public record InteractionRow(String a, String b, String source, String grade, Severity severity,
                             String condition, String mechanism, String reference, int drugbankType, String subject) {

    public InteractionRow(String a, String b, String source, String grade, Severity severity, String condition, String mechanism, String reference) {
        this(a, b, source, grade, severity, condition, mechanism, reference, 0, "");
    }
}
