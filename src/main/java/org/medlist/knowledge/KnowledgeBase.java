package org.medlist.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The bundled, read-only drug knowledge: names, ingredients and their classes, interaction rows of
 * every source, and the curated rules. Loaded once from the jar (about half a second; the window does
 * it off the JavaFX thread), then shared by the resolver and the checker. Immutable after loading.
 */
public final class KnowledgeBase {
    private static final String RUNTIME = "/knowledge/runtime/";
    /** The curated tables as the build validated and copied them. */
    private static final String RUNTIME_CURATED = RUNTIME + "curated/";

    private final String version;
    private final String built;
    private final Map<String, SourceInfo> sources;
    private final NameEntry[] names; // sorted by key, for prefix search
    private final String[] nameKeys;
    private final Map<String, IngredientInfo> ingredients;
    private final Map<String, Integer> ingredientIds;
    private final InteractionTable interactions;
    private final Map<String, Curated.TherapeuticClass> classes;
    private final Map<String, List<Curated.ClassRule>> classRules;
    private final List<Curated.Effect> effects;
    private final List<Curated.Group> groups;
    private final List<Curated.Precaution> precautions;
    private final Map<String, Curated.Condition> conditions;
    private final List<Curated.AllergyClass> allergyClasses;
    private final Map<String, CuratedTables.UncheckedName> uncheckedNames;
    private final Curated.Explanations explanations;
    private final List<Curated.GradingRule> grading;

    private KnowledgeBase(Loader l) {
        this.version = l.version;
        this.built = l.built;
        this.sources = l.sources;
        this.names = l.names.toArray(NameEntry[]::new);
        Arrays.sort(this.names, (x, y) -> x.key().compareTo(y.key()));
        this.nameKeys = Arrays.stream(this.names).map(NameEntry::key).toArray(String[]::new);
        this.ingredients = l.ingredients;
        this.ingredientIds = l.ingredientIds;
        this.interactions = l.interactions;
        this.classes = l.classes;
        this.classRules = l.classRules;
        this.effects = l.effects;
        this.groups = l.groups;
        this.precautions = l.precautions;
        this.conditions = l.conditions;
        this.allergyClasses = l.allergyClasses;
        this.uncheckedNames = l.uncheckedNames;
        this.explanations = l.explanations;
        this.grading = l.grading;
    }

    /** A name recognised but not checkable ("prenatal vitamins"), by its {@link NameKey}. */
    public Optional<CuratedTables.UncheckedName> uncheckedName(String key) { return Optional.ofNullable(uncheckedNames.get(key)); }

    /** Every recognised-but-unchecked name, by key (for suggestions). */
    public Map<String, CuratedTables.UncheckedName> uncheckedNames() { return uncheckedNames; }

    /** The tables that choose a warning's words (mechanism patterns, DrugBank types, timing, condition texts). */
    public Curated.Explanations explanations() { return explanations; }

    /** The grading policy's rows (grading_policy.tsv), in table order. */
    public List<Curated.GradingRule> gradingPolicy() { return grading; }

    public List<Curated.Precaution> precautions() { return precautions; }

    /** The coded conditions a profile can record, in table order. */
    public Map<String, Curated.Condition> conditions() { return conditions; }

    public List<Curated.AllergyClass> allergyClasses() { return allergyClasses; }

    /** An RxNorm concept MedList knows: an ingredient, a brand or an RxTerms dose-form group, with its ingredients. */
    public record RxNormCode(String rxcui, String name, String tty, List<String> ingredients) {}

    private volatile Map<String, RxNormCode> rxnorm;

    /** The RxNorm code as MedList knows it (read on first use: only importing health records needs it). */
    public Optional<RxNormCode> byRxcui(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        Map<String, RxNormCode> table = rxnorm;
        if (table == null) {
            Map<String, RxNormCode> read = new HashMap<>(16_000);
            Loader.read(RUNTIME + "rxnorm.tsv.gz", true, r -> read.put(r[0], new RxNormCode(r[0], r[1], r[2], Tsv.split(r[3], ";"))));
            rxnorm = table = Map.copyOf(read);
        }
        return Optional.ofNullable(table.get(code.strip()));
    }

