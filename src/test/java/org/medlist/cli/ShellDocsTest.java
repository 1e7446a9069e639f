package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man page and completion the installers ship, generated from the same model as --help. */
class ShellDocsTest {
    @TempDir Path dir;

    private static List<CommandSpec> visibleCommands(CommandSpec spec) {
        List<CommandSpec> all = new ArrayList<>();
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (s.usageMessage().hidden() || all.contains(s)) continue;
            all.add(s);
            all.addAll(visibleCommands(s));
        }
        return all;
    }

    @Test
    void theManPageHasEveryVisibleCommandOptionAndExitCodeAndNoHiddenOne() throws Exception {
        ShellDocs.main(new String[] {dir.toString()});
        String man = Files.readString(dir.resolve("medlist.1"), StandardCharsets.UTF_8);
        CommandSpec root = ShellDocs.commandLine().getCommandSpec();
        List<CommandSpec> commands = visibleCommands(root);
        assertThat(commands).extracting(CommandSpec::name).contains("check", "patient", "add", "kb", "build", "help").doesNotContain("bench");
        for (CommandSpec c : commands) {
            assertThat(man).as(c.qualifiedName()).contains(".SS \"" + ShellDocs.escape(c.qualifiedName()));
            for (OptionSpec o : c.options()) {
                if (!o.hidden()) assertThat(man).as(c.qualifiedName() + " " + o.longestName()).contains("\\fB" + ShellDocs.escape(o.longestName()) + "\\fR");
            }
        }
        assertThat(man).doesNotContain("bench");
        for (String code : root.usageMessage().exitCodeList().keySet()) assertThat(man).contains(".TP\n.B " + code.strip() + "\n");
        assertThat(man).contains(".TH MEDLIST 1").contains("MedList " + org.medlist.MedListVersion.VERSION);
        assertThat(man.lines()).noneMatch(line -> line.startsWith("'") || (line.startsWith(".") && !line.matches("^\\.(\\\\\"|TH|SH|SS|TP|B|I|br)( .*)?$")));
    }

    @Test
    void manRendersThePageWithoutWarnings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        ShellDocs.main(new String[] {dir.toString()});
        Process man = new ProcessBuilder("man", "--warnings", "-l", dir.resolve("medlist.1").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("man.txt").toFile()).start();
        man.getOutputStream().close();
        assertThat(man.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String shown = Files.readString(dir.resolve("man.txt"), StandardCharsets.UTF_8);
        assertThat(man.exitValue()).as(shown).isZero();
        assertThat(shown).contains("EXIT STATUS").contains("medlist check").doesNotContain("troff:");
    }

    @Test
    void bashAcceptsTheCompletionAndItCompletesSubcommands() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        ShellDocs.main(new String[] {dir.toString()});
        String script = "source '" + dir.resolve("medlist.bash") + "' && complete -p medlist"
                + " && COMP_WORDS=(medlist pat) COMP_CWORD=1 COMP_LINE='medlist pat' COMP_POINT=11 && _complete_medlist 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true).redirectOutput(dir.resolve("bash.txt").toFile()).start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("bash.txt"), StandardCharsets.UTF_8);
        assertThat(output).contains("complete -o default -F _complete_medlist medlist").contains("patient\n").contains("patients\n").doesNotContain("bench");
        Process syntax = new ProcessBuilder("/bin/bash", "-n", dir.resolve("medlist.bash").toString()).start();
        assertThat(syntax.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(syntax.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("_medlist"))).startsWith("#compdef medlist\n").contains("_complete_medlist");
    }
}
