package org.medlist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medlist.knowledge.build.KnowledgeBaseBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "kb", description = "The bundled knowledge base.", subcommands = KbCommand.Build.class)
final class KbCommand {
    @ParentCommand MedListCommand root;

    @Command(name = "build", description = "Rebuild resources/knowledge/runtime from resources/knowledge/sources and curated.")
    static final class Build implements Callable<Integer> {
        @ParentCommand KbCommand parent;
        @Option(names = "--knowledge", paramLabel = "DIR", description = "The knowledge folder (default: resources/knowledge).")
        Path knowledge = Path.of("resources", "knowledge");
        @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: <knowledge>/runtime).")
        Path out;

        @Override
        public Integer call() {
            String summary = new KnowledgeBaseBuilder(knowledge).build(out != null ? out : knowledge.resolve("runtime"));
            parent.root.out().println(summary);
            return MedListCommand.OK;
        }
    }
}
