package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16's edge cases on the command line: each message is one line, plain words, naming the right thing. */
class SafetyEdgesCliTest {
    @TempDir Path dir;

    CliRun run(String... args) { return CliRun.on(dir.resolve("edges.db"), args); }

    CliRun withAnn(String... args) {
        assertThat(run("patient", "add", "Ann").code()).isZero();
        assertThat(run("add", "--patient", "Ann", "Lexapro").code()).isZero();
        return run(args);
    }

    @Test
    void aUsageErrorIsOneLineWithWhereToFindHelp() {
        CliRun r = run("add", "--patient");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("medlist: Missing required parameter for option '--patient' (NAME) (see 'medlist add --help')\n");
        CliRun unknown = run("frobnicate");
        assertThat(unknown.err().lines()).singleElement().asString().startsWith("medlist: Unmatched argument at index 2: 'frobnicate'")
                .endsWith("(see 'medlist --help')");
        CliRun nested = run("patient", "add");
        assertThat(nested.err()).isEqualTo("medlist: Missing required parameter: 'NAME' (see 'medlist patient add --help')\n");
    }

    @Test
    void inputWithLineBreaksOrControlCharactersIsEchoedEscapedOnOneLine() {
        CliRun r = run("list", "--patient", "Ann\nmedlist: all data deleted\u001b[2J");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("medlist: No person named 'Ann\\nmedlist: all data deleted\\u001B[2J'.\n");
        CliRun bidi = run("list", "--patient", "Ann\u202Egnp.exe");
        assertThat(bidi.err()).isEqualTo("medlist: No person named 'Ann\\u202Egnp.exe'.\n");
        CliRun option = run("add", "--patient", "Ann", "--kind", "r\nx", "Advil");
        assertThat(option.err()).isEqualTo("medlist: Unknown kind 'r\\nx': use rx, otc or supplement.\n");
    }

    @Test
    void atFileArgumentsAreNamesNotFilesToRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        run("patient", "add", "Ann");
        CliRun r = run("add", "--patient", "Ann", "@" + secret);
        assertThat(r.code()).isZero();
        assertThat(run("list", "--patient", "Ann").out()).contains("@" + secret).doesNotContain("root:x");
    }

    @Test
    void exportToAFolderThatDoesNotExistNamesTheTargetFile() {
        Path target = dir.resolve("no-such-folder").resolve("ann.csv");
        CliRun r = withAnn("export", "--patient", "Ann", "--format", "csv", "--out", target.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("medlist: Could not write " + target + ": the folder " + target.getParent() + " does not exist.\n");
    }

    @Test
    void reportToAnOverLongFileNameNamesTheTargetFile() {
        Path target = dir.resolve("a".repeat(300) + ".pdf");
        CliRun r = withAnn("report", "--patient", "Ann", "--pdf", target.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("medlist: Could not write " + target + ": the file name is too long (at most 255 bytes).\n");
        assertThat(dir.toFile().list()).noneMatch(n -> n.startsWith(".medlist-"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void exportIntoProcNamesTheTargetFile() {
        CliRun r = withAnn("export", "--patient", "Ann", "--format", "fhir", "--out", "/proc/ann.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("medlist: Could not write /proc/ann.json: ").endsWith(".\n").doesNotContain("unexpected")
                .doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        CliRun report = run("report", "--patient", "Ann", "--pdf", "/proc/self/ann.pdf");
        assertThat(report.err()).startsWith("medlist: Could not write /proc/self/ann.pdf: ").doesNotContain("Exception");
    }

    @Test
    void patientSetRefusesAHugeConditionAndYearZeroNamingTheField() {
        run("patient", "add", "Zoe\u0308");
        CliRun twice = run("patient", "add", "Zo\u00eb");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("medlist: A person named 'Zo\u00eb' already exists.\n");
        CliRun condition = run("patient", "set", "Zo\u00eb", "--condition", "c".repeat(100_000));
        assertThat(condition.code()).isEqualTo(2);
        assertThat(condition.err()).isEqualTo("medlist: The conditions are too long (100,000 characters; at most 2,000).\n");
        CliRun born = run("patient", "set", "Zoe\u0308", "--born", "0000-01-01");
        assertThat(born.err()).isEqualTo("medlist: The date of birth 0000-01-01 is before 1900.\n");
        CliRun started = run("add", "--patient", "Zo\u00eb", "Advil", "--started", "-0001-01-01");
        assertThat(started.err()).isEqualTo("medlist: The start date -0001-01-01 is before 1900.\n");
    }
}
