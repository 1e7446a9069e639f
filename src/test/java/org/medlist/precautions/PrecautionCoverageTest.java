package org.medlist.precautions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;

/**
 * Of the coverage list's generics (src/test/resources/coverage/us-medicines.tsv, kind generic), how many
 * have at least one cited precaution, and how many per topic. Written to target/precaution-coverage.txt
 * (the README's table comes from it).
 */
class PrecautionCoverageTest {
    @Test
    void atLeastNinetyPercentOfTheCommonGenericsHaveACitedPrecaution() throws IOException {
        Precautions precautions = new Precautions(BundledKnowledge.get());
        Resolver resolver = new Resolver(BundledKnowledge.get());
        List<String> generics = generics();
        List<String> without = new ArrayList<>();
        Map<String, Integer> byTopic = new TreeMap<>();
        int quoted = 0;
        for (String name : generics) {
            Resolution r = resolver.resolve(name);
            List<Curated.Precaution> rows = r.ingredients().stream().flatMap(i -> precautions.rowsFor(i).stream()).distinct().toList();
            if (rows.isEmpty()) {
                without.add(name);
                continue;
            }
            rows.stream().map(Curated.Precaution::topic).distinct().forEach(t -> byTopic.merge(t, 1, Integer::sum));
            if (rows.stream().anyMatch(p -> !p.evidence().quote().isEmpty())) quoted++;
        }
        int with = generics.size() - without.size();
        double share = 100.0 * with / generics.size();
        StringBuilder report = new StringBuilder(String.format(
                "precaution coverage: %d of %d common generics have at least one cited precaution (%.1f %%); %d have one resting on a quoted sentence%n",
                with, generics.size(), share, quoted));
        report.append("generics with at least one precaution, by topic:\n");
        byTopic.forEach((t, n) -> report.append(String.format("  %-14s %d%n", t, n)));
        report.append("without a precaution: ").append(String.join(", ", new TreeSet<>(without))).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/precaution-coverage.txt"), report);
        System.out.print(report);
        assertThat(generics).hasSizeGreaterThan(250);
        assertThat(share).as(report.toString()).isGreaterThanOrEqualTo(90.0);
    }

    static List<String> generics() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = PrecautionCoverageTest.class.getResourceAsStream("/coverage/us-medicines.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cells = line.split("\t");
                if (cells.length > 2 && cells[2].equals("generic")) out.add(cells[0]);
            }
        }
        return out;
    }
}
