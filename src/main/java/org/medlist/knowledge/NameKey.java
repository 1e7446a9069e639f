package org.medlist.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared: insensitive to case, accents, spacing and punctuation. The builder and the
 * resolver both use this, so a name found at build time is found again at run time.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9%+.]+");
    private static final Pattern AND = Pattern.compile("(?<= )and(?= )");
    private static final Pattern VIT = Pattern.compile("(?<= )vit(?= )");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STRENGTH = Pattern.compile("\\d+(?:[.,]\\d+)?(?:mg|mcg|µg|ug|g|ml|%|iu|units?|meq|mmol|hr|hrs|h|hour|gram|grams|gm)?");

    /** Words that describe the form, strength or release of a product rather than which medicine it is. */
    private static final Set<String> PRODUCT_WORDS = Set.of(
            "mg", "mcg", "ug", "g", "ml", "iu", "unit", "units", "meq", "%", "per", "x",
            "tablet", "tablets", "tab", "tabs", "caplet", "caplets", "capsule", "capsules", "cap", "caps", "softgel", "softgels",
            "gelcap", "gelcaps", "liqui", "gels", "gel", "liquid", "liquigels", "syrup", "solution", "suspension", "elixir",
            "oral", "pill", "pills", "chewable", "chewables", "dispersible", "orally", "disintegrating", "odt", "film", "coated",
            "cream", "ointment", "lotion", "drops", "drop", "eye", "ophthalmic", "otic", "topical", "injection", "injectable", "patch", "spray", "nasal", "inhaler", "powder",
            "xr", "er", "sr", "cr", "xl", "la", "dr", "ec", "ir", "xt", "cd",
            "extended", "release", "delayed", "sustained", "controlled", "immediate", "modified", "prolonged", "action",
            "brand", "generic", "otc", "rx",
            "extra", "strength", "regular", "maximum", "hr", "hrs", "hour", "hours", "supplement", "supplements",
            "gummy", "gummies", "lozenge", "lozenges", "suppository", "chew", "chews", "ud", "gram", "grams", "gm", "gum", "ds",
            "sublingual", "sl", "buccal", "transdermal", "rectal", "vaginal", "allergy", "relief",
            "enteric", "safety", "ultratabs", "rapid", "minis", "mini", "softchews",
            "diskus", "hfa", "ellipta", "respimat", "handihaler", "flexpen", "kwikpen", "solostar", "flextouch", "pen", "autoinjector",
            "inhalation", "aerosol", "prefilled", "syringe", "vial");

    private NameKey() {}

    /** The comparable form: "Advil Liqui-Gels®" → "advil liqui gels". */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replace('+', ' ').replace('&', ' ');
        s = NOT_WORD.matcher(s).replaceAll(" ");
        s = s.replace(". ", " ");
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        // "NyQuil Cold & Flu" and "nyquil cold and flu" are one name; "vit D3" is "vitamin D3"
        s = AND.matcher(" " + s + " ").replaceAll(" ");
        s = VIT.matcher(s).replaceAll("vitamin");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The key without strength, dose form and release words: "lexapro 10 mg tablet" → "lexapro". */
    public static String core(String key) {
        List<String> kept = new ArrayList<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty() || PRODUCT_WORDS.contains(word) || STRENGTH.matcher(word).matches()) continue;
            kept.add(word);
        }
        return String.join(" ", kept);
    }
}
