package org.medlist.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a person types into ingredients, or into ranked suggestions when it cannot.
 *
 * <p>Order of lookup: the whole name as typed; then without strength, form and release words
 * ("Lexapro 10 mg tablet", "metformin ER 500"); then without a trailing salt word ("atorvastatin
 * calcium"); then a combination typed as generic names ("hydrocodone and acetaminophen"). A name
 * never resolves by prefix or by spelling distance: those only make suggestions, so a misspelling or
 * a longer product ("Lisinopril And Hydrochlorothiazide") is never taken for what was typed.
 */
public final class Resolver {
    public static final int MAX_SUGGESTIONS = 5;
    private static final Set<String> CONNECTORS = Set.of("and", "with", "w", "plus");
    private static final java.util.regex.Pattern GLUED_STRENGTH = java.util.regex.Pattern.compile(
            "(\\p{L}{3,})(\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|g|ml|iu|%)(?![\\p{L}]))", java.util.regex.Pattern.CASE_INSENSITIVE);
    private final KnowledgeBase kb;

    public Resolver(KnowledgeBase kb) { this.kb = kb; }

    public Resolution resolve(String input) {
        TypedName typed = TypedName.parse(input);
        String key = typed.key();
        if (key.isEmpty()) return Resolution.notRecognized(input, List.of());
        Optional<NameEntry> exact = kb.name(key);
        if (exact.isPresent()) return recognised(input, typed, exact.get(), true);
        Optional<CuratedTables.UncheckedName> unchecked = kb.uncheckedName(key).or(() -> kb.uncheckedName(typed.core()));
        if (unchecked.isPresent()) return uncheckedName(input, typed, unchecked.get());
        Optional<NameEntry> found = lookup(typed.withoutStrength()).or(() -> lookup(typed.core()));
        if (found.isPresent()) return recognised(input, typed, found.get(), false);
        Optional<List<String>> parts = combination(typed);
        if (parts.isPresent()) {
            return new Resolution(input, true, input.strip(), parts.get(), List.of(), "MEDLIST", typed.strength(), typed.form(), typed.release(), "", "");
        }
        // "lexapro10mg": the strength run into the name
        String spaced = GLUED_STRENGTH.matcher(input).replaceAll("$1 $2");
        if (!spaced.equals(input)) {
            Resolution r = resolve(spaced);
            return new Resolution(input, r.recognized(), r.name(), r.ingredients(), r.suggestions(), r.source(), r.strength(), r.form(), r.release(), r.kind(), r.note());
        }
        return new Resolution(input, false, "", List.of(), suggestions(key), "", typed.strength(), typed.form(), typed.release(), "", "");
    }

    private static Resolution recognised(String input, TypedName typed, NameEntry e, boolean wholeName) {
        // A number that is part of the name ("Tylenol 3") is not a strength; the name's own strength is.
        String strength = wholeName || typed.strength().isEmpty() ? e.strength() : typed.strength();
        return new Resolution(input, true, e.name(), e.ingredients(), List.of(), e.source(), strength, typed.form(), typed.release(), e.soldAs(), "");
    }

    private static Resolution uncheckedName(String input, TypedName typed, CuratedTables.UncheckedName u) {
        return new Resolution(input, false, u.name(), List.of(), List.of(), "MEDLIST", typed.strength(), typed.form(), typed.release(), u.soldAs(), u.note());
    }

    /** The core as typed, then without trailing salt words: "metoprolol succinate" → "metoprolol". */
    private Optional<NameEntry> lookup(String core) {
        if (core.isEmpty()) return Optional.empty();
        Optional<NameEntry> found = kb.name(core);
        if (found.isPresent()) return found;
        String[] words = core.split(" ");
        for (int end = words.length - 1; end >= 1 && SaltWords.is(words[end]); end--) {
            Optional<NameEntry> base = kb.name(String.join(" ", Arrays.copyOf(words, end)));
            if (base.isPresent()) return base;
        }
        return Optional.empty();
    }

    /** "hydrocodone/acetaminophen", "lisinopril and hctz": every word a generic ingredient name or its synonym. */
    private Optional<List<String>> combination(TypedName typed) {
        List<String> words = typed.coreWords();
        if (words.size() < 2) return Optional.empty();
        List<String> ingredients = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            // the longest run of words that is one ingredient ("folic acid", "st john s wort")
            NameEntry e = null;
            int used = 0;
            for (int end = words.size(); end > i && e == null; end--) {
                Optional<NameEntry> n = kb.name(String.join(" ", words.subList(i, end))).filter(x -> x.ingredients().size() == 1
                        && (x.kind().equals("generic") || x.kind().equals("synonym")));
                if (n.isPresent()) {
                    e = n.get();
                    used = end - i;
                }
            }
            if (e == null) {
                if (SaltWords.is(words.get(i)) && !ingredients.isEmpty()) { i++; continue; }
                return Optional.empty();
            }
            for (String ing : e.ingredients()) if (!ingredients.contains(ing)) ingredients.add(ing);
            i += used;
        }
        return ingredients.size() < 2 ? Optional.empty() : Optional.of(ingredients);
    }

    /**
     * Names that start like the input, then names within a small edit distance of the whole name or
     * of one of its words ("baby asprin" → Baby aspirin, aspirin); fewer ingredients, brands and
     * generics first at equal distance.
     */
    public List<NameEntry> suggestions(String key) {
        String core = NameKey.core(key);
        if (core.length() < 2) return List.of();
        Map<String, Candidate> best = new LinkedHashMap<>();
        List<String> words = Arrays.stream(core.split(" ")).filter(w -> w.length() >= 4 && !CONNECTORS.contains(w)).toList();
        for (NameEntry e : kb.allNames()) consider(e, core, words, best);
        kb.uncheckedNames().forEach((k, u) -> consider(new NameEntry(k, u.name(), List.of(), "unchecked", "MEDLIST", u.soldAs(), ""), core, words, best));
        return best.values().stream().sorted().limit(MAX_SUGGESTIONS).map(Candidate::entry).toList();
    }

    private static void consider(NameEntry e, String core, List<String> words, Map<String, Candidate> best) {
        String k = e.key();
        int distance = distance(core, k, true);
        boolean byWord = false;
        if (distance < 0 && words.size() > 1 && !k.contains(" ")) {
            for (String w : words) {
                int d = distance(w, k, false);
                if (d >= 0 && (distance < 0 || d < distance)) distance = d;
            }
            byWord = distance >= 0;
        }
        if (distance < 0) return;
        Candidate c = new Candidate(e, distance, byWord, rank(e));
        best.merge(e.name().toLowerCase(Locale.ROOT), c, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** Edit distance within the allowance for the length, 0 for a name that starts with the input; -1 when too far. */
    private static int distance(String typed, String key, boolean prefix) {
        if (prefix && key.startsWith(typed)) return 0;
        int allowed = typed.length() <= 4 ? 1 : typed.length() <= 8 ? 2 : 3;
        if (Math.abs(key.length() - typed.length()) > allowed) return -1;
        int d = EditDistance.osa(typed, key, allowed);
        return d > allowed ? -1 : d;
    }

    /** Autocompletion: names starting with what is typed, the exact name and its own ingredients first. */
    public List<NameEntry> complete(String typed, int limit) {
        return choices(typed, limit).stream().map(NameChoice::entry).toList();
    }

    /**
     * Autocompletion with each choice marked when its ingredients differ from the best match. The best
     * match is the exact name typed (with or without strength and form words) when there is one, else
     * the first choice. Order: the exact name, names with the same ingredients, then fewer ingredients,
     * brands and products before generics and synonyms, shorter names.
     */
    public List<NameChoice> choices(String typed, int limit) {
        TypedName t = TypedName.parse(typed);
        if (t.key().isEmpty()) return List.of();
        List<NameEntry> found = new ArrayList<>(kb.namesStartingWith(t.key(), 400));
        if (found.isEmpty() && !t.core().isEmpty() && !t.core().equals(t.key())) found.addAll(kb.namesStartingWith(t.core(), 400));
        Optional<NameEntry> exact = kb.name(t.key()).or(() -> lookup(t.core()));
        exact.filter(e -> !found.contains(e)).ifPresent(e -> found.add(0, e));
        Set<String> bestSet = exact.map(e -> Set.copyOf(e.ingredients())).orElse(null);
        Comparator<NameEntry> order = Comparator.comparingInt((NameEntry e) -> exact.isPresent() && e.key().equals(exact.get().key()) ? 0 : 1)
                .thenComparingInt(e -> bestSet != null && Set.copyOf(e.ingredients()).equals(bestSet) ? 0 : 1)
                .thenComparingInt(e -> e.ingredients().size())
                .thenComparingInt(Resolver::rank)
                .thenComparingInt(e -> e.key().length())
                .thenComparing(NameEntry::key);
        found.sort(order);
        List<NameEntry> top = found.subList(0, Math.min(limit, found.size()));
        Set<String> reference = bestSet != null ? bestSet : top.isEmpty() ? Set.of() : Set.copyOf(top.get(0).ingredients());
        List<NameChoice> out = new ArrayList<>(top.size());
        for (NameEntry e : top) out.add(new NameChoice(e, !new HashSet<>(e.ingredients()).equals(reference)));
        return out;
    }

    private static int rank(NameEntry e) {
        return switch (e.kind()) {
            case "brand", "product" -> 0;
            case "generic" -> 1;
            default -> 2;
        };
    }

    private record Candidate(NameEntry entry, int distance, boolean byWord, int rank) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::byWord)
                    .thenComparingInt((Candidate c) -> Math.max(1, c.entry.ingredients().size())).thenComparingInt(Candidate::rank)
                    .thenComparingInt((Candidate c) -> c.entry.key().length()).thenComparing(c -> c.entry.key()).compare(this, o);
        }
    }
}
