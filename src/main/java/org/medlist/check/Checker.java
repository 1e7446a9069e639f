package org.medlist.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Severity;

/**
 * Checks every pair of a list's entries at ingredient level against every bundled source and the
 * curated class rules; flags the same ingredient or the same kind of medicine in two entries, and
 * effects that add up across three or more. A pure function of the list and the knowledge base.
 */
public final class Checker {
    /** Most severe first; within a severity, what matters more for this person (profile) first. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.relevance().isEmpty())
            .thenComparing(Finding::kind)
            .thenComparing(Finding::medications, Checker::compareLists)
            .thenComparing(Finding::key);

    private static int compareLists(List<String> x, List<String> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(x.size(), y.size());
    }

    private static final List<String> FOOD_AND_DRINK = List.of("alcohol", "grapefruit");
    private final KnowledgeBase kb;
    private final FindingWriter words;
    private final Grading grading;

    public Checker(KnowledgeBase kb) {
        this.kb = kb;
        this.words = new FindingWriter(kb);
        this.grading = new Grading(kb);
    }

    /** An entry with what the pair loop needs, computed once per check. */
    private record Entry(CheckInput input, String[] ingredients, int[] ids, Set<String>[] classes, Set<String> allClasses) {}

    private Entry entry(CheckInput in) {
        int n = in.ingredients().size();
        String[] names = in.ingredients().toArray(String[]::new);
        int[] ids = new int[n];
        @SuppressWarnings("unchecked")
        Set<String>[] classes = new Set[n];
        Set<String> all = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            ids[i] = kb.ingredientId(names[i]);
            classes[i] = kb.classesOf(names[i]);
            all.addAll(classes[i]);
        }
        return new Entry(in, names, ids, classes, all);
    }

    public CheckResult check(List<CheckInput> entries) {
        return check(entries, CheckContext.UNKNOWN);
    }

    /** Checks with what is known of the person (age, pregnancy, conditions, alcohol). */
    public CheckResult check(List<CheckInput> entries, CheckContext person) {
        List<CheckInput> checked = entries.stream().filter(CheckInput::recognized).toList();
        List<CheckInput> notChecked = entries.stream().filter(e -> !e.recognized()).toList();
        Map<String, Finding> pairs = new HashMap<>();
        Map<String, Finding> duplicates = new HashMap<>();
        List<Entry> prepared = checked.stream().map(this::entry).toList();
        for (int i = 0; i < prepared.size(); i++) {
            for (int j = i + 1; j < prepared.size(); j++) {
                comparePair(prepared.get(i), prepared.get(j), pairs, duplicates, person);
            }
        }
        List<Finding> food = foodAndDrink(prepared, person, pairs);
        return new CheckResult(checked, notChecked, List.of(), sorted(relevant(pairs.values(), person)), sorted(relevant(food, person)),
                sorted(duplicates.values()), sorted(relevant(groups(prepared, person), person)), kb.version());
    }

    private Grading.Side side(Entry e, int i) {
        return new Grading.Side(e.ingredients()[i], e.classes()[i], e.input().strength(), e.ingredients().length);
    }

    /** Marks warnings whose effect the policy ties to something in the person's profile (kidney disease, age…). */
    private List<Finding> relevant(java.util.Collection<Finding> findings, CheckContext person) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String why = f.severity().isWarning() ? grading.relevance(f, person) : "";
            out.add(why.isEmpty() ? f : f.withRelevance(why));
        }
        return out;
    }

    private void comparePair(Entry x, Entry y, Map<String, Finding> pairs, Map<String, Finding> duplicates, CheckContext person) {
        for (int i = 0; i < x.ids().length; i++) {
            for (int j = 0; j < y.ids().length; j++) {
                String a = x.ingredients()[i];
                String b = y.ingredients()[j];
                boolean same = x.ids()[i] >= 0 ? x.ids()[i] == y.ids()[j] : a.equals(b);
                if (same) {
                    duplicates.putIfAbsent("same:" + a + ":" + x.input().label() + "|" + y.input().label(),
                            words.sameIngredient(a, x.input().label(), y.input().label()));
                    continue;
                }
                boolean listed = kb.listsPair(x.ids()[i], y.ids()[j]);
                List<Curated.ClassRule> rules = x.classes()[i].isEmpty() || y.classes()[j].isEmpty()
                        ? List.of() : classRules(x.classes()[i], y.classes()[j]);
                if (!rules.isEmpty()) rules = rules.stream().filter(r -> grading.ruleApplies(r, person) != Grading.Truth.NO).toList();
                if (!listed && rules.isEmpty()) continue;
                boolean aFirst = a.compareTo(b) < 0;
                String first = aFirst ? a : b;
                String second = aFirst ? b : a;
                String key = pairKey(a, b);
                if (pairs.containsKey(key)) continue; // the same pair through another entry: reported once
                List<InteractionRow> rows = kb.interactions(x.ids()[i], y.ids()[j]);
                List<String> meds = aFirst ? List.of(x.input().label(), y.input().label()) : List.of(y.input().label(), x.input().label());
                Grading.Grade grade = grading.grade(side(x, i), side(y, j), rows, rules, person);
                pairs.put(key, words.interaction(key, first, second, meds, rows, rules, grade));
            }
        }
        sameClass(x, y).ifPresent(f -> duplicates.putIfAbsent(f.key(), f));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? "pair:" + a + "|" + b : "pair:" + b + "|" + a;
    }

    private List<Curated.ClassRule> classRules(Set<String> classesA, Set<String> classesB) {
        List<Curated.ClassRule> found = new ArrayList<>(1);
        for (String ca : classesA) {
            for (String cb : classesB) {
                for (Curated.ClassRule r : kb.classRules(ca, cb)) {
                    boolean fits = (classesA.contains(r.classA()) && classesB.contains(r.classB()))
                            || (classesB.contains(r.classA()) && classesA.contains(r.classB()));
                    if (fits && !found.contains(r)) found.add(r);
                }
            }
        }
        return found;
    }

    /** Two different entries of one kind of medicine (two SSRIs, two NSAIDs...). */
    private Optional<Finding> sameClass(Entry x, Entry y) {
        if (x.allClasses().isEmpty() || y.allClasses().isEmpty()) return Optional.empty();
        for (String c : x.allClasses()) {
            if (!y.allClasses().contains(c)) continue;
            Optional<Curated.TherapeuticClass> tc = kb.therapeuticClass(c).filter(Curated.TherapeuticClass::duplicateCheck);
            if (tc.isEmpty()) continue;
            if (new TreeSet<>(x.input().ingredients()).equals(new TreeSet<>(y.input().ingredients()))) continue; // same medicine twice: reported as such
            return Optional.of(words.sameClass(tc.get(), x.input(), y.input()));
        }
        return Optional.empty();
    }

    /**
     * No alcohol card for a child, nor for a person whose profile says they do not drink; none either where
     * "grapefruit" or "alcohol" is itself an entry and the pair already says as much, at the same grade or higher.
     */
    private List<Finding> foodAndDrink(List<Entry> checked, CheckContext person, Map<String, Finding> pairs) {
        List<Finding> found = new ArrayList<>();
        for (String substance : FOOD_AND_DRINK) {
            if (substance.equals("alcohol") && (person.isChild() || person.saysNoAlcohol())) continue;
            int substanceId = kb.ingredientId(substance);
            for (Entry e : checked) {
                for (int i = 0; i < e.ids().length; i++) {
                    if (!kb.listsPair(substanceId, e.ids()[i])) continue;
                    List<InteractionRow> rows = kb.interactions(substanceId, e.ids()[i]);
                    boolean warning = false;
                    for (InteractionRow r : rows) warning |= r.severity().isWarning();
                    if (!warning) continue;
                    Finding f = words.foodAndDrink(substance, e.ingredients()[i], e.input().label(), rows, person);
                    final int ix = i;
                    Optional<Grading.Grade> g = grading.foodAndDrink(substance, side(e, i), person);
                    Grading.Grade policy = g.orElseGet(() -> grading.grade(new Grading.Side(substance, kb.classesOf(substance), "", 1), side(e, ix), rows, List.of(), person));
                    Finding asPair = pairs.get(pairKey(substance, e.ingredients()[i]));
                    if (asPair == null || asPair.severity().compareTo(policy.severity()) > 0) {
                        found.add(f.graded(policy.severity(), policy.reason(), policy.appliesIf()));
                    }
                    break; // one caution per entry and substance
                }
            }
        }
        return found;
    }

    /** Effects that add up: three or more entries in one curated group. */
    private List<Finding> groups(List<Entry> checked, CheckContext person) {
        List<Finding> found = new ArrayList<>();
        for (Curated.Group g : kb.groups()) {
            Map<String, String> members = new LinkedHashMap<>(); // entry label -> ingredient that puts it in the group
            for (Entry e : checked) {
                for (int i = 0; i < e.ids().length; i++) {
                    if (g.ingredients().contains(e.ingredients()[i]) || intersects(e.classes()[i], g.classes())) {
                        members.putIfAbsent(e.input().label(), e.ingredients()[i]);
                        break;
                    }
                }
            }
            if (members.size() < 3) continue;
            Finding f = words.group(g, members);
            Optional<Grading.Grade> grade = grading.group(g.id(), person);
            found.add(grade.map(x -> f.graded(x.severity(), x.reason(), x.appliesIf()))
                    .orElseGet(() -> f.graded(f.severity(), "MedList group " + g.id() + ": three or more medicines with this effect (" + g.source() + ")", null)));
        }
        return found;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.isEmpty()) return false;
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static List<Finding> sorted(java.util.Collection<Finding> findings) {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(ORDER);
        return list;
    }
}