    /** The RxNorm ingredient (IN) or multiple-ingredient (MIN) code for exactly these ingredients, when one is known (for exports). */
    public Optional<String> rxcuiOf(java.util.Collection<String> ingredientNames) {
        if (ingredientNames.isEmpty()) return Optional.empty();
        byRxcui("0");
        Map<String, String> index = ingredientCodes;
        if (index == null) {
            Map<String, String> built = new HashMap<>();
            rxnorm.values().stream().filter(c -> c.tty().equals("IN") || c.tty().equals("MIN"))
                    .sorted(java.util.Comparator.comparingLong(c -> Long.parseLong(c.rxcui())))
                    .forEach(c -> built.putIfAbsent(String.join(";", new TreeSet<>(c.ingredients())), c.rxcui()));
            ingredientCodes = index = Map.copyOf(built);
        }
        return Optional.ofNullable(index.get(String.join(";", new TreeSet<>(ingredientNames))));
    }

    private volatile Map<String, String> ingredientCodes;

    /** Loads the knowledge base bundled in the jar. */
    public static KnowledgeBase loadBundled() {
        return new KnowledgeBase(new Loader());
    }

    public String version() { return version; }

    public String builtOn() { return built; }

    public Map<String, SourceInfo> sources() { return sources; }

    public SourceInfo source(String id) {
        SourceInfo s = sources.get(id);
        if (s == null) throw new IllegalArgumentException("unknown source " + id);
        return s;
    }

    public int nameCount() { return names.length; }

    public Optional<NameEntry> name(String key) {
        int i = Arrays.binarySearch(nameKeys, key);
        return i >= 0 ? Optional.of(names[i]) : Optional.empty();
    }

    /** Entries whose key starts with {@code prefix}, in key order, at most {@code limit}. */
    public List<NameEntry> namesStartingWith(String prefix, int limit) {
        int i = Arrays.binarySearch(nameKeys, prefix);
        if (i < 0) i = -i - 1;
        List<NameEntry> out = new ArrayList<>();
        for (; i < nameKeys.length && out.size() < limit && nameKeys[i].startsWith(prefix); i++) out.add(names[i]);
        return out;
    }

    /** All names, sorted by key (for suggestion search). */
    public List<NameEntry> allNames() { return Arrays.asList(names); }

    public Optional<IngredientInfo> ingredient(String name) { return Optional.ofNullable(ingredients.get(name)); }

    public Set<String> classesOf(String ingredient) {
        IngredientInfo info = ingredients.get(ingredient);
        return info == null ? Set.of() : info.classSet();
    }

    /** The ingredient's number in the interaction table, or -1 when no source knows it. */
    public int ingredientId(String ingredient) {
        Integer id = ingredientIds.get(ingredient);
        return id == null ? -1 : id;
    }

    public int interactionRowCount() { return interactions.size(); }

    public Optional<Curated.TherapeuticClass> therapeuticClass(String id) { return Optional.ofNullable(classes.get(id)); }

    /** Every source's row for the unordered pair; empty when no source lists it. */
    public List<InteractionRow> interactions(String x, String y) {
        return interactions(ingredientId(x), ingredientId(y));
    }

    /** The same by ingredient numbers (see {@link #ingredientId}); the checker's fast path. */
    public List<InteractionRow> interactions(int x, int y) {
        return x < 0 || y < 0 ? List.of() : interactions.rows(x, y);
    }

    /** Every interaction row of every source (for exports and the benchmark's baseline). */
    public void forEachInteraction(java.util.function.Consumer<InteractionRow> action) {
        interactions.forEach(action);
    }

    public boolean listsPair(int x, int y) {
        return x >= 0 && y >= 0 && interactions.has(x, y);
    }

    public List<Curated.ClassRule> classRules(String classX, String classY) {
        return classRules.getOrDefault(pairKey(classX, classY), List.of());
    }

    public List<Curated.Effect> effects() { return effects; }

    public Optional<Curated.Effect> effect(String id) { return effects.stream().filter(e -> e.id().equals(id)).findFirst(); }

    public List<Curated.Group> groups() { return groups; }

