package org.medlist.knowledge;

/**
 * One autocompletion choice. {@code otherIngredients} marks a choice whose ingredients differ from the
 * best match of what was typed ("Lisinopril And Hydrochlorothiazide" while typing "lisinopril"): the
 * window must not take it on Enter, only when the person picks it.
 */
public record NameChoice(NameEntry entry, boolean otherIngredients) {}
