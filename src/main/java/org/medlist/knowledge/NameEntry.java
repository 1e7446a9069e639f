package org.medlist.knowledge;

import java.util.List;

/**
 * A name the dictionary knows ("Tylenol PM"), the ingredients it stands for, and which source says so.
 * {@code kind} is the kind of name (brand, generic, product, synonym); {@code soldAs} how the product
 * is sold (rx, otc, supplement) and {@code strength} the strength the name itself fixes ("baby
 * aspirin": 81 mg), both only where a cited curated row says so and empty otherwise.
 */
public record NameEntry(String key, String name, List<String> ingredients, String kind, String source, String soldAs, String strength) {
    public NameEntry(String key, String name, List<String> ingredients, String kind, String source) {
        this(key, name, ingredients, kind, source, "", "");
    }
}
