package org.medlist.check;

import org.medlist.knowledge.Curated;

/** Puts medicine names into an effect's sentence templates (effects.tsv). */
final class EffectTemplate {
    private EffectTemplate() {}

    /** The directed sentence: {@code other} changes the level or effect of {@code affected}. */
    static String directed(Curated.Effect e, String affected, String other) {
        return sentence(e.template().replace("{affected}", affected).replace("{other}", other));
    }

    /** The sentence for a pair when the source does not say which medicine is affected. */
    static String pair(Curated.Effect e, String a, String b) {
        return sentence(e.pairTemplate().replace("{a}", a).replace("{b}", b));
    }

    private static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
