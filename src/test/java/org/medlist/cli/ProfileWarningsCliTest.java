package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --json's profile_warnings and precaution evidence, and the what-if flags that match the stored profile. */
class ProfileWarningsCliTest {
    @TempDir Path dir;
    static final ObjectMapper JSON = new ObjectMapper();


    CliRun run(String... args) { return CliRun.on(dir.resolve("cli.db"), args); }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void lisinoprilWhilePregnantIsAProfileWarningAndItsPrecautionQuotesTheLabel() throws Exception {
        CliRun r = run("check", "lisinopril", "--pregnant", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = r.json();
        for (String key : List.of("checked", "not_checked", "message", "interactions", "food_and_drink", "duplicates", "groups", "allergies",
                "allergies_not_checked", "precautions", "knowledge_base", "profile_warnings")) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        JsonNode warning = json.get("profile_warnings").get(0);
        assertThat(warning.get("kind").asText()).isEqualTo("pregnancy");
        assertThat(warning.get("severity").asText()).isIn("major", "contraindicated");
        assertThat(list(warning.get("medications"))).extracting(JsonNode::asText).containsExactly("lisinopril");
        assertThat(warning.get("summary").asText()).isNotBlank();
        assertThat(warning.get("what_to_do").asText()).isNotBlank();
        assertThat(list(warning.get("sources"))).anySatisfy(s -> {
            assertThat(s.get("grade").asText()).isEqualTo("boxed warning");
            assertThat(s.get("detail").asText()).contains("injury and death to the developing fetus");
        });
        JsonNode precaution = list(json.get("precautions")).stream().filter(p -> p.get("key").asText().equals("acei-pregnancy")).findFirst().orElseThrow();
        JsonNode evidence = precaution.get("evidence");
        assertThat(evidence.get("setid").asText()).isEqualTo("074fe718-88d8-365c-e063-6394a90a299d");
        assertThat(evidence.get("section").asText()).isEqualTo("boxed_warning");
        assertThat(evidence.get("quote").asText()).startsWith("Drugs that act directly on the renin-angiotensin system");
    }

    @Test
    void aPrecautionWithoutAStagedLabelHasANullQuote() throws Exception {
        JsonNode json = run("check", "metformin", "--condition", "kidney disease", "--json").json();
        JsonNode evidence = list(json.get("precautions")).stream().filter(p -> p.get("key").asText().equals("metformin-kidney"))
                .findFirst().orElseThrow().get("evidence");
        assertThat(evidence.get("setid").isNull()).isTrue();
        assertThat(evidence.get("quote").isNull()).isTrue();
    }

    @Test
    void planningAPregnancyWarnsAndNotPregnantDoesNot() throws Exception {
        assertThat(list(run("check", "valsartan", "--planning-pregnancy", "--json").json().get("profile_warnings")))
                .extracting(w -> w.get("kind").asText()).containsExactly("pregnancy");
        assertThat(run("check", "valsartan", "--json").json().get("profile_warnings")).isEmpty();
    }

    @Test
    void noDrivesAndNoAlcoholHideThoseItemsWhileUnknownShowsThem() throws Exception {
        JsonNode unknown = run("check", "zolpidem", "--json").json();
        assertThat(list(unknown.get("precautions"))).extracting(p -> p.get("topic").asText()).contains("driving", "alcohol");
        assertThat(unknown.get("profile_warnings")).isEmpty();

        JsonNode neither = run("check", "zolpidem", "--no-drives", "--no-alcohol", "--json").json();
        assertThat(list(neither.get("precautions"))).extracting(p -> p.get("topic").asText()).doesNotContain("driving", "alcohol");

        JsonNode driver = run("check", "zolpidem", "--drives", "--json").json();
        assertThat(list(driver.get("profile_warnings"))).extracting(w -> w.get("kind").asText()).contains("driving");
    }

    @Test
    void aChildAndAnOlderAdultGetTheirKinds() throws Exception {
        assertThat(list(run("check", "aspirin", "--age", "9", "--json").json().get("profile_warnings")))
                .extracting(w -> w.get("kind").asText()).contains("child");
        assertThat(list(run("check", "lorazepam", "--age", "72", "--json").json().get("profile_warnings")))
                .extracting(w -> w.get("kind").asText()).contains("older_adults");
    }

    @Test
    void contradictoryFlagsAreRefusedWithOneLine() {
        CliRun r = run("check", "zolpidem", "--drives", "--no-drives");
        assertThat(r.code()).isEqualTo(MedListCommand.INVALID);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--drives").contains("--no-drives");
        assertThat(run("check", "zolpidem", "--alcohol", "--no-alcohol").code()).isEqualTo(MedListCommand.INVALID);
    }

    @Test
    void theTextOutputShowsTheProfileWarningWithTheOtherWarnings() {
        CliRun r = run("check", "lisinopril", "--pregnant");
        assertThat(r.out()).contains("[SERIOUS] Pregnancy: lisinopril");
    }
}
