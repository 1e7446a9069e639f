package org.medlist.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Severity;

/**
 * Puts findings into MedList's plain words. The effect (what could happen) comes from a curated
 * class rule or from the source's own mechanism text; when a source gives only a grade, the words
 * say what the grade means and who gave it, and never guess how the medicines interact.
 */
final class FindingWriter {
    static final String DONT_STOP = "Don't stop or change either medicine on your own.";
    private static final List<String> GENERIC_WATCH = List.of("Any new or worse side effects after starting or changing either medicine");
    private final KnowledgeBase kb;
    /** Effect found in a source's mechanism text; the texts are few and shared by many pairs. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Curated.Effect>> effectByText = new java.util.concurrent.ConcurrentHashMap<>();

    FindingWriter(KnowledgeBase kb) { this.kb = kb; }

    /** {@code grade} is the grading policy's verdict (see {@link Grading}); the citations keep every source's own grade. */
    Finding interaction(String key, String a, String b, List<String> meds, List<InteractionRow> rows, List<Curated.ClassRule> rules, Grading.Grade grade) {
        List<Citation> citations = new ArrayList<>();
        rows.forEach(r -> citations.add(cite(r)));
        rules.forEach(r -> citations.add(cite(r)));
        citations.sort(Comparator.comparing(Citation::severity).thenComparing(Citation::sourceId));
        Severity severity = grade.severity();
        Optional<Curated.Effect> effect = effectOf(rows, rules);
        String names = meds.get(0) + " and " + meds.get(1);
        String title = meds.get(0) + " + " + meds.get(1) + ": " + effect.map(Curated.Effect::label)
                .orElse(severity == Severity.INFO ? "listed for information" : severity.label() + " interaction");
        String summary = effect.map(Curated.Effect::summary).orElseGet(() -> gradeOnly(names, citations.get(0), severity));
        List<String> watch = effect.map(Curated.Effect::watchFor).orElse(GENERIC_WATCH);
        return new Finding(Finding.Kind.INTERACTION, key, severity, List.of(a, b), meds, title, summary, watch,
                whatToDo(severity), mechanism(rows), citations, grade.reason(), grade.appliesIf(), "");
    }

    Finding foodAndDrink(String substance, String ingredient, String label, List<InteractionRow> rows) {
        List<Citation> citations = rows.stream().map(this::cite).sorted(Comparator.comparing(Citation::severity)).toList();
        Severity severity = citations.get(0).severity();
        Optional<Curated.Effect> effect = effectOf(rows, List.of());
        String what = substance.equals("alcohol") ? "alcohol" : "grapefruit or grapefruit juice";
        String summary = effect.map(e -> e.summary().replace("Taken together, these medicines", "With " + what + ", this medicine")
                        .replace("One medicine can raise the amount of the other", capital(what) + " can raise the amount of this medicine")
                        .replace("One medicine can lower the amount of the other", capital(what) + " can lower the amount of this medicine"))
                .orElseGet(() -> gradeOnly(label + " and " + what, citations.get(0), severity));
        String todo = "Ask your doctor or pharmacist whether you should avoid " + what + " while taking " + label + ".";
        return new Finding(Finding.Kind.FOOD_AND_DRINK, "food:" + substance + ":" + ingredient, severity, List.of(ingredient), List.of(label),
                label + " and " + what, summary, effect.map(Curated.Effect::watchFor).orElse(GENERIC_WATCH), todo, mechanism(rows), citations);
    }

    Finding sameIngredient(String ingredient, String x, String y) {
        Citation c = new Citation("MEDLIST", kb.source("MEDLIST").name(), "same ingredient", Severity.MODERATE, "",
                "Both entries contain " + ingredient + " according to the name tables (RxNorm, RxTerms, Drugs@FDA).", "duplicate check");
        return new Finding(Finding.Kind.DUPLICATE, "same:" + ingredient, Severity.MODERATE, List.of(ingredient), List.of(x, y),
                capital(ingredient) + " in both " + x + " and " + y,
                "Both " + x + " and " + y + " contain " + ingredient + ". Taking both can add up to more " + ingredient + " than intended.",
                List.of("The total amount of " + ingredient + " you take in a day"),
                "Ask your pharmacist whether you should take both. " + DONT_STOP, "", List.of(c));
    }

    Finding sameClass(Curated.TherapeuticClass tc, CheckInput x, CheckInput y) {
        Citation c = new Citation("MEDLIST", "Classes: " + tc.source(), tc.label(), Severity.MODERATE, "", tc.source(), "class " + tc.id());
        List<String> drugs = new ArrayList<>(x.ingredients());
        y.ingredients().stream().filter(i -> !drugs.contains(i)).forEach(drugs::add);
        return new Finding(Finding.Kind.SAME_CLASS, "class:" + tc.id() + ":" + x.label() + "|" + y.label(), Severity.MODERATE, drugs,
                List.of(x.label(), y.label()), "Two of the same kind: " + x.label() + " and " + y.label() + " (" + tc.label() + ")",
                x.label() + " and " + y.label() + " are both " + article(tc.label()) + " " + tc.label() + " (usually for " + tc.usuallyFor()
                        + "). Two medicines of the same kind are sometimes intended and sometimes a mistake, so it is worth checking.",
                List.of("More of the usual side effects of " + tc.label() + " medicines"),
                "Ask your doctor or pharmacist whether you need both. " + DONT_STOP, "", List.of(c));
    }

