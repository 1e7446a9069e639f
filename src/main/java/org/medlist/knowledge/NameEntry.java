package org.medlist.knowledge;

import java.util.List;

/** A name the dictionary knows ("Tylenol PM"), the ingredients it stands for, and which source says so. */
public record NameEntry(String key, String name, List<String> ingredients, String kind, String source) {}
