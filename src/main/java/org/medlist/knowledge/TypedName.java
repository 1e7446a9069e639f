package org.medlist.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, split into the medicine's name and the words that describe the product:
 * "Lexapro 10mg tab" → name "lexapro", strength "10 mg", form "tablet"; "metformin ER 500" → name
 * "metformin", strength "500", release "extended-release". Only what was typed is reported: a bare
 * number keeps no unit, and nothing is filled in that the person did not write.
 */
public record TypedName(String typed, String key, String core, String strength, String form, String release) {
    private static final String UNIT = "(mg|mcg|µg|ug|g|gm|grams?|ml|%|iu|units?|meq|mmol|milligrams?|micrograms?)";
    /** "10mg", "10 mg", "0.5 mg", "5/325 mg", "5-325mg", "1,000 iu", "2.5%"; the unit is optional. */
    private static final Pattern STRENGTH = Pattern.compile(
            "(?<![\\w.])(\\d+(?:[.,]\\d+)?(?:\\s*(?:/|-)\\s*\\d+(?:[.,]\\d+)?)*)\\s*" + UNIT + "?(?![\\w])", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> FORMS = Map.ofEntries(
            Map.entry("tablet", "tablet"), Map.entry("tablets", "tablet"), Map.entry("tab", "tablet"), Map.entry("tabs", "tablet"),
            Map.entry("caplet", "caplet"), Map.entry("caplets", "caplet"), Map.entry("capsule", "capsule"), Map.entry("capsules", "capsule"),
            Map.entry("cap", "capsule"), Map.entry("caps", "capsule"), Map.entry("softgel", "softgel"), Map.entry("softgels", "softgel"),
            Map.entry("gelcap", "gelcap"), Map.entry("gelcaps", "gelcap"), Map.entry("liquigels", "liquid-filled capsule"),
            Map.entry("liquid", "liquid"), Map.entry("syrup", "syrup"), Map.entry("solution", "solution"), Map.entry("suspension", "suspension"),
            Map.entry("elixir", "elixir"), Map.entry("chewable", "chewable tablet"), Map.entry("chewables", "chewable tablet"),
            Map.entry("odt", "orally disintegrating tablet"), Map.entry("cream", "cream"), Map.entry("ointment", "ointment"),
            Map.entry("lotion", "lotion"), Map.entry("gel", "gel"), Map.entry("patch", "patch"), Map.entry("inhaler", "inhaler"),
            Map.entry("spray", "spray"), Map.entry("powder", "powder"), Map.entry("injection", "injection"), Map.entry("drops", "drops"),
            Map.entry("gummy", "gummy"), Map.entry("gummies", "gummy"), Map.entry("lozenge", "lozenge"), Map.entry("lozenges", "lozenge"),
            Map.entry("suppository", "suppository"), Map.entry("pen", "pen"));

    private static final Map<String, String> RELEASE = Map.ofEntries(
            Map.entry("er", "extended-release"), Map.entry("xr", "extended-release"), Map.entry("xl", "extended-release"),
            Map.entry("sr", "extended-release"), Map.entry("cr", "extended-release"), Map.entry("la", "extended-release"),
            Map.entry("xt", "extended-release"), Map.entry("cd", "extended-release"), Map.entry("extended", "extended-release"),
            Map.entry("sustained", "extended-release"), Map.entry("controlled", "extended-release"), Map.entry("prolonged", "extended-release"),
            Map.entry("dr", "delayed-release"), Map.entry("ec", "delayed-release"), Map.entry("delayed", "delayed-release"),
            Map.entry("enteric", "delayed-release"), Map.entry("ir", "immediate-release"), Map.entry("immediate", "immediate-release"));

    public static TypedName parse(String typed) {
        String key = NameKey.of(typed);
        String strength = strength(typed);
        String form = "";
        String release = "";
        List<String> words = List.of(key.split(" "));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (form.isEmpty() && w.equals("liqui") && next.equals("gels")) form = "liquid-filled capsule";
            else if (form.isEmpty() && w.equals("orally") && next.equals("disintegrating")) form = "orally disintegrating tablet";
            else if (form.isEmpty() && w.equals("eye") && next.equals("drops")) form = "eye drops";
            else if (form.isEmpty() && w.equals("nasal") && next.equals("spray")) form = "nasal spray";
            else if (form.isEmpty() && FORMS.containsKey(w) && !(w.equals("drops") && i > 0 && words.get(i - 1).equals("eye"))) form = FORMS.get(w);
            if (release.isEmpty() && RELEASE.containsKey(w) && (i > 0 || words.size() == 1)) release = RELEASE.get(w);
        }
        return new TypedName(typed, key, NameKey.core(key), strength, form, release);
    }

    /**
     * The name without the strength typed in it, other words kept: "vitamin B-12 1000 mcg" → "vitamin b 12"
     * (where the core, which drops every number, would give "vitamin b").
     */
    public String withoutStrength() {
        Matcher m = strengthMatch(typed == null ? "" : typed);
        if (m == null) return key;
        String rest = NameKey.of(typed.substring(0, m.start()) + " " + typed.substring(m.end()));
        StringBuilder out = new StringBuilder();
        for (String w : rest.split(" ")) {
            if (w.isEmpty() || NameKey.core(w).isEmpty() && !w.matches("\\d+")) continue;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /** The first strength written in the text, tidied ("10mg" → "10 mg", "5/325" → "5/325"); empty when none. */
    static String strength(String typed) {
        String text = typed == null ? "" : typed;
        Matcher m = strengthMatch(text);
        if (m == null) return "";
        String number = m.group(1).replaceAll("\\s+", "");
        String unit = m.group(2) == null ? "" : unit(m.group(2));
        return unit.isEmpty() ? number : number + (unit.equals("%") ? "" : " ") + unit;
    }

    private static Matcher strengthMatch(String text) {
        Matcher m = STRENGTH.matcher(text);
        while (m.find()) {
            String unit = m.group(2) == null ? "" : unit(m.group(2));
            // "Tylenol #3", "B12", "24HR", "Omega-3" are parts of names, not strengths
            int start = m.start();
            if (start > 0 && (text.charAt(start - 1) == '#' || text.charAt(start - 1) == '-') && unit.isEmpty()) continue;
            if (m.end() < text.length() && Character.isLetter(text.charAt(m.end())) && unit.isEmpty()) continue;
            String rest = text.substring(m.end()).strip().toLowerCase(Locale.ROOT);
            if (unit.isEmpty() && (rest.startsWith("hr") || rest.startsWith("hour"))) continue;
            return m;
        }
        return null;
    }

    private static String unit(String raw) {
        String u = raw.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "µg", "ug", "microgram", "micrograms" -> "mcg";
            case "gm", "gram", "grams" -> "g";
            case "milligram", "milligrams" -> "mg";
            case "unit" -> "units";
            case "ml" -> "mL";
            case "iu" -> "IU";
            case "meq" -> "mEq";
            default -> u;
        };
    }

    /** The words of the core that are not connectors ("and", "with", "plus"), for combinations typed as words. */
    List<String> coreWords() {
        List<String> out = new ArrayList<>();
        for (String w : core.split(" ")) if (!w.isEmpty() && !List.of("and", "with", "w", "plus").contains(w)) out.add(w);
        return out;
    }
}
