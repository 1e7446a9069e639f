package org.medlist.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(f -> String.join("|", f.medications()))
            .thenComparing(Finding::key);

    private static final List<String> FOOD_AND_DRINK = List.of("alcohol", "grapefruit");
    private final KnowledgeBase kb;
    private final FindingWriter words;

    public Checker(KnowledgeBase kb) {
        this.kb = kb;
        this.words = new FindingWriter(kb);
    }

    public CheckResult check(List<CheckInput> entries) {
        List<CheckInput> checked = entries.stream().filter(CheckInput::recognized).toList();
        List<CheckInput> notChecked = entries.stream().filter(e -> !e.recognized()).toList();
        Map<String, Finding> pairs = new TreeMap<>();
        Map<String, Finding> duplicates = new TreeMap<>();
        for (int i = 0; i < checked.size(); i++) {
            for (int j = i + 1; j < checked.size(); j++) {
                comparePair(checked.get(i), checked.get(j), pairs, duplicates);
            }
        }
        return new CheckResult(checked, notChecked, sorted(pairs.values()), sorted(foodAndDrink(checked)),
                sorted(duplicates.values()), sorted(groups(checked)), kb.version());
    }

    private void comparePair(CheckInput x, CheckInput y, Map<String, Finding> pairs, Map<String, Finding> duplicates) {
        for (String a : x.ingredients()) {
            for (String b : y.ingredients()) {
                if (a.equals(b)) {
                    duplicates.putIfAbsent("same:" + a + ":" + x.label() + "|" + y.label(), words.sameIngredient(a, x.label(), y.label()));
                    continue;
                }
                boolean aFirst = a.compareTo(b) < 0;
                String first = aFirst ? a : b;
                String second = aFirst ? b : a;
                String key = "pair:" + first + "|" + second;
                if (pairs.containsKey(key)) continue; // the same pair through another entry: reported once
                List<InteractionRow> rows = kb.interactions(first, second);
                List<Curated.ClassRule> rules = classRules(first, second);
                if (rows.isEmpty() && rules.isEmpty()) continue;
                List<String> meds = aFirst ? List.of(x.label(), y.label()) : List.of(y.label(), x.label());
                pairs.put(key, words.interaction(key, first, second, meds, rows, rules));
            }
        }
        sameClass(x, y).ifPresent(f -> duplicates.putIfAbsent(f.key(), f));
    }

    private List<Curated.ClassRule> classRules(String a, String b) {
        List<Curated.ClassRule> found = new ArrayList<>();
        for (String ca : kb.classesOf(a)) {
            for (String cb : kb.classesOf(b)) {
                for (Curated.ClassRule r : kb.classRules(ca, cb)) {
                    boolean fits = (kb.classesOf(a).contains(r.classA()) && kb.classesOf(b).contains(r.classB()))
                            || (kb.classesOf(b).contains(r.classA()) && kb.classesOf(a).contains(r.classB()));
                    if (fits && !found.contains(r)) found.add(r);
                }
            }
        }
        return found;
    }

    /** Two different entries of one kind of medicine (two SSRIs, two NSAIDs...). */
    private Optional<Finding> sameClass(CheckInput x, CheckInput y) {
        Set<String> xClasses = classesOf(x);
        Set<String> yClasses = classesOf(y);
        for (String c : xClasses) {
            if (!yClasses.contains(c)) continue;
            Optional<Curated.TherapeuticClass> tc = kb.therapeuticClass(c).filter(Curated.TherapeuticClass::duplicateCheck);
            if (tc.isEmpty()) continue;
            if (new TreeSet<>(x.ingredients()).equals(new TreeSet<>(y.ingredients()))) continue; // same medicine twice: reported as such
            return Optional.of(words.sameClass(tc.get(), x, y));
        }
        return Optional.empty();
    }

    private Set<String> classesOf(CheckInput e) {
        Set<String> all = new TreeSet<>();
        e.ingredients().forEach(i -> all.addAll(kb.classesOf(i)));
        return all;
    }

    private List<Finding> foodAndDrink(List<CheckInput> checked) {
        List<Finding> found = new ArrayList<>();
        for (String substance : FOOD_AND_DRINK) {
            Map<String, Finding> bestPerEntry = new LinkedHashMap<>();
            for (CheckInput e : checked) {
                for (String ingredient : e.ingredients()) {
                    List<InteractionRow> rows = kb.interactions(substance, ingredient);
                    Optional<Severity> strongest = rows.stream().map(InteractionRow::severity).min(Comparator.naturalOrder());
                    if (strongest.isEmpty() || !strongest.get().isWarning()) continue;
                    bestPerEntry.putIfAbsent(e.label() + "|" + substance, words.foodAndDrink(substance, ingredient, e.label(), rows));
                }
            }
            found.addAll(bestPerEntry.values());
        }
        return found;
    }

    /** Effects that add up: three or more entries in one curated group. */
    private List<Finding> groups(List<CheckInput> checked) {
        List<Finding> found = new ArrayList<>();
        for (Curated.Group g : kb.groups()) {
            Map<String, String> members = new LinkedHashMap<>(); // entry label -> ingredient that puts it in the group
            for (CheckInput e : checked) {
                for (String ingredient : e.ingredients()) {
                    boolean in = g.ingredients().contains(ingredient) || kb.classesOf(ingredient).stream().anyMatch(g.classes()::contains);
                    if (in) {
                        members.putIfAbsent(e.label(), ingredient);
                        break;
                    }
                }
            }
            if (members.size() >= 3) found.add(words.group(g, members));
        }
        return found;
    }

    private static List<Finding> sorted(java.util.Collection<Finding> findings) {
        List<Finding> list = new ArrayList<>(new LinkedHashSet<>(findings));
        list.sort(ORDER);
        return list;
    }
}
