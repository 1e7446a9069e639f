package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} with --since, --card and --json, and {@code patient set --emergency-contact}, against a real database file. */
class ReportCommandTest {
    @TempDir Path dir;


    CliRun run(String... args) { return CliRun.on(dir.resolve("cli.db"), args); }

    static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSecondReportListsWhatChangedSinceTheFirstAndJsonSaysSince() throws Exception {
        run("patient", "add", "Ann");
        run("add", "--patient", "Ann", "Warfarin 5 mg", "--when", "evening", "--started", "2024-01-10");
        String aspirin = run("add", "--patient", "Ann", "Aspirin 81 mg", "--when", "morning", "--started", "2024-01-10").out().trim().split(" ")[1];
        Path first = dir.resolve("first.pdf");
        CliRun r = run("report", "--patient", "Ann", "--pdf", first.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("wrote .*first\\.pdf \\(\\d+ pages?\\)\\R");

        run("stop", "--patient", "Ann", aspirin);
        run("add", "--patient", "Ann", "Metformin 500 mg", "--when", "morning");
        Path second = dir.resolve("second.pdf");
        JsonNode json = run("report", "--patient", "Ann", "--pdf", second.toString(), "--json").json();
        assertThat(json.get("since").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(json.get("pages").asInt()).isEqualTo(Loader.loadPDF(second.toFile()).getNumberOfPages());
        assertThat(text(second)).contains("What changed since " + org.medlist.summary.SummaryPdf.day(LocalDate.now()))
                .contains("Stopped: Aspirin 81 mg").contains("Started: Metformin 500 mg");

        JsonNode chosen = run("report", "--patient", "Ann", "--pdf", second.toString(), "--since", "2023-12-01", "--json").json();
        assertThat(chosen.get("since").asText()).isEqualTo("2023-12-01");
        assertThat(text(second)).contains("Started: Warfarin 5 mg");

        assertThat(run("report", "--patient", "Ann", "--pdf", second.toString(), "--since", "yesterday").err())
                .contains("'yesterday' is not a date: use YYYY-MM-DD.");
        assertThat(run("report", "--patient", "Ann", "--pdf", second.toString(), "--since", LocalDate.now().plusDays(3).toString()).code())
                .isEqualTo(2);
    }

    @Test
    void theCardIsOnePageWithTheEmergencyContactSetFromTheCommandLine() throws Exception {
        run("patient", "add", "Ann");
        assertThat(run("patient", "set", "Ann", "--emergency-contact", "Bob (son) 555 0100", "--allergy", "penicillins:rash").code()).isZero();
        run("add", "--patient", "Ann", "Warfarin 5 mg", "--dose", "1 tablet", "--when", "evening");
        Path card = dir.resolve("card.pdf");
        CliRun r = run("report", "--patient", "Ann", "--pdf", card.toString(), "--card");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("wrote .*card\\.pdf \\(1 page\\)\\R");
        assertThat(text(card)).contains("MEDICATION CARD").contains("In an emergency call: Bob (son) 555 0100")
                .contains("ALLERGIES: penicillins (rash)").contains("• Warfarin 5 mg — 1 tablet, evening");
        JsonNode json = run("report", "--patient", "Ann", "--pdf", card.toString(), "--card", "--json", "--paper", "letter").json();
        assertThat(json.get("pages").asInt()).isEqualTo(1);
        assertThat(json.get("since").isNull()).isTrue();

        CliRun bad = run("patient", "set", "Ann", "--emergency-contact", "x".repeat(300), "--born", "1950-01-01");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("The emergency contact is too long");
        run("report", "--patient", "Ann", "--pdf", card.toString(), "--card");
        assertThat(text(card)).contains("Bob (son) 555 0100").contains("Date of birth not recorded").doesNotContain("1 Jan 1950"); // nothing was written
    }
}
