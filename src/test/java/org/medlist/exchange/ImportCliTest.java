package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medlist import} on health records: --dry-run, --json, --format, --include-duplicates, re-import. */
class ImportCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    HostileHealthRecordTest.Cli run(String... args) {
        return HostileHealthRecordTest.cli(dir.resolve("cli.db"), args);
    }

    JsonNode json(String... args) throws Exception {
        HostileHealthRecordTest.Cli r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    int listed() throws Exception {
        return json("list", "--patient", "Eve", "--json").get("medications").size();
    }

    @Test
    void dryRunPrintsTheReportAndWritesNothingThenImportAndReImport() throws Exception {
        run("patient", "add", "Eve");
        String file = HealthRecordImportTest.SAMPLES.resolve("ccda/greenway_26933_export_summary.xml").toString();
        JsonNode dry = json("import", "--patient", "Eve", "--dry-run", "--json", file);
        assertThat(dry.get("format").asText()).isEqualTo("ccda");
        assertThat(dry.get("added")).hasSize(4);
        assertThat(dry.get("added").get(0).get("id").isNull()).isTrue();
        assertThat(dry.get("added").get(0).get("ingredients").get(0).asText()).isEqualTo("clarithromycin");
        assertThat(dry.get("added").get(0).get("rxnorm").asText()).isEqualTo("197517");
        assertThat(dry.get("allergies_added")).hasSize(3);
        assertThat(dry.get("conditions_added")).hasSize(3);
        assertThat(listed()).isZero();

        JsonNode real = json("import", "--patient", "Eve", "--json", file);
        assertThat(real.get("added")).hasSize(4).allSatisfy(a -> assertThat(a.get("id").asLong()).isPositive());
        assertThat(json("list", "--patient", "Eve", "--json", "--all").get("medications").size()).isEqualTo(4);

        JsonNode again = json("import", "--patient", "Eve", "--json", file);
        assertThat(again.get("added")).isEmpty();
        assertThat(again.get("duplicates")).hasSize(4);
        assertThat(again.get("allergies_added")).isEmpty();
        assertThat(again.get("conditions_added")).isEmpty();

        JsonNode forced = json("import", "--patient", "Eve", "--json", "--include-duplicates", "--dry-run", file);
        assertThat(forced.get("added")).hasSize(4);
    }

    @Test
    void fhirWithNotRecognisedAndRejectedEntriesInText() throws Exception {
        run("patient", "add", "Eve");
        String file = HealthRecordImportTest.SAMPLES.resolve("fhir/synthea_emmie273_transaction.json").toString();
        JsonNode r = json("import", "--patient", "Eve", "--format", "fhir", "--json", "--dry-run", file);
        assertThat(r.get("not_recognised")).singleElement().satisfies(n -> assertThat(n.get("name").asText()).isEqualTo("Trinessa 28 Day Pack"));
        assertThat(r.get("added")).hasSize(6);
        HostileHealthRecordTest.Cli text = run("import", "--patient", "Eve",
                HealthRecordImportTest.SAMPLES.resolve("ccda/partners_lmr1_placeholders.xml").toString());
        assertThat(text.out()).startsWith("imported 0 entries").contains("left out, medication entry 1 \"No medication data is applicable\"");
        assertThat(listed()).isZero();
    }

    @Test
    void aFormatThatDoesNotMatchTheFileIsOneClearLine() throws Exception {
        run("patient", "add", "Eve");
        Path file = HealthRecordImportTest.SAMPLES.resolve("ccda/lantana_C-CDA_R2-1_CCD.xml");
        HostileHealthRecordTest.Cli r = run("import", "--patient", "Eve", "--format", "fhir", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("medlist: The file is not valid JSON").doesNotContain("\n  at ");
        HostileHealthRecordTest.Cli bad = run("import", "--patient", "Eve", "--format", "pdf", file.toString());
        assertThat(bad.err()).contains("Unknown format 'pdf'; use csv, ccda or fhir.");
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "name,strength\nLexapro,10 mg\n");
        assertThat(run("import", "--patient", "Eve", csv.toString()).out()).isEqualTo("imported 1 entry" + System.lineSeparator());
        assertThat(run("import", "--patient", "Eve", csv.toString()).out()).isEqualTo("imported 0 entries; 1 already on the list, skipped" + System.lineSeparator());
        assertThat(listed()).isEqualTo(1);
    }
}
