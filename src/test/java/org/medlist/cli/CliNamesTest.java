package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as typed on the command line: strength and kind from the name, the recognised product on stderr. */
class CliNamesTest {
    @TempDir Path dir;
    static final ObjectMapper JSON = new ObjectMapper();


    CliRun run(String... args) { return CliRun.on(dir.resolve("cli.db"), args); }

    /** The exported CSV row of the entry named {@code name}: name,kind,strength,… */
    String[] exported(String patient, String name) {
        for (String line : run("export", "--patient", patient, "--format", "csv").out().split("\\R")) {
            if (line.startsWith(name + ",")) return line.split(",", -1);
        }
        throw new AssertionError(name + " not exported");
    }

    @Test
    void resolveJsonGivesStrengthAndKindWhenKnownAndNullOtherwise() throws Exception {
        JsonNode results = JSON.readTree(run("resolve", "--json", "lexapro 10mg", "baby aspirin", "Tylenol PM", "vitamin D3 2000 IU",
                "lexipro", "prenatal vitamins", "lisinopril").out()).get("results");
        JsonNode lexapro = results.get(0);
        assertThat(lexapro.get("name").asText()).isEqualTo("Lexapro");
        assertThat(lexapro.get("strength").asText()).isEqualTo("10 mg");
        assertThat(lexapro.has("kind")).isTrue();
        assertThat(lexapro.get("kind").isNull()).isTrue();
        JsonNode aspirin = results.get(1);
        assertThat(aspirin.get("ingredients")).extracting(JsonNode::asText).containsExactly("aspirin");
        assertThat(aspirin.get("strength").asText()).isEqualTo("81 mg");
        assertThat(aspirin.get("kind").asText()).isEqualTo("otc");
        assertThat(results.get(2).get("kind").asText()).isEqualTo("otc");
        assertThat(results.get(3).get("ingredients")).extracting(JsonNode::asText).containsExactly("cholecalciferol");
        assertThat(results.get(3).get("strength").asText()).isEqualTo("2000 IU");
        assertThat(results.get(3).get("kind").asText()).isEqualTo("supplement");
        JsonNode typo = results.get(4);
        assertThat(typo.get("recognized").asBoolean()).isFalse();
        assertThat(typo.get("strength").isNull()).isTrue();
        assertThat(typo.get("kind").isNull()).isTrue();
        JsonNode prenatal = results.get(5);
        assertThat(prenatal.get("recognized").asBoolean()).isFalse();
        assertThat(prenatal.get("ingredients")).isEmpty();
        assertThat(prenatal.get("kind").asText()).isEqualTo("supplement");
        assertThat(prenatal.get("note").asText()).contains("differ from brand to brand");
        assertThat(results.get(6).get("ingredients")).extracting(JsonNode::asText).containsExactly("lisinopril");
    }

    @Test
    void resolveTextSaysWhyARecognisedNameIsNotChecked() {
        String out = run("resolve", "prenatal vitamin").out();
        assertThat(out).startsWith("prenatal vitamin: not checked — Prenatal vitamins differ");
    }

    @Test
    void addTakesStrengthAndKindFromTheNameAndSaysWhatItRecognised() {
        run("patient", "add", "Ann");
        CliRun added = run("add", "--patient", "Ann", "lexapro 10mg");
        assertThat(added.code()).isZero();
        assertThat(added.out()).matches("added \\d+\\R");
        assertThat(added.err()).isEqualTo("recognised as Lexapro (escitalopram)" + System.lineSeparator());
        String[] lexapro = exported("Ann", "lexapro 10mg");
        assertThat(lexapro[1]).isEqualTo("rx");
        assertThat(lexapro[2]).isEqualTo("10 mg");

        CliRun tylenol = run("add", "--patient", "Ann", "Tylenol PM");
        assertThat(tylenol.err()).contains("recognised as Tylenol PM (acetaminophen + diphenhydramine)");
        assertThat(exported("Ann", "Tylenol PM")[1]).isEqualTo("otc");

        run("add", "--patient", "Ann", "baby aspirin");
        String[] aspirin = exported("Ann", "baby aspirin");
        assertThat(aspirin[1]).isEqualTo("otc");
        assertThat(aspirin[2]).isEqualTo("81 mg");

        assertThat(run("add", "--patient", "Ann", "fish oil").code()).isZero();
        assertThat(exported("Ann", "fish oil")[1]).isEqualTo("supplement");

        assertThat(run("add", "--patient", "Ann", "lisinopril").err()).contains("recognised as lisinopril (lisinopril)");
    }

    @Test
    void optionsGivenWinOverWhatTheNameSays() {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Lexapro 10 mg", "--strength", "20 mg", "--kind", "otc");
        String[] row = exported("Ann", "Lexapro 10 mg");
        assertThat(row[1]).isEqualTo("otc");
        assertThat(row[2]).isEqualTo("20 mg");
    }

    @Test
    void aRecognisedButUncheckableNameIsSavedAsNotCheckedWithItsNote() {
        run("patient", "add", "Ann");
        CliRun added = run("add", "--patient", "Ann", "prenatal vitamins");
        assertThat(added.code()).isZero();
        assertThat(added.out()).matches("added \\d+\\R");
        assertThat(added.err()).contains("is not recognised, so it is listed as not checked").contains("differ from brand to brand");
        assertThat(exported("Ann", "prenatal vitamins")[1]).isEqualTo("supplement");
    }
}
