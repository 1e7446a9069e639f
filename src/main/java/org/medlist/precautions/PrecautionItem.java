package org.medlist.precautions;

import java.util.List;
import org.medlist.knowledge.Curated;

/**
 * One checklist item: a precaution that applies to this person's current medicines. {@code key} is
 * stable across runs (the precaution's id), so a tick can be kept against it. {@code evidence} is the
 * label sentence (or ANSM row) the item rests on.
 */
public record PrecautionItem(String key, String topic, String text, List<String> medications, List<String> drugs, List<String> sources,
                             Curated.Evidence evidence) {
    public PrecautionItem(String key, String topic, String text, List<String> medications, List<String> drugs, List<String> sources) {
        this(key, topic, text, medications, drugs, sources, Curated.Evidence.NONE);
    }
}