    Finding group(Curated.Group g, Map<String, String> members) {
        Curated.Effect effect = kb.effect(g.effect()).orElseThrow();
        Citation c = new Citation("MEDLIST", "MedList group: " + g.label(), "additive group", Severity.MODERATE, "", g.source(), "group " + g.id());
        String list = String.join(", ", members.keySet());
        return new Finding(Finding.Kind.GROUP, "group:" + g.id(), Severity.MODERATE, List.copyOf(members.values()), List.copyOf(members.keySet()),
                g.label() + " (" + members.size() + ")",
                members.size() + " of these medicines can each cause " + effect.label().toLowerCase(java.util.Locale.ROOT)
                        + ": " + list + ". Together the effect can add up.",
                effect.watchFor(), "Go over this list with your doctor or pharmacist. " + DONT_STOP, "", List.of(c));
    }

    private Citation cite(InteractionRow r) {
        return new Citation(r.source(), kb.source(r.source()).name(), r.grade(), r.severity(), r.condition(), r.mechanism(), r.reference());
    }

    private Citation cite(Curated.ClassRule r) {
        String a = kb.therapeuticClass(r.classA()).map(Curated.TherapeuticClass::label).orElse(r.classA());
        String b = kb.therapeuticClass(r.classB()).map(Curated.TherapeuticClass::label).orElse(r.classB());
        return new Citation("MEDLIST", "MedList class rule: " + a + " + " + b, r.severity().code(), r.severity(), "", r.source(), r.classA() + "+" + r.classB());
    }

    /** A curated rule's effect first; else the first effect whose pattern the sources' mechanism text matches, strongest source first. */
    private Optional<Curated.Effect> effectOf(List<InteractionRow> rows, List<Curated.ClassRule> rules) {
        Curated.ClassRule strongestRule = null;
        for (Curated.ClassRule r : rules) if (strongestRule == null || r.severity().isStrongerThan(strongestRule.severity())) strongestRule = r;
        if (strongestRule != null) return kb.effect(strongestRule.effect());
        Optional<Curated.Effect> best = Optional.empty();
        Severity bestSeverity = null;
        for (InteractionRow r : rows) {
            if (r.mechanism().isEmpty() || (bestSeverity != null && !r.severity().isStrongerThan(bestSeverity))) continue;
            Optional<Curated.Effect> e = effectByText.computeIfAbsent(r.mechanism(), this::matchEffect);
            if (e.isPresent()) {
                best = e;
                bestSeverity = r.severity();
            }
        }
        return best;
    }

    private Optional<Curated.Effect> matchEffect(String mechanism) {
        for (Curated.Effect e : kb.effects()) {
            if (e.mechanismPattern().matcher(mechanism).find()) return Optional.of(e);
        }
        return Optional.empty();
    }

    private String gradeOnly(String names, Citation strongest, Severity severity) {
        if (severity == Severity.INFO) {
            return strongest.sourceName() + " lists " + names + " (its grade: " + strongest.grade() + "). " + severity.meaning();
        }
        if (severity == Severity.UNKNOWN) {
            return strongest.sourceName() + " lists " + names + " as a pair without grading it. " + severity.meaning();
        }
        return strongest.sourceName() + " grades " + names + " as a " + severity.label().toLowerCase(java.util.Locale.ROOT)
                + " interaction (its grade: " + strongest.grade() + "). " + severity.meaning()
                + " The source gives a grade only; it does not say how they interact.";
    }

    /** The strongest source's own mechanism text, if any source gives one. */
    private static String mechanism(List<InteractionRow> rows) {
        InteractionRow best = null;
        for (InteractionRow r : rows) {
            if (!r.mechanism().isEmpty() && (best == null || r.severity().isStrongerThan(best.severity()))) best = r;
        }
        return best == null ? "" : best.mechanism();
    }

    static String whatToDo(Severity s) {
        return switch (s) {
            case CONTRAINDICATED -> "Sources say these should not be taken together. Contact your doctor or pharmacist soon. " + DONT_STOP;
            case MAJOR, MODERATE -> "Ask your doctor or pharmacist about taking these together. " + DONT_STOP;
            case MINOR -> "Mention it to your pharmacist or at your next visit. " + DONT_STOP;
            case INFO, UNKNOWN -> "Listed for information. Ask your pharmacist if you have questions.";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 || word.startsWith("SSRI") || word.startsWith("SNRI") || word.startsWith("NSAID") ? "an" : "a";
    }
}
