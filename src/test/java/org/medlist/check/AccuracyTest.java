package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.Tsv;

/**
 * How MedList does on reference sets, end to end from the names a person would type: established
 * interactions (are they warned about? are the severe ones graded major or worse?), pairs that
 * references treat as non-interacting (are they left alone?), and the ONC high-priority list.
 * The figures go to target/accuracy.txt and the README; the assertions keep them from slipping.
 */
class AccuracyTest {
    static final Resolver RESOLVER = new Resolver(BundledKnowledge.get());
    static final Checker CHECKER = new Checker(BundledKnowledge.get());
    static final StringBuilder REPORT = new StringBuilder();

    @BeforeAll
    static void start() { REPORT.setLength(0); }

    static Optional<Finding> pairFinding(String a, String b) {
        Resolution ra = RESOLVER.resolve(a);
        Resolution rb = RESOLVER.resolve(b);
        if (!ra.recognized() || !rb.recognized()) throw new AssertionError("not recognised: " + (ra.recognized() ? b : a));
        CheckResult r = CHECKER.check(List.of(new CheckInput(a, ra.ingredients(), List.of()), new CheckInput(b, rb.ingredients(), List.of())));
        List<Finding> between = new ArrayList<>(r.interactions());
        between.addAll(r.duplicates());
        return between.stream().min(java.util.Comparator.comparing(Finding::severity));
    }

    @Test
    void establishedInteractionsAreWarnedAboutAndSevereOnesGradedMajorOrWorse() throws IOException {
        List<String[]> rows = read("/accuracy/interacting.tsv");
        int warned = 0, listed = 0, severe = 0, severeMajor = 0, independent = 0, independentWarned = 0, moderate = 0, moderateMajor = 0;
        List<String> overGraded = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (String[] r : rows) {
            Optional<Finding> f = pairFinding(r[0], r[1]);
            boolean isWarned = f.isPresent() && f.get().severity().isWarning();
            if (f.isPresent()) listed++;
            if (isWarned) warned++;
            else misses.add(r[0] + " + " + r[1] + ": " + f.map(x -> x.severity().code()).orElse("not listed"));
            if (r[3].equals("no")) {
                independent++;
                if (isWarned) independentWarned++;
            }
            if (r[2].equals("no")) {
                moderate++;
                if (f.isPresent() && f.get().severity().compareTo(Severity.MAJOR) <= 0) {
                    moderateMajor++;
                    overGraded.add(r[0] + " + " + r[1] + ": " + f.get().severity().code());
                }
            }
            if (r[2].equals("yes")) {
                severe++;
                if (f.isPresent() && f.get().severity().compareTo(Severity.MAJOR) <= 0) severeMajor++;
                else misses.add(r[0] + " + " + r[1] + ": severe, graded " + f.map(x -> x.severity().code()).orElse("not listed"));
            }
        }
        java.util.Map<String, int[]> bySet = new java.util.TreeMap<>(); // set -> {rows, warned, severe, severe major+}
        for (String[] r : rows) {
            Optional<Finding> f = pairFinding(r[0], r[1]);
            int[] n = bySet.computeIfAbsent(r.length > 5 ? r[5] : "curated", k -> new int[4]);
            n[0]++;
            if (f.isPresent() && f.get().severity().isWarning()) n[1]++;
            if (r[2].equals("yes")) {
                n[2]++;
                if (f.isPresent() && f.get().severity().compareTo(Severity.MAJOR) <= 0) n[3]++;
            }
        }
        double warnedPct = 100.0 * warned / rows.size();
        double severePct = 100.0 * severeMajor / severe;
        REPORT.append(String.format("established interactions: %d of %d warned (moderate or worse) = %.1f %%; %d listed at any grade%n",
                warned, rows.size(), warnedPct, listed));
        REPORT.append(String.format("  of which not relying on a MedList curated rule: %d of %d warned = %.1f %%%n",
                independentWarned, independent, 100.0 * independentWarned / independent));
        REPORT.append(String.format("  severe ones graded major or contraindicated: %d of %d = %.1f %%%n", severeMajor, severe, severePct));
        double moderatePct = 100.0 * moderateMajor / moderate;
        REPORT.append(String.format("  moderate ones (not severe by their reference) shown major or worse: %d of %d = %.1f %%%n", moderateMajor, moderate, moderatePct));
        bySet.forEach((set, n) -> REPORT.append(String.format("  set %s: %d pairs, %d warned = %.1f %%; severe %d, shown major+ %d = %.1f %%%n",
                set, n[0], n[1], 100.0 * n[1] / n[0], n[2], n[3], n[2] == 0 ? 0.0 : 100.0 * n[3] / n[2])));
        REPORT.append("  misses: ").append(misses).append('\n');
        REPORT.append("  moderate shown major+: ").append(overGraded).append('\n');
        write();
        int[] curated = bySet.get("curated");
        int[] onc = bySet.get("onc_sample");
        int[] labels = bySet.get("label_sample");
        // The hand-cited pairs and the ONC sample meet the 97 % target; the label-contraindication sample (pairs mined
        // from FDA Contraindications and Boxed Warning sections) is harder and is held to the level it reaches today.
        assertThat(100.0 * (curated[1] + onc[1]) / (curated[0] + onc[0])).as(REPORT.toString()).isGreaterThanOrEqualTo(97.0);
        assertThat(100.0 * labels[1] / labels[0]).as(REPORT.toString()).isGreaterThanOrEqualTo(83.0);
        assertThat(warnedPct).as(REPORT.toString()).isGreaterThanOrEqualTo(92.0);
        assertThat(severePct).as(REPORT.toString()).isGreaterThanOrEqualTo(75.0);
        assertThat(moderatePct).as(REPORT.toString()).isLessThanOrEqualTo(15.0);
    }

