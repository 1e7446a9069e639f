package org.medlist.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.check.Checker;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.check.CheckText;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.medications.Recognition;
import org.medlist.store.Database;
import org.medlist.store.InvalidInputException;
import org.medlist.store.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {
        "Check every pair of medicines for interactions.",
        "  medlist check NAME...             what-if: checks the names given, touches no database",
        "  medlist check --patient NAME      checks that person's current medicines (plus any NAMEs given)"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME") String patient;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Parameters(paramLabel = "NAME", arity = "0..*") List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        if (patient == null && names.isEmpty()) throw new InvalidInputException("Give medicine names to check, or --patient NAME.");
        KnowledgeBase kb = KnowledgeBase.loadBundled();
        Resolver resolver = new Resolver(kb);
        List<CheckInput> inputs = new ArrayList<>();
        Map<String, List<ResolveCommand.SuggestionJson>> suggestions = new java.util.HashMap<>();
        if (patient != null) {
            try (Database db = root.openDatabase()) {
                long personId = new PersonStore(db).require(patient).id();
                MedicationStore store = new MedicationStore(db);
                List<Medication> current = new Recognition(kb).refresh(store, store.current(personId));
                for (Medication m : current) inputs.add(input(resolver, m.name(), m, suggestions));
            }
        }
        for (String name : names) {
            if (name.isBlank()) throw new InvalidInputException("A medicine name is empty.");
            inputs.add(input(resolver, name, null, suggestions));
        }
        CheckResult result = new Checker(kb).check(inputs);
        if (json) {
            List<CheckJson.NotChecked> notChecked = result.notChecked().stream()
                    .map(c -> CheckJson.notChecked(c, suggestions.getOrDefault(c.label(), List.of()))).toList();
            root.out().println(Json.write(CheckJson.of(result, notChecked, kb)));
        } else {
            printText(result, kb);
        }
        return MedListCommand.OK;
    }

    /** A stored, recognised entry keeps the ingredients recorded with it (refreshed above if the knowledge base changed). */
    private static CheckInput input(Resolver resolver, String name, Medication stored,
                                    Map<String, List<ResolveCommand.SuggestionJson>> suggestions) {
        if (stored != null && stored.isRecognized()) {
            return new CheckInput(name, stored.ingredients(), List.of());
        }
        Resolution r = resolver.resolve(name);
        if (!r.recognized()) suggestions.put(name, r.suggestions().stream().map(ResolveCommand.SuggestionJson::of).toList());
        return new CheckInput(name, r.ingredients(), r.suggestions().stream().map(s -> s.name()).toList());
    }

    private void printText(CheckResult r, KnowledgeBase kb) {
        var out = root.out();
        out.println(CheckText.headline(r));
        for (Finding f : r.all()) {
            out.println();
            out.println("[" + f.severity().label().toUpperCase(java.util.Locale.ROOT) + "] " + f.title());
            out.println("  " + f.summary());
            if (!f.watchFor().isEmpty()) out.println("  Watch for: " + String.join("; ", f.watchFor()));
            out.println("  What to do: " + f.whatToDo());
            for (Citation c : f.sources()) out.println("  Source: " + c.sourceName() + " (" + c.grade() + ")");
        }
        for (CheckInput c : r.notChecked()) {
            out.println();
            out.println("[NOT CHECKED] " + c.label() + ": not recognised, so not checked for interactions"
                    + (c.suggestions().isEmpty() ? "." : " (did you mean " + String.join(", ", c.suggestions()) + "?)"));
        }
        out.println();
        out.println("Knowledge base " + kb.version() + ". This is not medical advice: talk to your doctor or pharmacist.");
    }
}
