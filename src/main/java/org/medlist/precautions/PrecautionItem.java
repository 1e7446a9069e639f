package org.medlist.precautions;

import java.util.List;

/**
 * One checklist item: a precaution that applies to this person's current medicines. {@code key} is
 * stable across runs (the precaution's id), so a tick can be kept against it.
 */
public record PrecautionItem(String key, String topic, String text, List<String> medications, List<String> drugs, List<String> sources) {}
