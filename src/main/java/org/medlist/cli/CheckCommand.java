package org.medlist.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medlist.app.Knowledge;
import org.medlist.app.MedList;
import org.medlist.precautions.PersonCheck;
import java.util.concurrent.Callable;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.check.CheckText;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.model.Profile;
import org.medlist.model.InvalidInputException;
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
    @Option(names = "--age", paramLabel = "N", description = "What-if: the person's age.") Integer age;
    @Option(names = "--pregnant", description = "What-if: pregnant.") boolean pregnant;
    @Option(names = "--breastfeeding", description = "What-if: breastfeeding.") boolean breastfeeding;
    @Option(names = "--drives", description = "What-if: drives.") boolean drives;
    @Option(names = "--alcohol", description = "What-if: drinks alcohol.") boolean alcohol;
    @Option(names = "--allergy", paramLabel = "NAME[:REACTION]", description = "What-if: an allergy; repeatable.") List<String> allergies = new ArrayList<>();
    @Option(names = "--condition", paramLabel = "NAME", description = "What-if: a condition; repeatable.") List<String> conditions = new ArrayList<>();

    @Override
    public Integer call() {
        if (patient == null && names.isEmpty()) throw new InvalidInputException("Give medicine names to check, or --patient NAME.");
        if (age != null && (age < 0 || age > 130)) throw new InvalidInputException("--age must be between 0 and 130.");
        for (String name : names) if (name.isBlank()) throw new InvalidInputException("A medicine name is empty.");
        Knowledge knowledge = root.knowledge();
        Optional<Profile> whatIf = hasWhatIfProfile() ? Optional.of(whatIfProfile(knowledge)) : Optional.empty();
        PersonCheck full;
        if (patient != null) {
            try (MedList app = root.openMedList()) {
                full = app.check(app.person(patient).id(), names, whatIf);
            }
        } else {
            full = knowledge.checkNames(names, whatIf.orElseGet(Profile::unknown));
        }
        CheckResult result = full.result();
        if (json) {
            List<CheckJson.NotChecked> notChecked = result.notChecked().stream()
                    .map(c -> CheckJson.notChecked(c, knowledge.resolve(c.label()).suggestions().stream().map(ResolveCommand.SuggestionJson::of).toList()))
                    .toList();
            root.out().println(Json.write(CheckJson.of(result, notChecked, knowledge.knowledgeBase(), full.profile())));
        } else {
            printText(result, knowledge.knowledgeBase());
            for (String a : full.profile().allergiesNotChecked()) {
                root.out().println("[ALLERGY NOT CHECKED] '" + a + "' is not recognised, so no medicine was checked against it.");
            }
            if (!full.profile().precautions().isEmpty()) root.out().println("Precautions:");
            full.profile().precautions().forEach(p -> root.out().println("  [" + p.topic() + "] " + String.join(", ", p.medications())
                    + ": " + p.text() + " (Source: " + String.join("; ", p.sources()) + ")"));
        }
        return MedListCommand.OK;
    }

    private boolean hasWhatIfProfile() {
        return age != null || pregnant || breastfeeding || drives || alcohol || !allergies.isEmpty() || !conditions.isEmpty();
    }

    /** The profile the what-if flags describe; flags not given are "not known" (which hides nothing). */
    private Profile whatIfProfile(Knowledge knowledge) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String c : conditions) {
            codes.add(knowledge.conditionCode(c).orElseThrow(() -> new InvalidInputException("Unknown condition '" + c + "'. Known: "
                    + String.join(", ", knowledge.knowledgeBase().conditions().keySet()) + ".")));
        }
        List<Profile.Allergy> allergyList = ProfileOptions.allergies(allergies);
        return new Profile(Optional.empty(), Optional.ofNullable(age), pregnant, false, breastfeeding,
                drives ? Optional.of(true) : Optional.empty(), alcohol ? Optional.of(true) : Optional.empty(),
                allergyList.isEmpty() ? Profile.AllergyState.NOT_RECORDED : Profile.AllergyState.RECORDED, allergyList, codes, "");
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
