package org.medlist.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;

/**
 * Chooses the words of a pair from its sources' mechanism, in this order:
 * <ol>
 *   <li>a timing row (label: take them apart) — {@link #LABEL_TIMING};</li>
 *   <li>a curated class rule's effect — {@link #CLASS_RULE};</li>
 *   <li>a source's own mechanism text (ANSM's French), mapped by mechanisms.tsv — {@link #ANSM};</li>
 *   <li>the DrugBank interaction type, mapped by drugbank_types.tsv with its direction — {@link #DRUGBANK};</li>
 *   <li>an effect both medicines cause on their own, by MedList class, FDA EPC class or ingredient (class_effects.tsv,
 *       first shared row in file order) — {@link #SHARED_CLASS};</li>
 *   <li>a mechanism text no pattern maps: the card says the source explains it in its own words — {@link #UNTRANSLATED};</li>
 *   <li>nothing: the source grades the pair without saying why — {@link #GRADE_ONLY}.</li>
 * </ol>
 * Within a step the strongest source row wins.
 */
final class Explanations {
    static final String LABEL_TIMING = "label_timing";
    static final String CLASS_RULE = "class_rule";
    static final String ANSM = "ansm_mechanism";
    static final String DRUGBANK = "drugbank_type";
    static final String SHARED_CLASS = "shared_class";
    static final String UNTRANSLATED = "source_text_only";
    static final String GRADE_ONLY = "grade_only";
    static final List<String> ORDER = List.of(LABEL_TIMING, CLASS_RULE, ANSM, DRUGBANK, SHARED_CLASS, UNTRANSLATED, GRADE_ONLY);

    private final KnowledgeBase kb;
    private final Curated.Explanations tables;
    /** Mechanism texts are few and shared by many pairs: match each once. */
    private final Map<String, Optional<Curated.Effect>> effectByText = new ConcurrentHashMap<>();

    Explanations(KnowledgeBase kb) {
        this.kb = kb;
        this.tables = kb.explanations();
    }

    /** {@code a} and {@code b} are the pair's ingredients. */
    Explanation explain(String a, String b, List<InteractionRow> rows, List<Curated.ClassRule> rules) {
        Explanation why = explainUndirected(a, b, rows, rules);
        if (why.affected() != null || why.effect() == null || !needsDirection(why.effect())) return why;
        // Grapefruit is on the changing side of every pair the sources list with it (the food caution says the same).
        String medicine = a.equals(GRAPEFRUIT) ? b : b.equals(GRAPEFRUIT) ? a : null;
        return medicine == null ? why
                : new Explanation(why.effect(), medicine, GRAPEFRUIT, why.source(), why.mechanism(), why.sourceText(), why.condition(), why.timing());
    }

    private static final String GRAPEFRUIT = "grapefruit";

