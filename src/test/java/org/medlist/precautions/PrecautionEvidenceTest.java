package org.medlist.precautions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;

/**
 * Every precaution row rests on its source: a quoted sentence appears word for word (whitespace aside) in the
 * bundled label text of its set id and section, or is the level text of its ANSM annex row; the set id is a
 * bundled label; an ingredient target is an ingredient the knowledge base knows; the patient text reads plainly.
 */
class PrecautionEvidenceTest {
    static final Path SOURCES = Path.of("resources/knowledge/sources");
    /** set id + section → label text, and ANSM annex row → level text, from the bundled (not the staged) files. */
    static final Map<String, String> LABELS = new HashMap<>();
    static final Map<String, String> LABEL_INGREDIENT = new HashMap<>();
    static final List<String> LABEL_INGREDIENT_ALL = new ArrayList<>();
    static final Map<String, String> ANSM = new HashMap<>();
    static final KnowledgeBase KB = BundledKnowledge.get();

    @BeforeAll
    static void readBundledSources() throws IOException {
        for (String[] r : tsv(SOURCES.resolve("openfda_label_sections_2026-07.tsv.gz"))) {
            LABELS.put(r[0] + "|" + r[6], normalised(r[7]));
            LABEL_INGREDIENT.put(r[0], r[2]);
            LABEL_INGREDIENT_ALL.add(r[0] + "|" + r[2]);
        }
        for (String[] r : tsv(SOURCES.resolve("ansm_driving_pictograms_2008-08-08.tsv.gz"))) ANSM.put(r[0], r[6]);
    }

    static String normalised(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static List<String[]> tsv(Path gz) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) rows.add(line.split("\t", -1));
        }
        return rows;
    }

    @Test
    void everyQuotedSentenceIsInTheBundledLabelSectionOfItsSetId() {
        List<String> drifted = new ArrayList<>();
        int quoted = 0;
        for (Curated.Precaution p : KB.precautions()) {
            Curated.Evidence e = p.evidence();
            if (!e.isLabel()) continue;
            String text = LABELS.get(e.setId() + "|" + e.section());
            if (text == null) {
                drifted.add(p.id() + ": no bundled label section " + e.section() + " for set id " + e.setId());
                continue;
            }
            if (e.quote().isEmpty()) continue;
            quoted++;
            if (!text.contains(normalised(e.quote()))) drifted.add(p.id() + ": quote not in " + e.setId() + " " + e.section());
        }
        assertThat(drifted).isEmpty();
        assertThat(quoted).isGreaterThan(200);
    }

    @Test
    void everyAnsmRowQuotesItsAnnexRowLevelText() {
        List<Curated.Precaution> ansm = KB.precautions().stream().filter(p -> p.evidence().isAnsm()).toList();
        assertThat(ansm).hasSizeGreaterThan(50);
        for (Curated.Precaution p : ansm) {
            String row = p.evidence().section().substring("ansm:".length());
            assertThat(ANSM).as(p.id()).containsKey(row);
            assertThat(p.evidence().quote()).as(p.id()).isEqualTo(ANSM.get(row));
            assertThat(p.topic()).isEqualTo("driving");
            assertThat(p.source()).contains("annex row " + row);
        }
    }

    @Test
    void aRowSaysWhenItsLabelIsAnotherMedicinesOfTheSameClass() {
        for (Curated.Precaution p : KB.precautions()) {
            if (!p.evidence().isLabel() || !p.appliesTo().equals("ingredient")) continue;
            String labelOf = LABEL_INGREDIENT.get(p.evidence().setId());
            if (!labelOf.equals(p.target())) {
                assertThat(p.source()).as(p.id() + " cites the " + labelOf + " label for " + p.target()).containsIgnoringCase(labelOf);
            }
        }
    }

    @Test
    void aCombinationProductsLabelIsNotCitedForOneOfItsIngredients() {
        Map<String, Long> ingredientsPerSetId = LABEL_INGREDIENT_ALL.stream().distinct()
                .collect(Collectors.groupingBy(s -> s.split("\\|")[0], Collectors.counting()));
        for (Curated.Precaution p : KB.precautions()) {
            if (p.evidence().isLabel()) assertThat(ingredientsPerSetId.get(p.evidence().setId())).as(p.id()).isEqualTo(1L);
        }
    }

    @Test
    void everyIngredientTargetIsKnownToTheKnowledgeBase() {
        List<String> unknown = KB.precautions().stream().filter(p -> p.appliesTo().equals("ingredient"))
                .map(Curated.Precaution::target).filter(t -> KB.ingredient(t).isEmpty()).distinct().toList();
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyRowCitesASourceAndRowsWithoutAQuoteSayWhy() {
        for (Curated.Precaution p : KB.precautions()) {
            assertThat(p.source()).as(p.id()).isNotBlank();
            boolean classSentence = p.source().contains("sentence is quoted from");
            if (p.source().contains("no staged label") && !classSentence) assertThat(p.evidence().quote()).as(p.id()).isEmpty();
        }
        Set<String> beers = KB.precautions().stream().filter(p -> p.source().contains("Beers")).map(Curated.Precaution::source)
                .collect(Collectors.toSet());
        assertThat(beers).allSatisfy(s -> assertThat(s).containsPattern("Table \\d").contains("cited, not copied"));
    }

    /** Flesch–Kincaid grade of the patient-facing sentences: MedList's own plain English (~grade 8). */
    @Test
    void thePatientTextReadsAtAboutGradeEight() {
        List<String> texts = KB.precautions().stream().map(Curated.Precaution::text).distinct().toList();
        double mean = texts.stream().mapToDouble(PrecautionEvidenceTest::grade).average().orElseThrow();
        List<String> hard = texts.stream().filter(t -> grade(t) > 16).toList();
        assertThat(mean).as("mean Flesch-Kincaid grade").isLessThanOrEqualTo(9.0);
        assertThat(hard).as("texts above grade 16 (one long sentence or many long words)").isEmpty();
    }

    static double grade(String text) {
        String[] sentences = text.split("[.!?:;]+\\s*");
        String[] words = text.replaceAll("[^A-Za-z' ]", " ").trim().split("\\s+");
        int syllables = 0;
        for (String w : words) syllables += syllables(w);
        return 0.39 * words.length / Math.max(1, sentences.length) + 11.8 * syllables / Math.max(1, words.length) - 15.59;
    }

    /** Vowel groups, less a silent final e: the usual approximation. */
    static int syllables(String word) {
        String w = word.toLowerCase().replaceAll("[^a-z]", "");
        if (w.isEmpty()) return 0;
        if (w.endsWith("e") && !w.endsWith("le") && w.length() > 2) w = w.substring(0, w.length() - 1);
        int n = (int) java.util.Arrays.stream(w.split("[^aeiouy]+")).filter(s -> !s.isEmpty()).count();
        return Math.max(1, n);
    }
}
