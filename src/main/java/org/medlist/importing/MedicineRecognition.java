package org.medlist.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medlist.exchange.HealthRecord;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;

/**
 * What a medicine from a health record is: first by its RxNorm codes (ingredient, brand or RxTerms
 * group codes the knowledge base holds), then by its names through the normal resolver, then by
 * reading RxNorm's own name pattern ("Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral
 * Tablet", "Nizatidine 15 MG/ML Oral Solution [Axid]", "Seasonique 91 Day Pack"). The name kept is
 * one the resolver recognises on its own, so that a later knowledge-base update recognises it again.
 */
public final class MedicineRecognition {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]+)]\\s*$");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "(?i)^((NDA|ANDA|BLA)\\d+|abuse-deterrent|\\{[^}]*}|\\d+(\\.\\d+)?\\s*(ml|hr|actuat|day|mg|g)\\b)\\s*");
    private static final Pattern SALT_END = Pattern.compile("(?i)\\s+(hydrochloride|hcl|bitartrate|tartrate|sodium|potassium|sulfate|succinate|"
            + "besylate|maleate|mesylate|citrate|phosphate|acetate|bromide|calcium|magnesium|fumarate|hyclate|monohydrate|anhydrous)$");

    private final KnowledgeBase kb;
    private final Resolver resolver;

    public MedicineRecognition(KnowledgeBase kb, Resolver resolver) {
        this.kb = kb;
        this.resolver = resolver;
    }

    /** {@code name} to store, the ingredients (empty: not recognised), and the RxNorm code that matched (or the first one given). */
    public record Recognised(String name, String recognizedName, List<String> ingredients, String rxnorm, String how) {
        public boolean recognised() { return !ingredients.isEmpty(); }
    }

    public Recognised recognise(HealthRecord.Med med) {
        String firstCode = med.rxnorm().isEmpty() ? "" : med.rxnorm().get(0);
        for (String code : med.rxnorm()) {
            Optional<KnowledgeBase.RxNormCode> c = kb.byRxcui(code);
            if (c.isPresent()) return found(med, c.get().ingredients(), c.get().name(), code, "RxNorm " + code);
        }
        for (String name : med.names()) {
            Resolution r = resolver.resolve(name);
            if (r.recognized()) return new Recognised(name, r.name(), r.ingredients(), firstCode, "name");
        }
        for (String name : med.names()) {
            List<String> parsed = fromRxNormName(name);
            if (!parsed.isEmpty()) return found(med, parsed, name, firstCode, "name");
        }
        return new Recognised(med.name(), "", List.of(), firstCode, "");
    }

    private Recognised found(HealthRecord.Med med, List<String> ingredients, String fallbackName, String code, String how) {
        List<String> candidates = new ArrayList<>(med.names());
        candidates.add(fallbackName);
        candidates.add(String.join(" / ", ingredients));
        for (String c : candidates) {
            Resolution r = resolver.resolve(c);
            if (r.recognized() && new LinkedHashSet<>(r.ingredients()).equals(new LinkedHashSet<>(ingredients))) {
                return new Recognised(c, r.name(), r.ingredients(), code, how);
            }
        }
        return new Recognised(med.names().isEmpty() ? fallbackName : med.name(), fallbackName, ingredients, code, how);
    }

    /** The ingredients an RxNorm-style name spells out; empty unless every part resolves. */
    List<String> fromRxNormName(String name) {
        String s = name.strip();
        String brand = "";
        Matcher b = BRACKET.matcher(s);
        if (b.find()) {
            brand = b.group(1).strip();
            s = s.substring(0, b.start()).strip();
        }
        List<String> ingredients = new ArrayList<>();
        boolean all = true;
        for (String part : s.split("\\s+/\\s+")) {
            String p = part.strip();
            for (Matcher m = LEADING_NOISE.matcher(p); m.find(); m = LEADING_NOISE.matcher(p)) {
                p = p.substring(m.end());
                if (p.isEmpty()) break;
            }
            int digit = firstDigitWord(p);
            String words = (digit < 0 ? p : p.substring(0, digit)).strip();
            List<String> found = resolveWords(words);
            if (found.isEmpty()) {
                all = false;
                break;
            }
            for (String i : found) if (!ingredients.contains(i)) ingredients.add(i);
        }
        if (all && !ingredients.isEmpty()) return ingredients;
        return brand.isEmpty() ? List.of() : resolveWords(brand);
    }

    private List<String> resolveWords(String words) {
        String w = words;
        while (!w.isBlank()) {
            Resolution r = resolver.resolve(w);
            if (r.recognized()) return r.ingredients();
            Matcher salt = SALT_END.matcher(w);
            if (!salt.find()) break;
            w = w.substring(0, salt.start());
        }
        return List.of();
    }

    private static int firstDigitWord(String s) {
        Matcher m = Pattern.compile("(^|\\s)\\d").matcher(s);
        return m.find() ? m.start() : -1;
    }
}