    private Explanation explainUndirected(String a, String b, List<InteractionRow> rows, List<Curated.ClassRule> rules) {
        String sourceText = sourceText(rows);
        String condition = conditionText(rows);
        for (Curated.Timing t : tables.timings()) {
            String partner = t.medicine().equals(a) && t.partners().contains(b) ? b : t.medicine().equals(b) && t.partners().contains(a) ? a : null;
            if (partner == null) continue;
            Optional<Curated.Effect> e = kb.effect("absorption");
            if (e.isEmpty()) break;
            return new Explanation(e.get(), t.medicine(), partner, LABEL_TIMING,
                    "The label says: \"" + t.quote() + "\" (" + t.source() + ").", sourceText, condition, t.advice().replace("{other}", partner));
        }
        Curated.ClassRule strongestRule = null;
        for (Curated.ClassRule r : rules) if (strongestRule == null || r.severity().isStrongerThan(strongestRule.severity())) strongestRule = r;
        if (strongestRule != null) {
            Optional<Curated.Effect> e = kb.effect(strongestRule.effect());
            if (e.isPresent()) {
                return new Explanation(e.get(), null, null, CLASS_RULE, e.get().label() + ": " + strongestRule.source() + ".", sourceText, condition, "");
            }
        }
        InteractionRow bestText = null;
        Curated.Effect textEffect = null;
        for (InteractionRow r : rows) {
            if (r.mechanism().isEmpty() || r.drugbankType() > 0) continue;
            Optional<Curated.Effect> e = effectByText.computeIfAbsent(r.mechanism(), this::matchEffect);
            if (e.isPresent() && (bestText == null || r.severity().isStrongerThan(bestText.severity()))) {
                bestText = r;
                textEffect = e.get();
            }
        }
        if (bestText != null) {
            String affected = needsDirection(textEffect) ? namedFirst(bestText.mechanism(), a, b) : null;
            String other = affected == null ? null : affected.equals(a) ? b : a;
            return new Explanation(textEffect, affected, other, ANSM,
                    kb.source(bestText.source()).name() + " describes this as " + textEffect.label().toLowerCase(Locale.ROOT)
                            + ". Its own words, in French, are kept as the source's text.", bestText.mechanism(), condition, "");
        }
        InteractionRow bestType = null;
        Curated.DrugbankType type = null;
        for (InteractionRow r : rows) {
            Curated.DrugbankType t = r.drugbankType() > 0 ? tables.drugbankTypes().get(r.drugbankType()) : null;
            if (t == null || t.effect().isEmpty() || kb.effect(t.effect()).isEmpty()) continue;
            if (bestType == null || r.severity().isStrongerThan(bestType.severity())) {
                bestType = r;
                type = t;
            }
        }
        if (bestType != null) {
            Curated.Effect e = kb.effect(type.effect()).orElseThrow();
            String subject = bestType.subject().equals(a) || bestType.subject().equals(b) ? bestType.subject() : null;
            String object = subject == null ? null : subject.equals(a) ? b : a;
            String affected = switch (type.affected()) {
                case "drug2" -> object;
                case "drug1" -> subject;
                default -> null;
            };
            String other = affected == null ? null : affected.equals(a) ? b : a;
            return new Explanation(e, affected, other, DRUGBANK, "DrugBank: " + drugbankSentence(type, subject, object, a, b), "", condition, "");
        }
        Optional<Curated.ClassEffect[]> shared = sharedEffect(a, b);
        if (shared.isPresent() && kb.effect(shared.get()[0].effect()).isPresent()) {
            Curated.Effect e = kb.effect(shared.get()[0].effect()).orElseThrow();
            return new Explanation(e, null, null, SHARED_CLASS, "Both can cause " + e.label().toLowerCase(Locale.ROOT) + " on their own: "
                    + describe(shared.get()[0], a) + "; " + describe(shared.get()[1], b) + ".", sourceText, condition, "");
        }
        if (!sourceText.isEmpty()) return new Explanation(null, null, null, UNTRANSLATED, "", sourceText, condition, "");
        return new Explanation(null, null, null, GRADE_ONLY, "", "", condition, "");
    }

    /** Words for a food or drink pair: the same order, without class rules or timing. */
    Explanation explainFood(String substance, String ingredient, List<InteractionRow> rows) {
        return explain(substance, ingredient, rows, List.of());
    }

    private Optional<Curated.Effect> matchEffect(String mechanism) {
        for (Curated.MechanismPattern p : tables.mechanisms()) {
            if (p.pattern().matcher(mechanism).find()) return kb.effect(p.effect());
        }
        return Optional.empty();
    }

    /** Effects whose words need to know which medicine is affected; for the others the pair wording is as precise. */
    private static boolean needsDirection(Curated.Effect e) {
        return List.of("raised_level", "lowered_level", "slower_breakdown", "faster_breakdown", "weaker_effect", "stronger_effect",
                "muscle", "absorption", "contraception").contains(e.id());
    }

    /** Words after which ANSM names the medicine whose level or effect changes ("concentrations plasmatiques de …"). */
    private static final java.util.regex.Pattern LEVEL_WORD = java.util.regex.Pattern.compile(
            "concentration|taux|metabolisme|absorption|efficacite|effets?\\b|exposition|biodisponibilite|toxicite");

