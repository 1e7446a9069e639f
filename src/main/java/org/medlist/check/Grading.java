package org.medlist.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Severity;

/**
 * MedList's one grading policy (resources/knowledge/curated/grading_policy.tsv, README "How a grade is
 * chosen"), applied to one pair. In order:
 * <ol>
 *   <li>a protective pair, or two ingredients of one approved combination product, is shown for
 *       information (unless a MedList rule grades it major or worse);</li>
 *   <li>a source row whose condition (dose, condition, age) is known not to hold is set aside; one whose
 *       condition MedList cannot tell counts, and the finding says "applies if …";</li>
 *   <li>a MedList class rule whose condition on the person holds counts; one that MedList cannot tell
 *       is cited but does not raise the grade;</li>
 *   <li>the strongest remaining grade is shown, except that a single grade the policy marks as needing
 *       corroboration (DDInter "Moderate") with no other warning-grade source, no MedList rule, no
 *       mechanism text that names a MedList effect and no timing exception, is shown for information.</li>
 * </ol>
 * Every source's own grade stays in the citations; {@link Grade#reason} says which one chose.
 */
final class Grading {
    private final KnowledgeBase kb;
    private final List<Curated.GradingRule> policy;
    private volatile Map<String, String> coformulated;

    Grading(KnowledgeBase kb) {
        this.kb = kb;
        this.policy = kb.gradingPolicy();
    }

    /** The shown severity, why, and the condition it depends on (null when none). */
    record Grade(Severity severity, String reason, String appliesIf) {}

    /** Three-valued: a condition holds, does not hold, or MedList cannot tell. */
    enum Truth { YES, NO, UNKNOWN }

    /** One side of a pair: its ingredient, classes and the strength entered for its entry. */
    record Side(String ingredient, Set<String> classes, String strength, int ingredientsInEntry) {}

    /** Whether {@code when} holds for the person and the pair. Empty holds. */
    static Truth holds(String when, Side x, Side y, CheckContext person) {
        if (when == null || when.isEmpty()) return Truth.YES;
        if (when.startsWith("age>=") || when.startsWith("age<")) {
            if (person.ageYears().isEmpty()) return Truth.UNKNOWN;
            int age = person.ageYears().getAsInt();
            boolean ge = when.startsWith("age>=");
            int limit = Integer.parseInt(when.substring(ge ? 5 : 4));
            return (ge ? age >= limit : age < limit) ? Truth.YES : Truth.NO;
        }
        if (when.equals("drinks:no")) return person.saysNoAlcohol() ? Truth.YES : Truth.UNKNOWN;
        if (when.equals("pregnant")) return person.pregnant() ? Truth.YES : Truth.UNKNOWN;
        if (when.startsWith("condition:")) {
            // A profile records conditions it knows of; an absent condition is not known to be absent.
            return person.conditions().contains(when.substring(10)) ? Truth.YES : Truth.UNKNOWN;
        }
        if (when.startsWith("dose:")) {
            Matcher m = DOSE_RULE.matcher(when);
            if (!m.matches()) return Truth.UNKNOWN;
            String ingredient = m.group(1);
            Side side = x != null && x.ingredient().equals(ingredient) ? x : y != null && y.ingredient().equals(ingredient) ? y : null;
            if (side == null) return Truth.UNKNOWN;
            Optional<Double> mg = milligrams(side.strength(), side.ingredientsInEntry());
            if (mg.isEmpty()) return Truth.UNKNOWN;
            double limit = Double.parseDouble(m.group(3));
            boolean ok = m.group(2).equals(">=") ? mg.get() >= limit : mg.get() < limit;
            return ok ? Truth.YES : Truth.NO;
        }
        return Truth.UNKNOWN;
    }

    private static final Pattern DOSE_RULE = Pattern.compile("dose:(.+?)(>=|<)(\\d+(?:\\.\\d+)?)mg");
    private static final Pattern STRENGTH = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(mg|g|mcg|µg)\\b", Pattern.CASE_INSENSITIVE);

    /** "81 mg" → 81; "0.5 g" → 500. Empty when not stated, or when a combination's strength cannot be told apart. */
    static Optional<Double> milligrams(String strength, int ingredientsInEntry) {
        if (strength == null || strength.isBlank()) return Optional.empty();
        Matcher m = STRENGTH.matcher(strength);
        if (!m.find()) return Optional.empty();
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (m.find() || ingredientsInEntry > 1) return Optional.empty(); // "5 mg/325 mg": which is which is not ours to guess
        return Optional.of(switch (unit) {
            case "g" -> value * 1000;
            case "mcg", "µg" -> value / 1000;
            default -> value;
        });
    }

