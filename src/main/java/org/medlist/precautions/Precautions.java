package org.medlist.precautions;

import org.medlist.model.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medlist.check.CheckInput;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.NameKey;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;

/**
 * Turns current medicines × a person's profile into allergy warnings and a precaution checklist,
 * from the curated, cited tables. A pure function of its inputs.
 */
public final class Precautions {
    private static final List<String> ALLERGY_SIGNS = List.of("Rash, hives or itching", "Swelling of the face, lips, tongue or throat",
            "Wheezing or trouble breathing");
    private final KnowledgeBase kb;
    private final Resolver resolver;
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> groupMembers = new java.util.concurrent.ConcurrentHashMap<>();

    public Precautions(KnowledgeBase kb) {
        this.kb = kb;
        this.resolver = new Resolver(kb);
    }

    public ProfileCheck check(List<CheckInput> entries, Profile profile, LocalDate today) {
        List<CheckInput> checked = entries.stream().filter(CheckInput::recognized).toList();
        List<Finding> allergies = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        for (Profile.Allergy allergy : profile.allergies()) {
            Optional<Matcher> matcher = matcherFor(allergy.substance());
            if (matcher.isEmpty()) {
                notChecked.add(allergy.substance());
                continue;
            }
            for (CheckInput e : checked) {
                for (String ingredient : e.ingredients()) {
                    if (matcher.get().matches(ingredient)) {
                        allergies.add(allergyFinding(e, ingredient, allergy, matcher.get()));
                        break;
                    }
                }
            }
        }
        return new ProfileCheck(allergies, notChecked, precautions(checked, profile, today));
    }

    private List<PrecautionItem> precautions(List<CheckInput> checked, Profile profile, LocalDate today) {
        List<PrecautionItem> items = new ArrayList<>();
        for (Curated.Precaution p : kb.precautions()) {
            if (!appliesTo(p.audience(), profile, today)) continue;
            Map<String, String> matched = new LinkedHashMap<>(); // entry label -> ingredient
            for (CheckInput e : checked) {
                for (String ingredient : e.ingredients()) {
                    if (targets(p, ingredient)) {
                        matched.putIfAbsent(e.label(), ingredient);
                        break;
                    }
                }
            }
            if (matched.isEmpty()) continue;
            items.add(new PrecautionItem(p.id(), p.topic(), p.text(), List.copyOf(matched.keySet()),
                    List.copyOf(new LinkedHashSet<>(matched.values())), List.of(p.source())));
        }
        return items;
    }

    /** Who a precaution is for; an unknown answer (does this person drive?) never hides it. */
    static boolean appliesTo(String audience, Profile profile, LocalDate today) {
        if (audience.startsWith("condition:")) return profile.conditions().contains(audience.substring("condition:".length()));
        return switch (audience) {
            case "everyone" -> true;
            case "drivers" -> profile.drives().orElse(true);
            case "alcohol" -> profile.drinksAlcohol().orElse(true);
            case "age65" -> profile.age(today).map(a -> a >= 65).orElse(false);
            case "pregnancy" -> profile.pregnant() || profile.planningPregnancy();
            case "breastfeeding" -> profile.breastfeeding();
            default -> throw new IllegalStateException("unknown audience in precautions.tsv: " + audience);
        };
    }

    private boolean targets(Curated.Precaution p, String ingredient) {
        return switch (p.appliesTo()) {
            case "ingredient" -> p.target().equals(ingredient);
            case "class" -> kb.classesOf(ingredient).contains(p.target());
            case "group" -> kb.groups().stream().filter(g -> g.id().equals(p.target())).anyMatch(g ->
                    g.ingredients().contains(ingredient) || kb.classesOf(ingredient).stream().anyMatch(g.classes()::contains));
            default -> throw new IllegalStateException("unknown target kind in precautions.tsv: " + p.appliesTo());
        };
    }

    /** What an allergy name covers: a named group of medicines, or the ingredients a medicine name stands for. */
    private record Matcher(String description, Optional<Curated.AllergyClass> group, Set<String> ingredients, String source) {
        boolean matches(String ingredient) { return ingredients.contains(ingredient); }
    }

    private Optional<Matcher> matcherFor(String substance) {
        String key = NameKey.of(substance);
        for (Curated.AllergyClass c : kb.allergyClasses()) {
            boolean named = NameKey.of(c.name()).equals(key) || c.synonyms().stream().anyMatch(s -> NameKey.of(s).equals(key));
            if (named) return Optional.of(new Matcher(c.name(), Optional.of(c), groupMembers.computeIfAbsent(c.name(), n -> members(c)), c.source()));
        }
        Resolution r = resolver.resolve(substance);
        if (!r.recognized()) return Optional.empty();
        return Optional.of(new Matcher(String.join(" + ", r.ingredients()), Optional.empty(), Set.copyOf(r.ingredients()),
                kb.source(r.source()).name() + " (names)"));
    }

    /** Every ingredient the knowledge base puts in an allergy group, by ATC code, MedList class or name. */
    private Set<String> members(Curated.AllergyClass c) {
        Set<String> out = new LinkedHashSet<>(c.ingredients());
        kb.allNames().stream().flatMap(n -> n.ingredients().stream()).distinct().forEach(i -> kb.ingredient(i).ifPresent(info -> {
            boolean byAtc = info.atcCodes().stream().anyMatch(code -> c.atcPrefixes().stream().anyMatch(code::startsWith));
            boolean byClass = info.classes().stream().anyMatch(c.classes()::contains);
            if (byAtc || byClass) out.add(i);
        }));
        return out;
    }

    private Finding allergyFinding(CheckInput e, String ingredient, Profile.Allergy allergy, Matcher m) {
        String reaction = allergy.reaction().isBlank() ? "" : " (reaction: " + allergy.reaction().strip() + ")";
        boolean sameName = NameKey.of(e.label()).equals(NameKey.of(ingredient));
        String what = m.group().isPresent() ? (sameName ? " is" : " contains " + ingredient + ", which is") + " one of the " + m.group().get().name()
                : (sameName ? " is " + ingredient : " contains " + ingredient);
        Citation yours = new Citation("PROFILE", "Allergy recorded in this person's profile", allergy.substance().strip(),
                Severity.CONTRAINDICATED, "", allergy.reaction().strip(), "profile");
        Citation group = new Citation(m.group().isPresent() ? "WHO_ATC" : "MEDLIST", m.source(), m.description(), Severity.CONTRAINDICATED,
                "", "", "");
        return new Finding(Finding.Kind.ALLERGY, "allergy:" + NameKey.of(allergy.substance()) + ":" + e.label(), Severity.CONTRAINDICATED,
                List.of(ingredient), List.of(e.label()),
                "Allergy: " + e.label() + " and your allergy to " + allergy.substance().strip(),
                e.label() + what + ". An allergy to " + allergy.substance().strip().toLowerCase(Locale.ROOT) + reaction
                        + " is recorded for this person.",
                ALLERGY_SIGNS,
                "Talk to your doctor or pharmacist before taking it. If you have trouble breathing or swelling of the face or throat, get emergency help.",
                "", List.of(yours, group));
    }
}
