package org.medlist.knowledge;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The hand-written tables in resources/knowledge/curated, one cited source per row. */
public final class Curated {
    private Curated() {}

    public record TherapeuticClass(String id, String label, String usuallyFor, boolean duplicateCheck, String source) {}

    public record ClassRule(String classA, String classB, Severity severity, String effect, String source) {}

    public record Effect(String id, String label, String summary, List<String> watchFor, Pattern mechanismPattern, String source) {}

    public record Group(String id, String label, Set<String> classes, Set<String> ingredients, String effect, String source) {}
}
