package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Coverage of widely used US medicines (generics from public top-300 prescription lists, their
 * brands, and common over-the-counter products and supplements): each must resolve to exactly the
 * ingredients listed. The figure is written to target/coverage.txt and published in the README.
 */
class CoverageTest {
    record Expected(String name, List<String> ingredients) {}

    @Test
    void widelyUsedMedicinesResolveToTheirIngredients() throws IOException {
        Resolver resolver = new Resolver(BundledKnowledge.get());
        List<Expected> expected = new ArrayList<>();
        try (InputStream in = CoverageTest.class.getResourceAsStream("/coverage/us-medicines.tsv")) {
            Tsv.read(in, false, r -> expected.add(new Expected(r[0], Arrays.asList(r[1].split(";")))));
        }
        List<String> misses = new ArrayList<>();
        for (Expected e : expected) {
            Resolution r = resolver.resolve(e.name());
            if (!r.recognized() || !new TreeSet<>(r.ingredients()).equals(new TreeSet<>(e.ingredients()))) {
                misses.add(e.name() + " → " + (r.recognized() ? r.ingredients() : "not recognised") + " (expected " + e.ingredients() + ")");
            }
        }
        double coverage = 100.0 * (expected.size() - misses.size()) / expected.size();
        String report = String.format("coverage: %d of %d names resolve to the expected ingredients (%.1f %%)%nmisses:%n%s%n",
                expected.size() - misses.size(), expected.size(), coverage, String.join("\n", misses));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "coverage.txt"), report);
        System.out.println(report);
        assertThat(coverage).as(report).isGreaterThanOrEqualTo(97.0);
    }
}
