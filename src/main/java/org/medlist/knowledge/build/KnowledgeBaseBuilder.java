package org.medlist.knowledge.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.medlist.knowledge.CuratedTables;
import org.medlist.knowledge.NameKey;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.Tsv;

/**
 * Derives the runtime tables in {@code resources/knowledge/runtime/} from the staged sources in
 * {@code resources/knowledge/sources/} and the curated tables in {@code resources/knowledge/curated/}.
 * Deterministic: the same inputs give byte-identical outputs (a test rebuilds and compares).
 *
 * <p>Every ingredient is named by its lowercase US generic name (RxNorm's ingredient name where there
 * is one), so that DDInter, ANSM and the VA/ONC lists, which use INN or DrugBank names, meet on one key.
 */
public final class KnowledgeBaseBuilder {
    private final Path sources;
    private final Path curated;
    private final CuratedTables tables;
    private final IngredientNames names;

    /** Reads and validates the curated tables first: a bad row stops the build with its file, line and column. */
    public KnowledgeBaseBuilder(Path knowledgeDir) {
        this.sources = knowledgeDir.resolve("sources");
        this.curated = knowledgeDir.resolve("curated");
        this.tables = CuratedTables.read(file -> {
            try {
                return Files.newInputStream(curated.resolve(file));
            } catch (IOException e) {
                return null;
            }
        });
        this.names = new IngredientNames(sources, tables);
    }

