package org.medlist.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what a person types into ingredients, or into ranked suggestions when it cannot. */
public final class Resolver {
    public static final int MAX_SUGGESTIONS = 5;
    private final KnowledgeBase kb;

    public Resolver(KnowledgeBase kb) { this.kb = kb; }

    public Resolution resolve(String input) {
        String key = NameKey.of(input);
        Optional<NameEntry> found = lookup(key);
        if (found.isPresent()) {
            NameEntry e = found.get();
            return new Resolution(input, true, e.name(), e.ingredients(), List.of(), e.source());
        }
        Optional<List<String>> parts = combination(NameKey.core(key));
        if (parts.isPresent()) return new Resolution(input, true, input.strip(), parts.get(), List.of(), "MEDLIST");
        return Resolution.notRecognized(input, suggestions(key));
    }

    /** As typed, then without strength, form and release words ("Lexapro 10 mg tablet", "Xanax XR"). */
    private Optional<NameEntry> lookup(String key) {
        if (key.isEmpty()) return Optional.empty();
        Optional<NameEntry> exact = kb.name(key);
        if (exact.isPresent()) return exact;
        String core = NameKey.core(key);
        return core.isEmpty() || core.equals(key) ? Optional.empty() : kb.name(core);
    }

    /** "hydrocodone/acetaminophen": every word a generic ingredient name. */
    private Optional<List<String>> combination(String core) {
        String[] words = core.split(" ");
        if (words.length < 2) return Optional.empty();
        List<String> ingredients = new ArrayList<>();
        for (String w : words) {
            Optional<NameEntry> e = kb.name(w).filter(n -> n.kind().equals("generic"));
            if (e.isEmpty()) return Optional.empty();
            for (String i : e.get().ingredients()) if (!ingredients.contains(i)) ingredients.add(i);
        }
        return Optional.of(ingredients);
    }

    /** Names that start like the input, then names within a small edit distance; brands and generics first. */
    public List<NameEntry> suggestions(String key) {
        String core = NameKey.core(key);
        if (core.length() < 2) return List.of();
        Map<String, Candidate> best = new LinkedHashMap<>();
        int allowed = core.length() <= 4 ? 1 : core.length() <= 8 ? 2 : 3;
        for (NameEntry e : kb.allNames()) {
            String k = e.key();
            int distance;
            if (k.startsWith(core)) {
                distance = 0;
            } else {
                if (Math.abs(k.length() - core.length()) > allowed) continue;
                distance = EditDistance.osa(core, k, allowed);
                if (distance > allowed) continue;
            }
            Candidate c = new Candidate(e, distance, rank(e));
            best.merge(e.name().toLowerCase(java.util.Locale.ROOT), c, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return best.values().stream().sorted().limit(MAX_SUGGESTIONS).map(Candidate::entry).toList();
    }

    /** Autocompletion: names starting with what is typed, shortest and most common kinds first. */
    public List<NameEntry> complete(String typed, int limit) {
        String key = NameKey.of(typed);
        if (key.isEmpty()) return List.of();
        List<NameEntry> found = new ArrayList<>(kb.namesStartingWith(key, 400));
        found.sort(Comparator.comparingInt((NameEntry e) -> rank(e)).thenComparingInt(e -> e.key().length()).thenComparing(NameEntry::key));
        return found.subList(0, Math.min(limit, found.size()));
    }

    private static int rank(NameEntry e) {
        return switch (e.kind()) {
            case "brand", "product" -> 0;
            case "generic" -> 1;
            default -> 2;
        };
    }

    private record Candidate(NameEntry entry, int distance, int rank) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::rank)
                    .thenComparingInt((Candidate c) -> c.entry.key().length()).thenComparing(c -> c.entry.key()).compare(this, o);
        }
    }
}