    /** A class rule counts only when its condition on the person holds; {@code NO} drops it. */
    Truth ruleApplies(Curated.ClassRule r, CheckContext person) {
        return holds(r.when(), null, null, person);
    }

    Grade grade(Side x, Side y, List<InteractionRow> rows, List<Curated.ClassRule> rules, CheckContext person) {
        List<String> conditions = new ArrayList<>();
        // 1. protective or intended
        for (Curated.GradingRule g : policy) {
            if (!(g.kind().equals("protective") || g.kind().equals("regimen")) || !pairMatches(g, x, y)) continue;
            boolean strongRule = rules.stream().anyMatch(r -> ruleApplies(r, person) == Truth.YES && r.severity().compareTo(Severity.MAJOR) <= 0);
            if (strongRule) break; // a cited MedList rule of major or worse outranks the exemption
            return new Grade(Severity.INFO, (g.kind().equals("protective") ? "Protective combination" : "Intended combination")
                    + " (policy " + g.id() + ": " + g.citation() + "); the sources' own grades are listed for information", null);
        }
        Optional<String> product = coformulatedIn(x.ingredient(), y.ingredient());
        if (product.isPresent()) {
            boolean strongRule = rules.stream().anyMatch(r -> ruleApplies(r, person) == Truth.YES && r.severity().compareTo(Severity.MAJOR) <= 0);
            boolean contraindicated = rows.stream().anyMatch(r -> r.severity() == Severity.CONTRAINDICATED);
            if (!strongRule && !contraindicated) {
                return new Grade(Severity.INFO, "Intended combination: both are ingredients of one approved product (" + product.get()
                        + "; policy regimen_coformulated); the sources' own grades are listed for information", null);
            }
        }
        // 2. source rows and their conditions
        Severity best = null;
        String bestBy = null;
        List<String> setAside = new ArrayList<>();
        int warningRows = 0;
        boolean effectInText = false;
        InteractionRow single = null;
        for (InteractionRow r : rows) {
            Truth t = Truth.YES;
            for (Curated.GradingRule g : policy) {
                if (!g.kind().equals("condition") || !g.source().equals(r.source())) continue;
                if (g.pattern() != null && !g.pattern().matcher(r.reference() + " " + r.condition() + " " + r.mechanism()).find()) continue;
                if (!g.a().isEmpty() && !(sideMatches(g.a(), x) || sideMatches(g.a(), y))) continue;
                Truth h = holds(g.when(), x, y, person);
                if (h == Truth.NO) t = Truth.NO;
                else if (h == Truth.UNKNOWN && t != Truth.NO) {
                    t = Truth.UNKNOWN;
                    conditions.add(g.appliesIf());
                }
            }
            if (t == Truth.NO) {
                setAside.add(kb.source(r.source()).name() + " (" + r.grade() + ": its condition does not apply to this entry or person)");
                continue;
            }
            if (r.severity().isWarning()) {
                warningRows++;
                single = r;
            }
            if (!r.mechanism().isEmpty() && r.drugbankType() != 49 && namesAnEffect(r.mechanism())) effectInText = true;
            if (best == null || r.severity().isStrongerThan(best)) {
                best = r.severity();
                bestBy = kb.source(r.source()).name() + (r.severity() == Severity.UNKNOWN ? " lists it without a grade (" + r.grade() + ")" : " grades it " + r.grade());
            }
        }
        // 2b. a listing that caps the grade (the ONC non-interruptive list), below a contraindication
        if (best != null && best != Severity.CONTRAINDICATED) {
            for (Curated.GradingRule g : policy) {
                if (!g.kind().equals("caps") || !best.isStrongerThan(g.severity())) continue;
                boolean listed = rows.stream().anyMatch(r -> r.source().equals(g.source()));
                boolean contradicted = rows.stream().anyMatch(r -> g.a().contains(r.source()));
                if (listed && !contradicted) {
                    bestBy = bestBy + ", capped at " + g.severity().code() + " by policy " + g.id() + " (" + g.citation() + ")";
                    best = g.severity();
                }
            }
        }
        // 3. class rules
        Curated.ClassRule bestRule = null;
        for (Curated.ClassRule r : rules) {
            Truth t = ruleApplies(r, person);
            if (t == Truth.UNKNOWN) {
                conditions.add(appliesIfWords(r.when(), r.severity()));
                continue;
            }
            if (t == Truth.NO) continue;
            if (bestRule == null || r.severity().isStrongerThan(bestRule.severity())) bestRule = r;
        }
        if (bestRule != null && (best == null || !best.isStrongerThan(bestRule.severity()))) {
            String others = best != null && best != bestRule.severity() ? "; it outranks the sources (" + bestBy + ")" : "";
            return new Grade(bestRule.severity(), "MedList class rule " + bestRule.classA() + " + " + bestRule.classB() + " (" + bestRule.source()
                    + ") sets " + bestRule.severity().code() + others + aside(setAside), appliesIf(conditions));
        }
        if (best == null) {
            String why = setAside.isEmpty() ? "No source grades this pair" : "Every source row is set aside" + aside(setAside);
            return new Grade(setAside.isEmpty() ? Severity.UNKNOWN : Severity.INFO, why, appliesIf(conditions));
        }
        // 4. a single uncorroborated grade: the only row at its grade or above, no mechanism naming an effect, no rule
        Severity top = best;
        List<InteractionRow> atTop = rows.stream().filter(r -> r.severity() == top && !setAsideContains(setAside, r)).toList();
        if (atTop.size() == 1 && rules.isEmpty() && !effectInText && !keepsWarning(x, y)) {
            Optional<Curated.GradingRule> g = needsCorroboration(atTop.get(0));
            if (g.isPresent() && (g.get().severity() != Severity.INFO || warningRows == 1)) {
                Severity shown = g.get().severity();
                return new Grade(shown, bestBy + " alone, without a mechanism, and no other source or MedList rule backs it (policy "
                        + g.get().id() + "); shown " + (shown == Severity.INFO ? "for information" : "as " + shown.code()) + aside(setAside),
                        appliesIf(conditions));
            }
        }
        String reason = bestBy + (warningRows > 1 ? ", the strongest of " + warningRows + " grading sources" : "")
                + (bestRule != null ? "; it outranks MedList class rule " + bestRule.classA() + " + " + bestRule.classB() + " (" + bestRule.severity().code() + ")" : "")
                + (warningRows == 1 && single != null && needsCorroboration(single).isPresent() ? "; kept as a warning: " + corroboration(x, y, effectInText, rules) : "")
                + aside(setAside);
        return new Grade(best, reason, appliesIf(conditions));
    }

