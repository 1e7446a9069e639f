package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Names as people type them (src/test/resources/coverage/typed-names.tsv): brand + strength + form,
 * OTC products, supplements, release words, combinations and misspellings. Measured: the share that
 * resolves to exactly the expected ingredients (≥ 95 %), and that no misspelling is accepted while its
 * intended medicine is the first or second suggestion. Figures go to target/typed-names.txt.
 */
class ResolverTypedNamesTest {
    record Row(String typed, String expected, String reason) {}

    @Test
    void namesAsPeopleTypeThemResolveToExactlyTheirIngredients() throws IOException {
        Resolver resolver = new Resolver(BundledKnowledge.get());
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ResolverTypedNamesTest.class.getResourceAsStream("/coverage/typed-names.tsv")) {
            Tsv.read(in, false, r -> rows.add(new Row(r[0], r[1], r.length > 2 ? r[2] : "")));
        }
        int names = 0, namesRight = 0, misspellings = 0, misspellingsRight = 0, accepted = 0, unchecked = 0, uncheckedRight = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            Resolution r = resolver.resolve(row.typed());
            if (row.expected().startsWith("MISSPELLING:")) {
                misspellings++;
                String intended = row.expected().substring("MISSPELLING:".length()).toLowerCase(Locale.ROOT);
                List<String> top = r.suggestions().stream().limit(2).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
                if (r.recognized()) {
                    accepted++;
                    misses.add("ACCEPTED misspelling " + row.typed() + " → " + r.name() + " " + r.ingredients());
                } else if (top.contains(intended)) {
                    misspellingsRight++;
                } else {
                    misses.add("misspelling " + row.typed() + ": suggestions " + r.suggestions().stream().map(NameEntry::name).toList() + " (expected " + intended + " first or second)");
                }
            } else if (row.expected().equals("UNCHECKED")) {
                unchecked++;
                if (!r.recognized() && r.ingredients().isEmpty() && !r.note().isEmpty()) uncheckedRight++;
                else misses.add("unchecked " + row.typed() + " → " + (r.recognized() ? r.ingredients() : "no note"));
            } else {
                names++;
                TreeSet<String> want = new TreeSet<>(Arrays.asList(row.expected().split(";")));
                if (r.recognized() && new TreeSet<>(r.ingredients()).equals(want)) namesRight++;
                else misses.add(row.typed() + " → " + (r.recognized() ? r.name() + " " + r.ingredients() : "not recognised " + r.suggestions().stream().map(NameEntry::name).toList()) + " (expected " + want + ")");
            }
        }
        double share = 100.0 * namesRight / names;
        String report = String.format(Locale.ROOT, """
                typed names: %d rows
                names resolving to exactly the expected ingredients: %d of %d (%.1f %%)
                misspellings not accepted: %d of %d; intended medicine suggested first or second: %d of %d (%.1f %%)
                recognised-but-unchecked names (contents vary by product) with their note: %d of %d
                misses:
                %s
                """, rows.size(), namesRight, names, share, misspellings - accepted, misspellings, misspellingsRight, misspellings,
                100.0 * misspellingsRight / misspellings, uncheckedRight, unchecked, String.join("\n", misses));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "typed-names.txt"), report);
        System.out.println(report);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(share).as(report).isGreaterThanOrEqualTo(95.0);
        assertThat(accepted).as(report).isZero();
        assertThat(100.0 * misspellingsRight / misspellings).as(report).isGreaterThanOrEqualTo(95.0);
        assertThat(uncheckedRight).as(report).isEqualTo(unchecked);
    }
}
