package org.medlist.precautions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Severity;
import org.medlist.model.Profile;

/**
 * Turns a precaution that the label makes a boxed warning or contraindication (or the Beers Criteria an
 * "avoid") into a warning for a person it is known to concern. Unlike the checklist, an unknown answer
 * raises no warning here: only what the profile says (pregnant, aged 70, drives, a coded condition).
 */
final class ProfileWarnings {
    private ProfileWarnings() {}

    /** A profile warning's key: profile:KIND:PRECAUTION-ID:MEDICATIONS, stable across runs. */
    static final String KEY_PREFIX = "profile:";

    /** The kinds of {@code check --json}'s profile_warnings, by audience. */
    static String kind(String audience) {
        if (audience.startsWith("condition:")) return "condition";
        return switch (audience) {
            case "pregnancy" -> "pregnancy";
            case "breastfeeding" -> "breastfeeding";
            case "child" -> "child";
            case "age65" -> "older_adults";
            case "alcohol" -> "alcohol";
            case "drivers" -> "driving";
            default -> throw new IllegalStateException("no profile warning for audience " + audience);
        };
    }

    /** Whether the profile says this audience is this person (an unknown answer is not a yes). */
    static boolean concerns(String audience, Profile profile, LocalDate today) {
        return switch (audience) {
            case "drivers" -> profile.drives().orElse(false);
            case "alcohol" -> profile.drinksAlcohol().orElse(false);
            case "everyone" -> false;
            default -> Precautions.appliesTo(audience, profile, today);
        };
    }

    static Finding finding(Curated.Precaution p, PrecautionItem item, Profile profile, LocalDate today, KnowledgeBase kb) {
        Severity severity = p.warning().orElseThrow();
        String kind = kind(p.audience());
        String about = about(p.audience(), profile, today, kb);
        List<Citation> sources = new ArrayList<>();
        sources.add(new Citation("PROFILE", "This person's profile", about, severity, "", "", "profile"));
        Curated.Evidence e = p.evidence();
        sources.add(new Citation(sourceId(p), p.source(), grade(e), severity, about, e.quote(), reference(e)));
        return new Finding(Finding.Kind.PROFILE, KEY_PREFIX + kind + ":" + p.id() + ":" + String.join("+", item.medications()), severity,
                item.drugs(), item.medications(), title(kind) + ": " + String.join(", ", item.medications()),
                p.text(), List.of(), whatToDo(kind), "", List.copyOf(sources));
    }

    private static String title(String kind) {
        return switch (kind) {
            case "pregnancy" -> "Pregnancy";
            case "breastfeeding" -> "Breastfeeding";
            case "child" -> "Children and teenagers";
            case "older_adults" -> "Age 65 and over";
            case "alcohol" -> "Alcohol";
            case "driving" -> "Driving";
            default -> "Health condition";
        };
    }

    private static String whatToDo(String kind) {
        return switch (kind) {
            case "child" -> "Ask a doctor or pharmacist before giving this medicine to a child or teenager.";
            case "driving" -> "Don't drive until you have asked your doctor or pharmacist about this medicine.";
            case "alcohol" -> "Ask your doctor or pharmacist whether you should avoid alcohol while you take this medicine.";
            default -> "Talk to your doctor or pharmacist about this medicine soon. Don't stop a prescribed medicine on your own.";
        };
    }

    /** What the profile says that makes this warning apply, in words. */
    private static String about(String audience, Profile profile, LocalDate today, KnowledgeBase kb) {
        if (audience.startsWith("condition:")) {
            String code = audience.substring("condition:".length());
            Curated.Condition c = kb.conditions().get(code);
            return c == null ? code : c.label();
        }
        String age = profile.age(today).map(a -> "aged " + a).orElse("");
        return switch (audience) {
            case "pregnancy" -> profile.pregnant() ? "pregnant" : "planning a pregnancy";
            case "breastfeeding" -> "breastfeeding";
            case "child", "age65" -> age;
            case "alcohol" -> "drinks alcohol";
            case "drivers" -> "drives";
            default -> audience;
        };
    }

    private static String sourceId(Curated.Precaution p) {
        if (p.evidence().isLabel() || p.source().contains("openFDA")) return "OPENFDA_LABELS";
        if (p.evidence().isAnsm()) return "ANSM_DRIVING";
        if (p.source().contains("Beers")) return "AGS_BEERS";
        return "MEDLIST";
    }

    private static String grade(Curated.Evidence e) {
        return switch (e.section()) {
            case "boxed_warning" -> "boxed warning";
            case "contraindications" -> "contraindication";
            case "warnings_and_cautions" -> "warnings and precautions";
            case "warnings" -> "warnings";
            default -> e.isAnsm() ? "driving level" : "";
        };
    }

    private static String reference(Curated.Evidence e) {
        if (e.isLabel()) return "setid " + e.setId() + ", " + e.section();
        return e.section();
    }
}
