package org.medlist.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private final Explanations explanations;

    FindingWriter(KnowledgeBase kb) {
        this.kb = kb;
        this.explanations = new Explanations(kb);
    }

    /** {@code grade} is the grading policy's verdict (see {@link Grading}); the citations keep every source's own grade. */
    Finding interaction(String key, String a, String b, List<String> meds, List<InteractionRow> rows, List<Curated.ClassRule> rules, Grading.Grade grade) {
        List<Citation> citations = new ArrayList<>();
        rows.forEach(r -> citations.add(cite(r)));
        rules.forEach(r -> citations.add(cite(r)));
        citations.sort(Comparator.comparing(Citation::severity).thenComparing(Citation::sourceId));
        Severity severity = grade.severity();
        Explanation why = explanations.explain(a, b, rows, rules);
        Map<String, String> names = Map.of(a, name(a, meds.get(0)), b, name(b, meds.get(1)));
        String title = meds.get(0) + " + " + meds.get(1) + ": " + (why.effect() == null
                ? (severity == Severity.INFO ? "listed for information" : severity.label() + " interaction") : why.effect().label());
        String summary;
        if (why.effect() != null) {
            summary = why.affected() != null
                    ? EffectTemplate.directed(why.effect(), names.get(why.affected()), names.get(why.other()))
                    : EffectTemplate.pair(why.effect(), meds.get(0), meds.get(1));
        } else if (why.source().equals(Explanations.UNTRANSLATED)) {
            summary = untranslated(meds.get(0) + " and " + meds.get(1), rows, severity);
        } else {
            summary = gradeOnly(meds.get(0) + " and " + meds.get(1), citations.get(0), severity);
        }
        if (!why.condition().isEmpty()) summary += " " + why.condition();
        List<String> watch = why.effect() == null ? GENERIC_WATCH : why.effect().watchFor();
        String todo = !why.timing().isEmpty()
                ? why.timing() + " Ask your pharmacist if you are not sure how to space them. " + DONT_STOP
                : why.effect() == null ? whatToDo(severity) : why.effect().whatToDo() + " " + whatToDo(severity);
        return new Finding(Finding.Kind.INTERACTION, key, severity, List.of(a, b), meds, title, summary, watch, todo, why.mechanism(), citations,
                why.effect() == null ? null : why.effect().id(), why.affected(), why.source(), why.sourceText(), grade.reason(), grade.appliesIf(), "");
    }

    /**
     * A food or drink caution, worded for this person: the caller leaves out alcohol for a child or for someone whose
     * profile says they do not drink; when the profile says they drink, the advice says so.
     */
    Finding foodAndDrink(String substance, String ingredient, String label, List<InteractionRow> rows, CheckContext person) {
        List<Citation> citations = rows.stream().map(this::cite).sorted(Comparator.comparing(Citation::severity)).toList();
        Severity severity = citations.get(0).severity();
        Explanation why = explanations.explainFood(substance, ingredient, rows);
        boolean alcohol = substance.equals("alcohol");
        String what = alcohol ? "alcohol" : "grapefruit or grapefruit juice";
        String summary = why.effect() != null
                ? EffectTemplate.directed(why.effect(), name(ingredient, label), alcohol ? "alcohol" : "grapefruit juice")
                : why.source().equals(Explanations.UNTRANSLATED) ? untranslated(label + " and " + what, rows, severity)
                : gradeOnly(label + " and " + what, citations.get(0), severity);
        if (!why.condition().isEmpty()) summary += " " + why.condition();
        String todo;
        if (alcohol && person.drinksAlcohol().orElse(false)) {
            todo = "Your profile says you drink alcohol. Ask your doctor or pharmacist how much alcohol, if any, is right for you while taking " + label + ".";
        } else if (alcohol) {
            todo = "If you drink alcohol, ask your doctor or pharmacist whether you should avoid it or drink less while taking " + label + ".";
        } else {
            todo = "If you eat grapefruit or drink grapefruit juice, ask your doctor or pharmacist whether you should avoid it while taking " + label + ".";
        }
        if (why.effect() != null) todo += " " + why.effect().whatToDo();
        String title = label + " and " + what + (why.effect() == null ? "" : ": " + why.effect().label());
        return new Finding(Finding.Kind.FOOD_AND_DRINK, "food:" + substance + ":" + ingredient, severity, List.of(ingredient), List.of(label),
                title, summary, why.effect() == null ? GENERIC_WATCH : why.effect().watchFor(), todo, why.mechanism(), citations,
                why.effect() == null ? null : why.effect().id(), why.effect() == null ? null : ingredient, why.source(), why.sourceText());
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

    /** A source explains the pair only in its own (French) words, which no pattern maps yet: say so, never "grade only". */
    private String untranslated(String names, List<InteractionRow> rows, Severity severity) {
        InteractionRow described = null;
        for (InteractionRow r : rows) if (!r.mechanism().isEmpty() && (described == null || r.severity().isStrongerThan(described.severity()))) described = r;
        String source = described == null ? "The source" : kb.source(described.source()).name();
        return source + " lists " + names + " as " + article(severity.label()) + " " + severity.label().toLowerCase(java.util.Locale.ROOT)
                + " interaction and explains how they interact in its own words, in French (see \"the source's own words\"). "
                + severity.meaning();
    }

    /** How a card names an ingredient: the entry's own name, with the ingredient when the name does not show it. */
    private static String name(String ingredient, String label) {
        return label.toLowerCase(java.util.Locale.ROOT).contains(ingredient.toLowerCase(java.util.Locale.ROOT)) ? label : label + " (" + ingredient + ")";
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
