package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, run in-process against a real database file. */
class CliTest {
    @TempDir Path dir;
    static final ObjectMapper JSON = new ObjectMapper();


    CliRun run(String... args) { return CliRun.on(dir.resolve("cli.db"), args); }

    @Test
    void addThenListPrintsTheContractJson() throws Exception {
        assertThat(run("patient", "add", "Ann").code()).isZero();
        CliRun added = run("add", "--patient", "Ann", "Lexapro 10 mg", "--dose", "1 tablet", "--when", "morning",
                "--why", "anxiety", "--prescriber", "Dr Lee", "--kind", "rx");
        assertThat(added.code()).isZero();
        assertThat(added.out()).matches("added \\d+\\R");
        long id = Long.parseLong(added.out().trim().substring("added ".length()));

        JsonNode list = run("list", "--patient", "Ann", "--json").json();
        assertThat(list.get("patient").asText()).isEqualTo("Ann");
        JsonNode med = list.get("medications").get(0);
        assertThat(med.get("id").asLong()).isEqualTo(id);
        assertThat(med.get("name").asText()).isEqualTo("Lexapro 10 mg");
        assertThat(med.get("dose").asText()).isEqualTo("1 tablet");
        assertThat(med.get("when").asText()).isEqualTo("morning");
        assertThat(med.get("why").asText()).isEqualTo("anxiety");
        assertThat(med.has("started")).isTrue();
        assertThat(med.get("stopped").isNull()).isTrue();
    }

    @Test
    void stopMovesAnEntryToTheHistoryShownByAll() throws Exception {
        run("patient", "add", "Ann");
        String id = run("add", "--patient", "Ann", "Valium").out().trim().split(" ")[1];
        assertThat(run("stop", "--patient", "Ann", id).code()).isZero();
        assertThat(run("list", "--patient", "Ann", "--json").json().get("medications")).isEmpty();
        JsonNode all = run("list", "--patient", "Ann", "--all", "--json").json().get("medications");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("stopped").asText()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void removeDeletesAndPatientsListsPeople() throws Exception {
        run("patient", "add", "Ann");
        run("patient", "add", "Bob");
        String id = run("add", "--patient", "Bob", "Advil").out().trim().split(" ")[1];
        assertThat(run("remove", "--patient", "Bob", id).code()).isZero();
        assertThat(run("list", "--patient", "Bob", "--all", "--json").json().get("medications")).isEmpty();
        JsonNode people = run("patients", "--json").json().get("patients");
        assertThat(people).extracting(p -> p.get("name").asText()).containsExactly("Ann", "Bob");
    }

    @Test
    void invalidInputExitsTwoWithOneLineAndWritesNothing() throws Exception {
        run("patient", "add", "Ann");
        String before = list();
        assertInvalid(run("add", "--patient", "Ann", ""), "Enter the medicine's name");
        assertInvalid(run("add", "--patient", "Ann", "x".repeat(201)), "too long");
        assertInvalid(run("add", "--patient", "Nobody", "Advil"), "No person named 'Nobody'");
        assertInvalid(run("stop", "--patient", "Ann", "999"), "No medication with id 999");
        assertInvalid(run("remove", "--patient", "Ann", "999"), "No medication with id 999");
        assertInvalid(run("add", "--patient", "Ann", "Advil", "--kind", "pill"), "Unknown kind");
        assertInvalid(run("patient", "add", "ann"), "already exists");
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("stop", "--patient", "Ann", "abc").code()).isEqualTo(2);
        assertThat(list()).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseExitsOneWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("cli.db"), "this is not sqlite at all, just text".repeat(200));
        CliRun r = run("patients");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("not a MedList database").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void resolvePrintsTheContractJson() throws Exception {
        JsonNode results = run("resolve", "--json", "Lexapro", "lexipro", "Tylenol PM").json().get("results");
        JsonNode lexapro = results.get(0);
        assertThat(lexapro.get("input").asText()).isEqualTo("Lexapro");
        assertThat(lexapro.get("recognized").asBoolean()).isTrue();
        assertThat(lexapro.get("name").asText()).isEqualTo("Lexapro");
        assertThat(lexapro.get("ingredients")).extracting(JsonNode::asText).containsExactly("escitalopram");
        assertThat(lexapro.get("suggestions")).isEmpty();
        JsonNode typo = results.get(1);
        assertThat(typo.get("recognized").asBoolean()).isFalse();
        assertThat(typo.get("ingredients")).isEmpty();
        assertThat(typo.get("suggestions").size()).isBetween(1, 5);
        assertThat(typo.get("suggestions").get(0).get("name").asText()).isEqualTo("Lexapro");
        assertThat(typo.get("suggestions").get(0).get("ingredients").get(0).asText()).isEqualTo("escitalopram");
        assertThat(results.get(2).get("ingredients")).extracting(JsonNode::asText).containsExactly("acetaminophen", "diphenhydramine");
    }