    /**
     * The ingredient whose level or effect a French mechanism text says changes: the first of the two named after a
     * level word ("Augmentation des concentrations plasmatiques de simvastatine par…"), unless it is named as the agent
     * ("… boosté par le ritonavir"), in which case it is the other one. Names are matched on their first letters,
     * accents ignored, since French endings differ (simvastatine, warfarine). Null when the text does not say.
     */
    static String namedFirst(String text, String a, String b) {
        String t = plain(text);
        java.util.regex.Matcher level = LEVEL_WORD.matcher(t);
        if (!level.find()) return null;
        String rest = t.substring(level.end());
        int ia = firstMention(rest, a);
        int ib = firstMention(rest, b);
        if (ia < 0 && ib < 0) return null;
        boolean aFirst = ib < 0 || (ia >= 0 && ia <= ib);
        int at = aFirst ? ia : ib;
        boolean agent = rest.substring(Math.max(0, at - 8), at).matches(".*\\bpar (le |la |l'|l’|les )?$");
        return aFirst != agent ? a : b;
    }

    private static int firstMention(String text, String ingredient) {
        String stem = plain(ingredient.split(" ")[0]);
        if (stem.length() < 5) return -1;
        stem = stem.substring(0, Math.min(stem.length(), Math.max(5, stem.length() - 1)));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(stem)).matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String drugbankSentence(Curated.DrugbankType t, String subject, String object, String a, String b) {
        String d1 = subject == null ? a : subject;
        String d2 = object == null ? b : object;
        String s = t.sentence().replace("#Drug1", d1).replace("#Drug2", d2);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The first class-effect row of {@code a} whose effect {@code b} also has, with b's row. */
    private Optional<Curated.ClassEffect[]> sharedEffect(String a, String b) {
        List<Curated.ClassEffect> ofA = classEffects(a);
        if (ofA.isEmpty()) return Optional.empty();
        List<Curated.ClassEffect> ofB = classEffects(b);
        for (Curated.ClassEffect x : ofA) {
            for (Curated.ClassEffect y : ofB) if (x.effect().equals(y.effect())) return Optional.of(new Curated.ClassEffect[] {x, y});
        }
        return Optional.empty();
    }

    private List<Curated.ClassEffect> classEffects(String ingredient) {
        java.util.Set<String> classes = kb.classesOf(ingredient);
        List<String> epc = kb.ingredient(ingredient).map(org.medlist.knowledge.IngredientInfo::fdaClasses).orElse(List.of());
        List<Curated.ClassEffect> found = new ArrayList<>();
        for (Curated.ClassEffect c : tables.classEffects()) {
            boolean member = switch (c.kind()) {
                case "class" -> classes.contains(c.name());
                case "epc" -> epc.contains(c.name());
                default -> c.name().equals(ingredient);
            };
            if (member) found.add(c);
        }
        return found;
    }

    private String describe(Curated.ClassEffect c, String ingredient) {
        String what = switch (c.kind()) {
            case "class" -> kb.therapeuticClass(c.name()).map(Curated.TherapeuticClass::label).orElse(c.name());
            case "epc" -> c.name();
            default -> "";
        };
        return ingredient + (what.isEmpty() ? "" : " (" + what + ")") + " — " + c.source();
    }

    /** The strongest source's own mechanism text (ANSM's French), if any source gives one. */
    private static String sourceText(List<InteractionRow> rows) {
        InteractionRow best = null;
        for (InteractionRow r : rows) {
            if (!r.mechanism().isEmpty() && r.drugbankType() == 0 && (best == null || r.severity().isStrongerThan(best.severity()))) best = r;
        }
        return best == null ? "" : best.mechanism();
    }

    /** English words for the strongest row's condition, read from its condition and mechanism text. */
    private String conditionText(List<InteractionRow> rows) {
        List<InteractionRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(InteractionRow::severity));
        for (InteractionRow r : sorted) {
            for (String text : List.of(r.condition(), r.mechanism())) {
                if (text.isEmpty()) continue;
                String words = conditionByText.computeIfAbsent(text, this::conditionWords);
                if (!words.isEmpty()) return words;
            }
        }
        return "";
    }

    private static final java.util.regex.Pattern CONDITION_PREFIX = java.util.regex.Pattern.compile("^Under some conditions [^:]*:\\s*");
    /** Like {@link #effectByText}: the texts are the knowledge base's own, matched once each. */
    private final Map<String, String> conditionByText = new ConcurrentHashMap<>();

    private String conditionWords(String text) {
        String plain = CONDITION_PREFIX.matcher(text).replaceFirst("");
        if (plain.isEmpty()) return "";
        for (Curated.ConditionText c : tables.conditionTexts()) if (c.pattern().matcher(plain).find()) return c.text();
        return "";
    }

}
