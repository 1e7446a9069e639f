package org.medlist.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page and the shell completion, generated from the command line's own picocli model when the
 * installers are built (installer/build.sh), so that they cannot drift from {@code --help}. Not a
 * subcommand: {@code java -cp medlist.jar org.medlist.cli.ShellDocs DIR} writes {@code medlist.1},
 * {@code medlist.bash} (bash, and zsh through bashcompinit) and {@code _medlist} (zsh) into DIR.
 * The man page is troff written here: picocli-codegen's ManPageGenerator writes AsciiDoc, which would
 * need Asciidoctor to become a man page.
 */
public final class ShellDocs {
    private ShellDocs() {}

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
        CommandLine cl = commandLine();
        Files.writeString(out.resolve("medlist.1"), manPage(cl.getCommandSpec(), System.getProperty("medlist.date", "")), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("medlist.bash"), AutoComplete.bash("medlist", cl), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("_medlist"), zshCompletion(), StandardCharsets.UTF_8);
    }

    /** The command line exactly as {@link MedListCommand#run} builds it (the window is never opened here). */
    static CommandLine commandLine() {
        return new CommandLine(new MedListCommand(database -> { }));
    }

    /**
     * zsh runs the bash script through its bashcompinit layer (the script enables it itself): this file
     * is autoloaded from zsh's completion path at the first completion of medlist, loads the script, and
     * completes that first word too.
     */
    static String zshCompletion() {
        return """
                #compdef medlist
                # MedList's zsh completion: the bash completion generated from the picocli model, run by zsh's bashcompinit.
                autoload -U +X bashcompinit && bashcompinit
                source /usr/share/bash-completion/completions/medlist
                _bash_complete -o default -F _complete_medlist "$@"
                """;
    }

    static String manPage(CommandSpec root, String date) {
        StringBuilder m = new StringBuilder();
        m.append(".\\\" Generated from MedList's picocli model by org.medlist.cli.ShellDocs; do not edit.\n");
        m.append(".TH MEDLIST 1 \"").append(date).append("\" \"").append(escape(root.version()[0])).append("\" \"User Commands\"\n");
        m.append(".SH NAME\nmedlist \\- ").append(escape(String.join(" ", root.usageMessage().description()))).append('\n');
        m.append(".SH SYNOPSIS\n.B medlist\n[\\fIOPTIONS\\fR]\n.br\n.B medlist\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]\n");
        m.append(".SH DESCRIPTION\nWithout a command, MedList opens its window. With a command, it runs without a window and exits; "
                + "messages are one line on standard error.\n");
        m.append("Every command answers \\fB\\-\\-help\\fR, as does \\fBmedlist help\\fR \\fICOMMAND\\fR.\n");
        m.append(".SH OPTIONS\n");
        options(m, root);
        m.append(".SH COMMANDS\n");
        for (CommandLine sub : root.subcommands().values().stream().distinct().toList()) command(m, sub.getCommandSpec(), "medlist");
        m.append(".SH EXIT STATUS\n");
        root.usageMessage().exitCodeList().forEach((code, meaning) ->
                m.append(".TP\n.B ").append(escape(code.strip())).append('\n').append(escape(meaning)).append('\n'));
        m.append(".SH FILES\n.TP\n.I ~/.local/share/medlist/medlist.db\nThe database (\\fB$XDG_DATA_HOME/medlist\\fR when set), "
                + "with its automatic backups and the error log \\fImedlist.log\\fR beside it.\n");
        m.append(".TP\n.I ~/.cache/medlist/\nSQLite's native library when MedList runs as a jar (the installed app uses its own copy).\n");
        m.append(".SH NOTES\nMedList never uses the network. Its warnings come from the bundled knowledge base, whose sources and "
                + "licences the window's About box and every printout list. An unrecognised medicine is reported as not checked, "
                + "never as safe.\n");
        return m.toString();
    }

    private static void command(StringBuilder m, CommandSpec spec, String parent) {
        if (spec.usageMessage().hidden()) return;
        String name = parent + " " + spec.name();
        if (spec.name().equals("help")) {
            m.append(".SS \"medlist help [COMMAND]\"\n").append(description(spec)).append('\n');
            return;
        }
        m.append(".SS \"").append(escape(name));
        for (PositionalParamSpec p : spec.positionalParameters()) if (!p.hidden()) m.append(' ').append(escape(p.paramLabel())).append(p.arity().max() > 1 ? "..." : "");
        m.append("\"\n").append(description(spec)).append('\n');
        options(m, spec);
        for (CommandLine sub : spec.subcommands().values().stream().distinct().toList()) command(m, sub.getCommandSpec(), name);
    }

    private static void options(StringBuilder m, CommandSpec spec) {
        List<ArgSpec> args = new ArrayList<>();
        boolean root = spec.parent() == null;
        for (OptionSpec o : spec.options()) {
            // -h and -V work everywhere: listed once, under the top-level options
            if (!o.hidden() && !o.inherited() && (root || !(o.usageHelp() || o.versionHelp()))) args.add(o);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) if (!p.hidden() && p.description().length > 0) args.add(p);
        for (ArgSpec a : args) {
            m.append(".TP\n");
            if (a instanceof OptionSpec o) {
                List<String> names = new ArrayList<>();
                for (String n : o.names()) names.add("\\fB" + escape(n) + "\\fR");
                m.append(String.join(", ", names));
                if (o.arity().max() > 0) m.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                if (o.required()) m.append(" (required)");
            } else {
                m.append("\\fI").append(escape(a.paramLabel())).append("\\fR");
            }
            m.append('\n').append(escape(text(a.description()))).append('\n');
        }
    }

    private static String description(CommandSpec spec) {
        StringBuilder d = new StringBuilder();
        for (String line : spec.usageMessage().description()) {
            String text = format(line);
            if (d.length() > 0) d.append("\n.br\n");
            d.append(text.startsWith(" ") ? "\\ \\ " + escape(text.strip()) : escape(text));
        }
        return d.toString();
    }

    private static String text(String[] lines) {
        return format(String.join(" ", lines)).replace('\n', ' ');
    }

    /** picocli's own format codes (%n) as the help shows them. */
    private static String format(String line) {
        try {
            return String.format(line);
        } catch (java.util.IllegalFormatException e) {
            return line;
        }
    }

    /** Text safe in troff: backslashes, hyphens as minus signs, breaks after commas, no line starting with a control character. */
    static String escape(String text) {
        String s = Optional.ofNullable(text).orElse("").replace("\\", "\\e").replace("-", "\\-")
                .replace(",", ",\\:"); // a line may break after a comma (the CSV column list is one long word)
        return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
    }
}
