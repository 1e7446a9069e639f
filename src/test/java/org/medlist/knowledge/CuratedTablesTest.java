package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.knowledge.CuratedTable.CuratedDataException;
import org.medlist.knowledge.build.KnowledgeBaseBuilder;

/** The build refuses a bad curated row and names its file, line and column. */
class CuratedTablesTest {
    private static final Path CURATED = KnowledgeBuildTest.KNOWLEDGE.resolve("curated");

    private static Map<String, String> bundled() {
        Map<String, String> files = new HashMap<>();
        for (String f : CuratedTables.FILES) {
            try {
                files.put(f, Files.readString(CURATED.resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static CuratedTables read(Map<String, String> files) {
        return CuratedTables.read(f -> files.containsKey(f) ? (InputStream) new ByteArrayInputStream(files.get(f).getBytes(StandardCharsets.UTF_8)) : null);
    }

    /** The bundled tables with one line appended to {@code file}. */
    private static Map<String, String> withRow(String file, String row) {
        Map<String, String> files = bundled();
        String text = files.get(file);
        files.put(file, (text.endsWith("\n") ? text : text + "\n") + row + "\n");
        return files;
    }

    private static long lines(String text) {
        return text.lines().count();
    }

    @Test
    void theBundledTablesPass() {
        CuratedTables t = read(bundled());
        assertThat(t.classes()).containsKey("ssri");
        assertThat(t.classRules()).isNotEmpty();
        assertThat(t.precautions()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "class_rules.tsv|opioid\tbenzodiazepine\tsevere\tcns_depression\t\tsome label|column 3 (severity): 'severe' is not a severity code",
            "class_rules.tsv|opioid\tno_such_class\tmajor\tcns_depression\t\tsome label|column 2 (class_b): unknown class 'no_such_class'",
            "class_rules.tsv|opioid\tbenzodiazepine\tmajor\tno_such_effect\t\tsome label|column 4 (effect): unknown effect 'no_such_effect'",
            "class_rules.tsv|opioid\tbenzodiazepine\tmajor\tcns_depression\t\t|column 6 (source): must not be empty",
            "classes.tsv|newclass\tNew\tsomething\tN06AB\t\tmaybe\tsome source|column 6 (duplicate_check): 'maybe' is not one of [no, yes]",
            "products.tsv|Some Pill\taspirin\tprescription\t\tsome label|column 3 (kind): 'prescription' is not one of",
            "aliases.tsv|ASA\taspirin\t\tsome label|column 1 (alias): 'ASA' is listed twice",
            "unchecked_names.tsv|multivitamin\tsupplement\tA note.\tsome source|column 1 (name): 'multivitamin' is listed twice",
            "unchecked_names.tsv|mystery mix\tsupplement\t\tsome source|column 3 (note): must not be empty",
            "effects.tsv|newfx\tNew\tSummary.\tWatch\tDo.\t{other} changes it.\t{a} and {b}.\tsome source|column 6 (template): the template must use {affected}",
            "effects.tsv|newfx\tNew\tSummary.\tWatch\tDo.\t{other} changes {affected}.\t{a} and {b} and {c}.\tsome source|column 7 (pair_template): unknown placeholder",
            "mechanisms.tsv|(unclosed\tbleeding\tsome source|column 1 (pattern): not a valid pattern",
            "mechanisms.tsv|hémorrag\tno_such_effect\tsome source|column 2 (effect): unknown effect 'no_such_effect'",
            "drugbank_types.tsv|87\t#Drug1 may x #Drug2.\tbleeding\tdrug2\t\tsome source|column 1 (type): DrugBank types are numbered 1 to 86",
            "drugbank_types.tsv|6\t#Drug1 may x #Drug2.\tbleeding\tdrug2\t\tsome source|column 1 (type): type 6 is listed twice",
            "drugbank_types.tsv|6\t#Drug1 may x #Drug2.\t\tdrug2\t\tsome source|column 5 (unmapped_reason): a type without an effect needs the reason",
            "drugbank_types.tsv|6\t#Drug1 may x #Drug2.\tbleeding\tboth\t\tsome source|column 4 (affected): 'both' is not one of",
            "timing.tsv|levothyroxine\tiron\tTake it 4 hours apart.\tquote\tset\tsection\tsource|column 3 (advice): the advice must name the other medicine",
            "class_effects.tsv|class\tno_such\tbleeding\tsome source|column 2 (name): unknown name 'no_such'",
            "class_effects.tsv|family\tssri\tbleeding\tsome source|column 1 (kind): 'family' is not one of",
            "condition_texts.tsv|[bad\tText.\tsource|column 1 (pattern): not a valid pattern",
            "precautions.tsv|x1\tclass\tssri\tsleep\teveryone\tText.\t\t\t\t\tsome source|column 4 (topic): 'sleep' is not one of",
            "precautions.tsv|x2\tclass\tssri\tother\tcondition:no_such\tText.\t\t\t\t\tsome source|column 5 (audience): unknown condition condition:no_such",
            "precautions.tsv|x3\tclass\tssri\tother\teveryone\tText.\tmajor\t\t\t\tsome source|column 7 (warning): a profile warning needs an audience other than everyone",
            "precautions.tsv|x4\tclass\tssri\tother\tpregnancy\tText.\t\tnot-a-set-id\tboxed_warning\tA sentence.\tsome source|column 8 (setid): 'not-a-set-id' is not an SPL set id",
            "precautions.tsv|x5\tclass\tssri\tother\tpregnancy\tText.\t\t\t\tA sentence.\tsome source|column 10 (quote): a quote needs the setid and section",
            "precautions.tsv|x6\tclass\tssri\tother\tpregnancy\tText.\t\t\tpregnancy\t\tsome source|column 9 (section): 'pregnancy' needs a setid",
            "precautions.tsv|x7\tclass\tssri\tother\tpregnancy\tText.\tminor\t\t\t\tsome source|column 7 (warning): a profile warning is moderate or worse",
            "grading_policy.tsv|x1\tguess\tDDINTER\tMajor\t\t\t\t\tmajor\t\tsome source|column 2 (kind): 'guess' is not one of",
            "grading_policy.tsv|x2\tgrade_map\tNOSUCH\tMajor\t\t\t\t\tmajor\t\tsome source|column 3 (source): unknown source 'NOSUCH'",
            "grading_policy.tsv|x3\tcondition\tANSM2020\t\t\t\tpattern\tage>=lots\t\t\tsome source|column 8 (when): 'age>=lots' is not a condition",
            "grading_policy.tsv|x4\tprotective\t\t\tnaloxone\t\t\t\t\t\tsome source|column 6 (b): a protective row names both sides",
            "class_rules.tsv|opioid\tbenzodiazepine\tmajor\tcns_depression\tcondition:no_such\tsome label|unknown condition condition:no_such",
    })
    void aBadRowFailsWithItsFileLineAndColumn(String file, String row, String message) {
        Map<String, String> files = withRow(file, row.replace("\\t", "\t"));
        long line = lines(files.get(file));
        assertThatThrownBy(() -> read(files)).isInstanceOf(CuratedDataException.class)
                .hasMessageStartingWith(file + ": line " + line + ", ")
                .hasMessageContaining(message);
    }

    @Test
    void anUnknownOrMissingColumnIsRefusedByName() {
        Map<String, String> files = bundled();
        files.put("aliases.tsv", "alias\tingredient\tkind\tsourcce\nasa\taspirin\t\tx\n");
        assertThatThrownBy(() -> read(files)).hasMessage("aliases.tsv: line 1: the header lacks the column 'source'");
    }

    @Test
    void theBuildStopsOnABadRowAndTheRuntimeReadsTheValidatedCopy(@TempDir Path dir) throws IOException {
        Path knowledge = dir.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("curated"));
        try (Stream<Path> files = Files.list(CURATED)) {
            for (Path f : files.toList()) Files.copy(f, knowledge.resolve("curated").resolve(f.getFileName()));
        }
        Files.writeString(knowledge.resolve("curated/class_rules.tsv"), "\nopioid\topioid\tworst\tcns_depression\t\tx\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new KnowledgeBaseBuilder(knowledge)).isInstanceOf(CuratedDataException.class)
                .hasMessageContaining("class_rules.tsv: line").hasMessageContaining("(severity)");
        for (String f : CuratedTables.FILES) {
            assertThat(KnowledgeBuildTest.KNOWLEDGE.resolve("runtime/curated").resolve(f)).as(f + " copied by the build")
                    .hasSameBinaryContentAs(CURATED.resolve(f));
        }
    }
}
