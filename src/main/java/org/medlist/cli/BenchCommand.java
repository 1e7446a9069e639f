package org.medlist.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.medlist.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", hidden = true, description = "Run the reproducible performance figures (see README, 'Performance').")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--json", description = "Print JSON (stable keys).") boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> figures = new Benchmark().run();
        if (json) {
            root.out().println(Json.write(figures));
        } else {
            figures.forEach((k, v) -> root.out().println(k + ": " + v));
        }
        return MedListCommand.OK;
    }
}