    @Test
    void pairsReferencesTreatAsNonInteractingRarelyWarn() throws IOException {
        List<String[]> rows = read("/accuracy/non_interacting.tsv");
        int warned = 0;
        List<String> wolves = new ArrayList<>();
        for (String[] r : rows) {
            Optional<Finding> f = pairFinding(r[0], r[1]);
            if (f.isPresent() && f.get().severity().isWarning()) {
                warned++;
                wolves.add(r[0] + " + " + r[1] + ": " + f.get().severity().code() + " from "
                        + f.get().sources().stream().filter(c -> c.severity() == f.get().severity()).map(Citation::sourceId).distinct().toList());
            }
        }
        double pct = 100.0 * warned / rows.size();
        REPORT.append(String.format("non-interacting pairs: %d of %d warned = %.1f %%%n  warned: %s%n", warned, rows.size(), pct, wolves));
        write();
        assertThat(warned).as(REPORT.toString()).isLessThanOrEqualTo(1);
    }

    @Test
    void theOncHighPriorityListIsCoveredFromTheNamesAPersonWouldType() throws IOException {
        Set<String> pairs = new LinkedHashSet<>();
        try (InputStream raw = Files.newInputStream(Path.of("resources/knowledge/sources/merged_pddi_public_subset.tsv.gz"));
             Reader in = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null).setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("source").equals("ONC-HighPriority")) pairs.add(r.get("drug_1").toLowerCase() + "\t" + r.get("drug_2").toLowerCase());
            }
        }
        int recognised = 0, major = 0;
        for (String p : pairs) {
            String[] ab = p.split("\t");
            if (!RESOLVER.resolve(ab[0]).recognized() || !RESOLVER.resolve(ab[1]).recognized()) continue;
            recognised++;
            Optional<Finding> f = pairFinding(ab[0], ab[1]);
            if (f.isPresent() && f.get().severity().compareTo(Severity.MAJOR) <= 0) major++;
        }
        double pct = 100.0 * major / recognised;
        REPORT.append(String.format("ONC high-priority pairs: %d distinct name pairs, %d with both names recognised, %d of those graded major or worse = %.1f %%%n",
                pairs.size(), recognised, major, pct));
        write();
        assertThat(pct).isGreaterThanOrEqualTo(99.0);
    }

    /** Ten typical patient lists, checked with their profile; every warning is listed in the report for review. */
    @Test
    void tenTypicalPatientListsAreCheckedWithTheirProfile() throws IOException {
        List<String[]> lists = read("/accuracy/patient_lists.tsv");
        int total = 0;
        REPORT.append("patient lists (warnings = interactions, duplicates, groups and food/drink cautions at moderate or worse):\n");
        for (String[] l : lists) {
            CheckContext person = new CheckContext(java.util.OptionalInt.of(Integer.parseInt(l[1])), false,
                    new java.util.TreeSet<>(Tsv.split(l[2], ";")), Optional.of(l[3].equals("yes")));
            List<CheckInput> inputs = new ArrayList<>();
            for (String m : Tsv.split(l[4], ";")) {
                String[] nameAndStrength = m.split(" (?=\\d)", 2);
                Resolution r = RESOLVER.resolve(nameAndStrength[0]);
                assertThat(r.recognized()).as(l[0] + ": " + m).isTrue();
                inputs.add(new CheckInput(nameAndStrength[0], r.ingredients(), List.of(), nameAndStrength.length > 1 ? nameAndStrength[1] : ""));
            }
            CheckResult r = CHECKER.check(inputs, person);
            List<Finding> warnings = r.all().stream().filter(f -> f.severity().isWarning()).toList();
            long info = r.all().stream().filter(f -> !f.severity().isWarning()).count();
            total += warnings.size();
            REPORT.append(String.format("  %s (%s): %d medicines, %d warnings, %d for information%n", l[0], l[5], inputs.size(), warnings.size(), info));
            for (Finding f : warnings) {
                REPORT.append("    ").append(f.severity().code()).append(": ").append(f.title())
                        .append(f.relevance().isEmpty() ? "" : " [for this person: " + f.relevance() + "]").append('\n');
            }
            if (l[0].equals("hiv_regimen")) {
                assertThat(r.interactions()).as("regimen components are not warned against each other")
                        .filteredOn(f -> f.severity().isWarning())
                        .allSatisfy(f -> assertThat(f.drugs()).containsAnyOf("atorvastatin", "omeprazole"));
            }
            if (l[0].equals("anticoagulated_af")) {
                assertThat(r.interactions()).anySatisfy(f -> {
                    assertThat(f.drugs()).containsExactlyInAnyOrder("apixaban", "aspirin");
                    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                });
            }
            if (l[0].equals("older_adult")) {
                assertThat(r.groups()).anySatisfy(f -> {
                    assertThat(f.key()).isEqualTo("group:cns_active_beers");
                    assertThat(f.severity()).isEqualTo(Severity.MAJOR);
                });
            }
        }
        REPORT.append(String.format("  mean warnings per list: %.1f%n", total / (double) lists.size()));
        write();
    }

    private static List<String[]> read(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = AccuracyTest.class.getResourceAsStream(resource)) {
            Tsv.read(in, false, rows::add);
        }
        return rows;
    }

    private static void write() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "accuracy.txt"), REPORT.toString());
    }
}