    static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x;
    }

    /** Reads the bundled tables. */
    private static final class Loader {
        String version;
        String built;
        final Map<String, SourceInfo> sources = new LinkedHashMap<>();
        final List<NameEntry> names = new ArrayList<>(20_000);
        final Map<String, IngredientInfo> ingredients = new HashMap<>(8_000);
        final Map<String, Integer> ingredientIds = new HashMap<>(8_000);
        InteractionTable interactions;
        final Map<String, Curated.TherapeuticClass> classes = new LinkedHashMap<>();
        final Map<String, List<Curated.ClassRule>> classRules = new HashMap<>();
        final List<Curated.Effect> effects = new ArrayList<>();
        final List<Curated.Group> groups = new ArrayList<>();
        final List<Curated.Precaution> precautions = new ArrayList<>();
        final Map<String, Curated.Condition> conditions = new LinkedHashMap<>();
        final List<Curated.AllergyClass> allergyClasses = new ArrayList<>();
        final Map<String, CuratedTables.UncheckedName> uncheckedNames = new java.util.TreeMap<>();
        Curated.Explanations explanations = Curated.Explanations.NONE;
        final List<Curated.GradingRule> grading = new ArrayList<>();

        Loader() {
            Properties manifest = new Properties();
            try (InputStream in = open(RUNTIME + "kb.properties")) {
                manifest.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = manifest.getProperty("version");
            built = manifest.getProperty("built");
            CuratedTables curated = CuratedTables.read(file -> KnowledgeBase.class.getResourceAsStream(RUNTIME_CURATED + file));
            sources.putAll(curated.sources());
            // The name dictionary and the interaction table are independent: read them on two cores.
            java.util.concurrent.CompletableFuture<Void> nameTable = java.util.concurrent.CompletableFuture.runAsync(() ->
                    read(RUNTIME + "names.tsv.gz", true, r -> names.add(new NameEntry(r[0], r[1], ingredientList(r[2]), r[3].intern(), r[4].intern(), cell(r, 5), cell(r, 6)))));
            List<String> order = new ArrayList<>(8_000);
            read(RUNTIME + "ingredients.tsv.gz", true, r -> {
                ingredientIds.put(r[0], order.size());
                order.add(r[0]);
                ingredients.put(r[0], new IngredientInfo(r[0], Tsv.split(r[1], ";"), Tsv.split(r[2], ";"), Tsv.split(r[3], ";")));
            });
            List<String> texts = new ArrayList<>();
            read(RUNTIME + "texts.tsv.gz", true, r -> texts.add(r[1]));
            texts.set(0, "");
            try (InputStream in = open(RUNTIME + "interactions.bin.gz")) {
                interactions = InteractionTable.read(in, order.toArray(String[]::new), texts.toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nameTable.join();
            classes.putAll(curated.classes());
            for (Curated.ClassRule r : curated.classRules()) {
                classRules.computeIfAbsent(pairKey(r.classA(), r.classB()), k -> new ArrayList<>()).add(r);
            }
            effects.addAll(curated.effects());
            groups.addAll(curated.groups());
            precautions.addAll(curated.precautions());
            conditions.putAll(curated.conditions());
            allergyClasses.addAll(curated.allergyClasses());
            curated.uncheckedNames().forEach(u -> uncheckedNames.put(NameKey.of(u.name()), u));
            explanations = curated.explanations();
            grading.addAll(curated.grading());
        }

        private static String cell(String[] r, int i) { return i < r.length ? r[i].intern() : ""; }

        private final Map<String, List<String>> ingredientLists = new HashMap<>();

        /** Many names share one ingredient list; keep one copy of each. */
        private List<String> ingredientList(String joined) {
            return ingredientLists.computeIfAbsent(joined, j -> Tsv.split(j, ";").stream().map(String::intern).toList());
        }

        private static void read(String resource, boolean gzip, java.util.function.Consumer<String[]> row) {
            try (InputStream in = open(resource)) {
                Tsv.read(in, gzip, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream open(String resource) {
            InputStream in = KnowledgeBase.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("The bundled knowledge base is missing " + resource + "; rebuild the jar.");
            return in;
        }
    }
}