    /** A food or drink caution: shown for information when the person's profile rules it out (e.g. no alcohol, a child). */
    Optional<Grade> foodAndDrink(String substance, Side medicine, CheckContext person) {
        Side food = new Side(substance, Set.of(), "", 1);
        for (Curated.GradingRule g : policy) {
            if (!g.kind().equals("protective")) continue;
            if (g.a().contains(substance) && g.b().contains("*")) {
                if (holds(g.when(), null, null, person) == Truth.YES) {
                    return Optional.of(new Grade(Severity.INFO, "Profile: " + g.appliesIf() + " (policy " + g.id() + ": " + g.citation() + ")", null));
                }
            } else if (pairMatches(g, food, medicine)) {
                return Optional.of(new Grade(Severity.INFO, "Policy " + g.id() + " (" + g.citation() + "); the sources' own grades are listed for information", null));
            }
        }
        return Optional.empty();
    }

    /** A group finding whose rule needs a condition on the person (Beers: 65 or older). */
    Optional<Grade> group(String groupId, CheckContext person) {
        for (Curated.GradingRule g : policy) {
            if (!g.kind().equals("condition") || !g.source().equals("MEDLIST") || !g.a().contains("group:" + groupId)) continue;
            Truth t = holds(g.when(), null, null, person);
            return Optional.of(switch (t) {
                case YES -> new Grade(g.severity(), "Policy " + g.id() + " (" + g.citation() + ") applies to this person", null);
                case NO -> new Grade(Severity.INFO, "Policy " + g.id() + " (" + g.citation() + ") does not apply to this person's age", null);
                case UNKNOWN -> new Grade(Severity.MODERATE, "Policy " + g.id() + " (" + g.citation() + "); age not recorded", g.appliesIf());
            });
        }
        return Optional.empty();
    }

    /** Why a warning matters more for this person, by the policy's relevance rows; empty when it does not. */
    String relevance(Finding f, CheckContext person) {
        String effect = effectOf(f);
        if (effect.isEmpty()) return "";
        for (Curated.GradingRule g : policy) {
            if (!g.kind().equals("relevance") || !g.a().contains(effect)) continue;
            if (holds(g.when(), null, null, person) == Truth.YES) return g.appliesIf();
        }
        return "";
    }

