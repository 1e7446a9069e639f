package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help on every command, exit codes in the help, the benchmark out of the list, and "@file" taken as a name. */
class CliHelpTest {
    @TempDir Path dir;


    CliRun run(String... args) { return CliRun.on(dir.resolve("help.db"), args); }

    @Test
    void everyCommandAnswersHelpAndTheTopLevelHelpListsTheExitCodes() {
        for (String command : new String[] {"check", "add", "list", "resolve", "report", "import", "export", "patient", "backup", "restore"}) {
            CliRun r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: medlist " + command);
        }
        CliRun top = run("--help");
        assertThat(top.out()).contains("Exit codes:").contains("0   done").contains("2   invalid input").doesNotContain("bench");
        assertThat(run("help", "check").out()).startsWith("Usage: medlist check");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsANameNotAFileToRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Lexapro");
        assertThat(run("patient", "add", "Ann").code()).isZero();
        CliRun added = run("add", "--patient", "Ann", "@" + secret);
        assertThat(added.code()).isZero();
        assertThat(run("list", "--patient", "Ann").out()).contains("@" + secret).doesNotContain("\tLexapro");
    }
}
