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

    @Test
    void rebuildingFromTheBundledSourcesGivesTheCommittedTablesByteForByte(@TempDir Path out) throws Exception {
        new KnowledgeBaseBuilder(KNOWLEDGE).build(out);
        try (Stream<Path> built = Files.walk(out)) {
            for (Path file : built.filter(Files::isRegularFile).toList()) {
                Path committed = KNOWLEDGE.resolve("runtime").resolve(out.relativize(file).toString());
                assertThat(Files.readAllBytes(file)).as(file.getFileName() + " differs: run 'medlist kb build' and commit")
                        .isEqualTo(Files.readAllBytes(committed));
            }
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