    /** The MedList effect a finding speaks of: its rule's or group's, else the first one its sources' texts name. */
    private String effectOf(Finding f) {
        for (Citation c : f.sources()) {
            if (c.reference().startsWith("group ")) {
                String id = c.reference().substring(6);
                for (Curated.Group g : kb.groups()) if (g.id().equals(id)) return g.effect();
            }
            if (c.sourceId().equals("MEDLIST") && c.reference().contains("+")) {
                String[] ab = c.reference().split("\\+", 2);
                for (Curated.ClassRule r : kb.classRules(ab[0], ab[1])) return r.effect();
            }
        }
        for (Citation c : f.sources()) {
            if (c.detail().isEmpty()) continue;
            String effect = effectIdByText.computeIfAbsent(c.detail(), this::firstEffectNamed);
            if (!effect.isEmpty()) return effect;
        }
        return "";
    }

    /** Mechanism texts are the knowledge base's own strings, each shared by many checks: matched once. */
    private final Map<String, String> effectIdByText = new java.util.concurrent.ConcurrentHashMap<>();

    private String firstEffectNamed(String mechanism) {
        for (Curated.MechanismPattern m : kb.explanations().mechanisms()) if (m.pattern().matcher(mechanism).find()) return m.effect();
        return "";
    }

    private String corroboration(Side x, Side y, boolean effectInText, List<Curated.ClassRule> rules) {
        if (!rules.isEmpty()) return "a MedList class rule applies";
        if (effectInText) return "a source's mechanism text names a MedList effect";
        return "timing exception (policy keeps_warning)";
    }

    private Optional<Curated.GradingRule> needsCorroboration(InteractionRow r) {
        for (Curated.GradingRule g : policy) {
            if (g.kind().equals("needs_corroboration") && g.source().equals(r.source()) && g.grade().equalsIgnoreCase(r.grade())) return Optional.of(g);
        }
        return Optional.empty();
    }

    private boolean setAsideContains(List<String> setAside, InteractionRow r) {
        String name = kb.source(r.source()).name() + " (" + r.grade() + ":";
        return setAside.stream().anyMatch(s -> s.startsWith(name));
    }

    private boolean keepsWarning(Side x, Side y) {
        for (Curated.GradingRule g : policy) if (g.kind().equals("keeps_warning") && pairMatches(g, x, y)) return true;
        return false;
    }

    private final Map<String, Boolean> effectByText = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean namesAnEffect(String mechanism) {
        return effectByText.computeIfAbsent(mechanism, m -> kb.explanations().mechanisms().stream().anyMatch(p -> p.pattern().matcher(m).find()));
    }

    static boolean pairMatches(Curated.GradingRule g, Side x, Side y) {
        return (sideMatches(g.a(), x) && sideMatches(g.b(), y)) || (sideMatches(g.a(), y) && sideMatches(g.b(), x));
    }

    private static boolean sideMatches(Set<String> items, Side s) {
        if (items.contains(s.ingredient())) return true;
        for (String c : s.classes()) if (items.contains(c)) return true;
        return false;
    }

    /** The first approved product (RxNorm, RxTerms, Drugs@FDA names) that holds both ingredients. */
    Optional<String> coformulatedIn(String a, String b) {
        Map<String, String> map = coformulated;
        if (map == null) {
            map = new HashMap<>();
            for (NameEntry n : kb.allNames()) {
                List<String> in = n.ingredients();
                if (in.size() < 2 || in.size() > 6) continue;
                for (int i = 0; i < in.size(); i++) {
                    for (int j = i + 1; j < in.size(); j++) map.putIfAbsent(pairKey(in.get(i), in.get(j)), n.name() + ", " + n.source());
                }
            }
            coformulated = map;
        }
        return Optional.ofNullable(map.get(pairKey(a, b)));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static String aside(List<String> setAside) {
        return setAside.isEmpty() ? "" : "; set aside: " + String.join(", ", setAside);
    }

    private static String appliesIf(List<String> conditions) {
        List<String> distinct = conditions.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        return distinct.isEmpty() ? null : String.join("; ", distinct);
    }

    static String appliesIfWords(String when, Severity severity) {
        String who;
        if (when.startsWith("age>=")) who = "the person is " + when.substring(5) + " or older";
        else if (when.startsWith("condition:")) who = "the person has " + when.substring(10).replace('_', ' ');
        else who = when;
        return severity.label().toLowerCase(Locale.ROOT) + " if " + who;
    }
}