    @Test
    void checkWhatIfPrintsTheContractJsonAndTouchesNoDatabase() throws Exception {
        CliRun r = run("check", "--json", "Lexapro", "Valium", "Zzyzxqol");
        assertThat(r.code()).isZero();
        JsonNode d = r.json();
        assertThat(d.get("checked")).extracting(c -> c.get("input").asText()).containsExactly("Lexapro", "Valium");
        assertThat(d.get("not_checked")).extracting(c -> c.get("input").asText()).containsExactly("Zzyzxqol");
        JsonNode i = d.get("interactions").get(0);
        assertThat(i.get("severity").asText()).isEqualTo("moderate");
        assertThat(i.get("drugs")).extracting(JsonNode::asText).containsExactly("diazepam", "escitalopram");
        assertThat(i.get("medications")).extracting(JsonNode::asText).containsExactly("Valium", "Lexapro");
        for (String key : List.of("summary", "watch_for", "what_to_do", "mechanism", "sources")) assertThat(i.has(key)).as(key).isTrue();
        assertThat(i.get("sources").get(0).get("source").asText()).isEqualTo("MEDLIST");
        assertThat(i.get("effect").asText()).isEqualTo("drowsiness");
        assertThat(i.get("affected").isNull()).as("a class rule does not say which one is affected").isTrue();
        assertThat(i.get("explanation_source").asText()).isEqualTo("class_rule");
        assertThat(i.has("source_text")).isTrue();
        assertThat(d.has("duplicates")).isTrue();
        assertThat(d.has("groups")).isTrue();
        assertThat(d.get("knowledge_base").get("version").asText()).isNotBlank();
        assertThat(dir.resolve("cli.db")).doesNotExist();
    }

    @Test
    void checkAPatientUsesTheIngredientsRecognisedWhenAdded() throws Exception {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Tylenol");
        CliRun unknown = run("add", "--patient", "Ann", "Zzyzxqol");
        assertThat(unknown.err()).contains("not recognised");
        run("add", "--patient", "Ann", "Percocet");
        JsonNode d = run("check", "--patient", "Ann", "--json").json();
        assertThat(d.get("checked")).hasSize(2);
        assertThat(d.get("not_checked").get(0).get("input").asText()).isEqualTo("Zzyzxqol");
        assertThat(d.get("duplicates").get(0).get("drugs").get(0).asText()).isEqualTo("acetaminophen");
        assertThat(d.get("message").asText()).contains("2 checked medicines").contains("1 medicine was not recognised");
    }

    @Test
    void checkWhatIfTakesTheProfileFlagsAndPrintsPrecautionsAndAllergies() throws Exception {
        JsonNode d = run("check", "--json", "Valium", "amoxicillin", "--age", "70", "--drives", "--allergy", "penicillins:rash").json();
        assertThat(d.get("precautions")).extracting(p -> p.get("topic").asText()).contains("older_adults", "driving", "alcohol", "stopping");
        assertThat(d.get("precautions").get(0).get("sources").get(0).asText()).isNotBlank();
        JsonNode allergy = d.get("allergies").get(0);
        assertThat(allergy.get("medication").asText()).isEqualTo("amoxicillin");
        assertThat(allergy.get("allergy").asText()).isEqualTo("penicillins");
        assertThat(allergy.get("sources")).isNotEmpty();
        assertThat(d.get("message").asText()).startsWith("1 allergy warning");
    }

