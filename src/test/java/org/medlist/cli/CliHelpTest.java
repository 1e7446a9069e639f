package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help on every command, exit codes in the help, the benchmark out of the list, and "@file" taken as a name. */
class CliHelpTest {
    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("help.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = MedListCommand.run(() -> { throw new AssertionError("no window"); }, new PrintWriter(out), new PrintWriter(err), all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandAnswersHelpAndTheTopLevelHelpListsTheExitCodes() {
        for (String command : new String[] {"check", "add", "list", "resolve", "report", "import", "export", "patient", "backup", "restore"}) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: medlist " + command);
        }
        Result top = run("--help");
        assertThat(top.out()).contains("Exit codes:").contains("0   done").contains("2   invalid input").doesNotContain("bench");
        assertThat(run("help", "check").out()).startsWith("Usage: medlist check");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsANameNotAFileToRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Lexapro");
        assertThat(run("patient", "add", "Ann").code()).isZero();
        Result added = run("add", "--patient", "Ann", "@" + secret);
        assertThat(added.code()).isZero();
        assertThat(run("list", "--patient", "Ann").out()).contains("@" + secret).doesNotContain("\tLexapro");
    }
}
