package org.medlist.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "resolve", description = "Show the ingredients each name stands for, or suggestions when it is not recognised.")
final class ResolveCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Parameters(paramLabel = "NAME", arity = "1..*") List<String> inputs;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultJson(String input, boolean recognized, String name, List<String> ingredients, List<SuggestionJson> suggestions) {
        static ResultJson of(Resolution r) {
            return new ResultJson(r.input(), r.recognized(), r.recognized() ? r.name() : null, r.ingredients(),
                    r.suggestions().stream().map(SuggestionJson::of).toList());
        }
    }

    record SuggestionJson(String name, List<String> ingredients) {
        static SuggestionJson of(NameEntry e) { return new SuggestionJson(e.name(), e.ingredients()); }
    }

    @Override
    public Integer call() {
        List<Resolution> results = inputs.stream().map(root.knowledge()::resolve).toList();
        if (json) {
            root.out().println(Json.write(Map.of("results", results.stream().map(ResultJson::of).toList())));
            return MedListCommand.OK;
        }
        for (Resolution r : results) {
            if (r.recognized()) {
                root.out().println(r.input() + ": " + r.name() + " = " + String.join(" + ", r.ingredients()));
            } else {
                String hint = r.suggestions().isEmpty() ? "no suggestions"
                        : "did you mean " + String.join(", ", r.suggestions().stream().map(NameEntry::name).toList()) + "?";
                root.out().println(r.input() + ": not recognised — not checked (" + hint + ")");
            }
        }
        return MedListCommand.OK;
    }
}