    @Test
    void patientSetStoresTheProfileThatTheStoredCheckUses() throws Exception {
        run("patient", "add", "Ann");
        CliRun set = run("patient", "set", "Ann", "--born", "1950-05-01", "--drives", "--allergy", "penicillins:hives",
                "--condition", "kidney disease", "--condition", "gout");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.err()).contains("gout");
        run("add", "--patient", "Ann", "amoxicillin");
        run("add", "--patient", "Ann", "Advil");
        JsonNode d = run("check", "--patient", "Ann", "--json").json();
        assertThat(d.get("allergies")).extracting(a -> a.get("medication").asText()).containsExactly("amoxicillin");
        assertThat(d.get("precautions")).extracting(p -> p.get("key").asText()).contains("nsaid-kidney", "nsaid-older");
        assertInvalid(run("patient", "set", "Ann", "--allergy", "x", "--no-known-allergies"), "not both");
        assertInvalid(run("patient", "set", "Nobody", "--drives"), "No person named");
        assertInvalid(run("check", "Valium", "--condition", "wobbly knees"), "Unknown condition");
    }

    @Test
    void backupAndRestoreRoundTripAndADamagedFileIsRefused() throws Exception {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Lexapro");
        Path copy = dir.resolve("copy.db");
        assertThat(run("backup", copy.toString()).code()).isZero();
        run("add", "--patient", "Ann", "Valium");
        CliRun restored = run("restore", copy.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("previous database is kept as");
        assertThat(run("list", "--patient", "Ann", "--json").json().get("medications")).extracting(m -> m.get("name").asText())
                .containsExactly("Lexapro");
        Files.writeString(dir.resolve("bad.db"), "not a database");
        assertInvalid(run("restore", dir.resolve("bad.db").toString()), "Nothing was changed");
        assertThat(run("list", "--patient", "Ann", "--json").json().get("medications")).hasSize(1);
    }

    @Test
    void checkWithNothingToCheckIsInvalid() {
        assertInvalid(run("check"), "Give medicine names");
        assertInvalid(run("check", "--patient", "Nobody"), "No person named");
    }

    private String list() {
        return run("list", "--patient", "Ann", "--all", "--json").out();
    }

    private static void assertInvalid(CliRun r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void reportWritesAPdfThatOnlyTheUserCanRead() throws Exception {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Warfarin 5 mg", "--when", "evening");
        run("add", "--patient", "Ann", "Aspirin 81 mg", "--when", "morning");
        Path pdf = dir.resolve("ann.pdf");
        CliRun r = run("report", "--patient", "Ann", "--pdf", pdf.toString(), "--paper", "letter", "--large-print");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("wrote .*ann\\.pdf \\(\\d+ pages?\\)\\R");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Aspirin 81 mg + Warfarin 5 mg");
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
        assertThat(run("report", "--patient", "Ann", "--pdf", pdf.toString(), "--paper", "a3").code()).isEqualTo(2);
        assertThat(run("report", "--patient", "Nobody", "--pdf", dir.resolve("x.pdf").toString()).code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void exportCsvToStdoutImportsIntoAnotherPersonUnchanged() throws Exception {
        run("patient", "add", "Ann");
        run("patient", "add", "Bob");
        run("add", "--patient", "Ann", "Lexapro 10 mg", "--dose", "1 tablet", "--when", "morning, as needed", "--why", "anxiety, mild");
        run("add", "--patient", "Ann", "Zzyzxqol");
        CliRun csv = run("export", "--patient", "Ann", "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("name,kind,strength,dose,form,route,times,when,reason,prescriber,started,stopped,notes");
        Path file = dir.resolve("ann.csv");
        Files.writeString(file, csv.out());

        CliRun imported = run("import", "--patient", "Bob", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("imported 2 entries; not recognised, so not checked: Zzyzxqol" + System.lineSeparator());
        assertThat(run("export", "--patient", "Bob", "--format", "csv").out()).isEqualTo(csv.out());
    }

    @Test
    void importWithABadRowWritesNothingAndListsTheRow() throws Exception {
        run("patient", "add", "Ann");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "name,times\nAspirin,morning\nValium,lunchtime\n");
        CliRun r = run("import", "--patient", "Ann", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("medlist: Nothing was imported: 1 problem").contains("  line 3: unknown time 'lunchtime'");
        assertThat(run("list", "--patient", "Ann", "--json").json().get("medications")).isEmpty();
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(run("import", "--patient", "Ann", file.toString()).err()).contains("is not UTF-8 text");
        assertThat(run("import", "--patient", "Ann", dir.resolve("missing.csv").toString()).err()).contains("No such file");
    }

    @Test
    void exportFhirToAFileIsAPrivateBundle() throws Exception {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Lexapro 10 mg");
        Path out = dir.resolve("ann.json");
        CliRun r = run("export", "--patient", "Ann", "--format", "fhir", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("exported 1 entry to ");
        JsonNode bundle = JSON.readTree(out.toFile());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("entry").get(1).get("resource").get("resourceType").asText()).isEqualTo("MedicationStatement");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(run("export", "--patient", "Ann", "--format", "xml").code()).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.medlist.store.DamagedFile.class)
    void aDamagedDatabaseExitsOneWithTheReasonAndTheBackupToRestore(org.medlist.store.DamagedFile damage) throws Exception {
        Path file = damage.create(dir);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MedListCommand.run(() -> { throw new AssertionError(); }, new PrintWriter(out), new PrintWriter(err),
                    "--db", file.toString(), "list", "--patient", "Ann");
            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString().lines()).singleElement().asString().startsWith("medlist: ").contains(damage.message)
                    .doesNotContain("Exception");
            if (damage.hasBackup()) {
                Path backup = org.medlist.store.Backups.latestAutomatic(file).orElseThrow();
                assertThat(err.toString()).contains("The latest automatic backup is " + backup + "; to restore it: medlist --db " + file + " restore " + backup);
            }
            if (before != null) assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            damage.cleanUp(file);
        }
    }
}
