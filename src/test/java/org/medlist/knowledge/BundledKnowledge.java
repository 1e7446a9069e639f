package org.medlist.knowledge;

/** The real bundled knowledge base, loaded once for all tests of a JVM. */
public final class BundledKnowledge {
    private static KnowledgeBase kb;

    private BundledKnowledge() {}

    public static synchronized KnowledgeBase get() {
        if (kb == null) kb = KnowledgeBase.loadBundled();
        return kb;
    }
}
