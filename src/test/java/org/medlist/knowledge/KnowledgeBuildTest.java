package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.knowledge.build.KnowledgeBaseBuilder;

class KnowledgeBuildTest {
    static final Path KNOWLEDGE = Path.of("resources", "knowledge");

    /**
     * Compared after decompression: the same content compresses to different bytes under another zlib
     * (JDKs bundle or link different ones), and the content is what the runtime reads.
     */
    @Test
    void rebuildingFromTheBundledSourcesGivesTheCommittedTablesByteForByte(@TempDir Path out) throws Exception {
        new KnowledgeBaseBuilder(KNOWLEDGE).build(out);
        Set<String> builtNames;
        try (Stream<Path> built = Files.walk(out)) {
            List<Path> files = built.filter(Files::isRegularFile).toList();
            builtNames = files.stream().map(f -> out.relativize(f).toString()).collect(java.util.stream.Collectors.toSet());
            for (Path file : files) {
                Path committed = KNOWLEDGE.resolve("runtime").resolve(out.relativize(file).toString());
                assertThat(committed).as(out.relativize(file) + " is built but not committed: run 'medlist kb build' and commit").exists();
                assertThat(content(file)).as(out.relativize(file) + " differs: run 'medlist kb build' and commit").isEqualTo(content(committed));
            }
        }
        Path runtime = KNOWLEDGE.resolve("runtime");
        try (Stream<Path> committed = Files.walk(runtime)) {
            assertThat(committed.filter(Files::isRegularFile).map(f -> runtime.relativize(f).toString())).as("committed tables the build no longer makes")
                    .allMatch(builtNames::contains);
        }
    }

    @Test
    void theBuildComparisonReadsThroughCompression(@TempDir Path dir) throws Exception {
        byte[] text = "escitalopram\tdiazepam\n".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path fast = dir.resolve("fast.gz");
        Path small = dir.resolve("small.gz");
        gzip(fast, text, java.util.zip.Deflater.BEST_SPEED);
        gzip(small, text, java.util.zip.Deflater.BEST_COMPRESSION);
        assertThat(Files.readAllBytes(fast)).isNotEqualTo(Files.readAllBytes(small));
        assertThat(content(fast)).isEqualTo(content(small)).isEqualTo(text);
    }

    /** What a table holds: a .gz file's decompressed bytes, any other file's bytes. */
    static byte[] content(Path file) throws java.io.IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static void gzip(Path file, byte[] bytes, int level) throws java.io.IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)) {
            { def.setLevel(level); }
        }) {
            out.write(bytes);
        }
    }

    @Test
    void everyInteractionRowNamesABundledSourceAndEveryCuratedRowCitesOne() throws Exception {
        KnowledgeBase kb = BundledKnowledge.get();
        assertThat(kb.sources().keySet()).contains("DDINTER", "ANSM2020", "NDFRT", "ONC_HP", "ONC_NI", "MEDLIST");
        for (String table : List.of("aliases.tsv", "products.tsv", "classes.tsv", "class_rules.tsv", "effects.tsv", "groups.tsv",
                "precautions.tsv", "conditions.tsv", "allergy_classes.tsv")) {
            List<String> lines = Files.readAllLines(KNOWLEDGE.resolve("curated").resolve(table));
            String[] header = lines.get(0).split("\t");
            assertThat(header[header.length - 1]).as(table).isEqualTo("source");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                assertThat(cells).as(table + ": " + line).hasSize(header.length);
                assertThat(cells[cells.length - 1]).as(table + " row without a source: " + line).isNotBlank();
            }
        }
    }

    @Test
    void everySourceFileCarriesItsLicenceInTheBundle() throws Exception {
        String licences = Files.readString(KNOWLEDGE.resolve("LICENSES.md"));
        Set<String> sourceFiles;
        try (Stream<Path> s = Files.list(KNOWLEDGE.resolve("sources"))) {
            sourceFiles = s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        for (String f : sourceFiles) assertThat(licences).as(f + " is not described in LICENSES.md").contains(f);
    }
}