    /** Builds into {@code out} and returns a one-line summary. */
    public String build(Path out) {
        try {
            Files.createDirectories(out);
            Interactions interactions = new Interactions();
            readDdinter(interactions);
            readAnsm(interactions);
            readMergedPddi(interactions);
            readDrugbankTypes(interactions);
            Map<String, NameRow> nameRows = new NameTable(sources, tables, names).build(interactions.ingredients());
            Map<String, IngredientRow> ingredients = new ClassTable(sources, tables, names).build(
                    union(interactions.ingredients(), nameRows.values().stream().flatMap(n -> n.ingredients().stream()).toList()));
            writeNames(out.resolve("names.tsv.gz"), nameRows);
            writeIngredients(out.resolve("ingredients.tsv.gz"), ingredients);
            new RxcuiTable(sources, names).write(out.resolve("rxnorm.tsv.gz"));
            interactions.write(out.resolve("interactions.bin.gz"), out.resolve("texts.tsv.gz"), List.copyOf(ingredients.keySet()));
            copyCurated(out.resolve("curated"));
            writeManifest(out.resolve("kb.properties"));
            return "built " + nameRows.size() + " names, " + ingredients.size() + " ingredients, "
                    + interactions.size() + " interaction rows into " + out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readDdinter(Interactions into) {
        Map<String, String> drugbankOf = new HashMap<>();
        SourceTables.read(sources.resolve("ddinter_id_xrefs_2022.csv.gz"), SourceTables.CSV,
                r -> drugbankOf.put(r.get("ddinter_id"), r.get("drugbank_id")));
        SourceTables.read(sources.resolve("ddinter_pairs_unique.csv.gz"), SourceTables.CSV, r -> {
            String a = names.fromDrugbank(drugbankOf.get(r.get("ddinter_id_a")), r.get("drug_a"));
            String b = names.fromDrugbank(drugbankOf.get(r.get("ddinter_id_b")), r.get("drug_b"));
            String level = r.get("level");
            Severity severity = mapped("DDINTER", level);
            // No per-row reference: the pair and the source name find the row in ddinter_pairs_unique.csv.
            into.add(a, b, "DDINTER", level, severity, "", "", "");
        });
    }

    private void readAnsm(Interactions into) {
        SourceTables.read(sources.resolve("ansm_thesaurus_2020-10_pairs_expanded.tsv.gz"), SourceTables.TSV_QUOTED, r -> {
            String a = names.fromDrugbank(single(r.get("drugbank_a")), r.get("substance_a_en"));
            String b = names.fromDrugbank(single(r.get("drugbank_b")), r.get("substance_b_en"));
            if (a.isEmpty() || b.isEmpty()) return; // 24 French substances have no English name
            String baseline = r.get("level_baseline");
            String max = r.get("level_max_conditional");
            String condition = baseline.equals(max) ? "" : "Under some conditions ANSM grades this " + ansmWords(max)
                    + ": " + r.get("strongest_rule_level_info_fr");
            into.add(a, b, "ANSM2020", baseline, mapped("ANSM2020", baseline), condition, r.get("mechanism_fr"),
                    r.get("strongest_rule") + (r.get("substance_level_rule").equals("yes") ? "" : " (class rule)"));
        });
    }

    private void readMergedPddi(Interactions into) {
        SourceTables.read(sources.resolve("merged_pddi_public_subset.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            String source = switch (r.get("source")) {
                case "NDF-RT" -> "NDFRT";
                case "ONC-HighPriority" -> "ONC_HP";
                case "ONC-NonInteruptive" -> "ONC_NI";
                default -> null; // ANSM rows: the newer 2020 thesaurus is read directly
            };
            if (source == null) return;
            String a = names.fromDrugbank(r.get("drugbank_id_1"), r.get("drug_1"));
            String b = names.fromDrugbank(r.get("drugbank_id_2"), r.get("drug_2"));
            String raw = r.get("severity_raw");
            String grade = switch (source) {
                case "NDFRT" -> raw;
                case "ONC_HP" -> "High priority";
                default -> "Non-interruptive";
            };
            Severity severity = mapped(source, grade);
            into.add(a, b, source, grade, severity, "", "", source.equals("NDFRT") ? r.get("ndfrt_uri") : "");
        });
    }

    /**
     * DrugBank interaction types as compiled by DeepDDI (SOURCES.md section 13): one row per pair, no
     * grade (severity unknown: information unless a cited rule grades it), the type's sentence as the
     * mechanism. The sentence is stored as its template and filled with the two US names when read, and
     * the subject is the ingredient in #Drug1's place (the resolved file already puts drug_1 there).
     */
    private void readDrugbankTypes(Interactions into) {
        Map<Integer, String> sentence = new HashMap<>();
        SourceTables.read(sources.resolve("deepddi_interaction_types.csv.gz"), SourceTables.CSV,
                r -> sentence.put(Integer.parseInt(r.get("Interaction type").strip()), r.get("Description").strip()));
        if (sentence.size() != 86) throw new IllegalStateException("expected 86 DeepDDI interaction types, found " + sentence.size());
        Severity severity = mapped("DRUGBANK", "*");
        SourceTables.read(sources.resolve("deepddi_drugbank_ddi_resolved.tsv.gz"), SourceTables.TSV_PLAIN, r -> {
            String first = names.fromDrugbank(r.get("drugbank_id_1"), r.get("drug_1"));
            String second = names.fromDrugbank(r.get("drugbank_id_2"), r.get("drug_2"));
            int type = Integer.parseInt(r.get("deepddi_type"));
            into.add(first, second, "DRUGBANK", "type " + type, severity, "", sentence.get(type), "DeepDDI type " + type, type, first);
        });
    }

    /** A source's own grade on MedList's scale, as the grading policy (grading_policy.tsv, grade_map rows) says. */
    private Severity mapped(String source, String grade) {
        return tables.mappedGrade(source, grade).orElseThrow(() ->
                new IllegalStateException("grading_policy.tsv has no grade_map row for " + source + " grade '" + grade + "'"));
    }

    private static String ansmWords(String level) {
        return switch (level) {
            case "CI" -> "contre-indication (contraindicated)";
            case "AD" -> "association déconseillée (not recommended)";
            case "PE" -> "précaution d'emploi (precaution for use)";
            default -> "à prendre en compte (take into account)";
        };
    }

    private static String single(String ids) {
        return ids.contains("|") ? "" : ids.strip();
    }

    /** The runtime reads only what the build validated: the curated tables are copied as they were checked. */
    private void copyCurated(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : CuratedTables.FILES) Files.copy(curated.resolve(file), dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The version is the series written in version.properties plus a hash of every input, so that any
     * change to a source or a curated row gives a new version (and saved entries are re-resolved),
     * without anyone having to remember to raise it.
     */
    private void writeManifest(Path file) throws IOException {
        Map<String, String> props = new TreeMap<>();
        try (InputStream in = Files.newInputStream(curated.resolve("version.properties"))) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            p.forEach((k, v) -> props.put(k.toString(), v.toString()));
        }
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.sorted().toList()) props.put("source." + f.getFileName(), sha256(f));
        }
        for (String f : CuratedTables.FILES) props.put("curated." + f, sha256(curated.resolve(f)));
        String series = props.remove("series");
        if (series == null) throw new IllegalStateException("version.properties lacks 'series' (for example series=2026.12)");
        StringBuilder inputs = new StringBuilder();
        props.forEach((k, v) -> inputs.append(k).append('=').append(v).append('\n'));
        props.put("version", series + "." + sha256(inputs.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8));
        StringBuilder text = new StringBuilder("# Built by 'medlist kb build' from resources/knowledge/sources and curated; do not edit.\n");
        props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private static String sha256(Path f) throws IOException {
        return sha256(Files.readAllBytes(f));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeNames(Path file, Map<String, NameRow> rows) throws IOException {
        try (Writer w = gzipWriter(file)) {
            w.write("key\tname\tingredients\tkind\tsource\tsold_as\tstrength\n");
            for (NameRow n : rows.values()) {
                line(w, n.key(), n.display(), String.join(";", n.ingredients()), n.kind(), n.source(), n.soldAs(), n.strength());
            }
        }
    }

    private static void writeIngredients(Path file, Map<String, IngredientRow> rows) throws IOException {
        try (Writer w = gzipWriter(file)) {
            w.write("ingredient\tatc\tclasses\tfda_classes\n");
            for (IngredientRow i : rows.values()) {
                line(w, i.name(), String.join(";", i.atc()), String.join(";", i.classes()), String.join(";", i.fdaClasses()));
            }
        }
    }

    static Writer gzipWriter(Path file) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
    }

    static void line(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write('\t');
            w.write(clean(cells[i]));
        }
        w.write('\n');
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code soldAs} (rx, otc, supplement) and {@code strength} only where a curated, cited row says so; else empty. */
    record NameRow(String key, String display, List<String> ingredients, String kind, String source, String soldAs, String strength) {}

    record IngredientRow(String name, Set<String> atc, Set<String> classes, Set<String> fdaClasses) {}

    static String lower(String s) { return s.strip().toLowerCase(Locale.ROOT); }

    static <K, V> Map<K, V> ordered() { return new LinkedHashMap<>(); }

    static List<String> distinct(List<String> values) { return new ArrayList<>(new LinkedHashSet<>(values)); }
}
