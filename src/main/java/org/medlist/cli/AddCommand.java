package org.medlist.cli;

import org.medlist.app.MedList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.model.TimeOfDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = "Add a medicine to a person's list; prints 'added <id>' once it is saved.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", required = true, paramLabel = "NAME") String patient;
    @Parameters(paramLabel = "MEDICINE", description = "The name as you would write it, e.g. \"Lexapro 10 mg\".") String medicine;
    @Option(names = "--dose", paramLabel = "TEXT") String dose = "";
    @Option(names = "--strength", paramLabel = "TEXT") String strength = "";
    @Option(names = "--when", paramLabel = "TEXT", description = "e.g. \"morning, bedtime\" or \"twice a day\".") String when = "";
    @Option(names = "--why", paramLabel = "TEXT") String why = "";
    @Option(names = "--prescriber", paramLabel = "TEXT") String prescriber = "";
    @Option(names = "--started", paramLabel = "YYYY-MM-DD") String started;
    @Option(names = "--kind", paramLabel = "rx|otc|supplement") String kind = "rx";

    @Override
    public Integer call() {
        Set<TimeOfDay> slots = EnumSet.noneOf(TimeOfDay.class);
        String whenText = splitSchedule(when, slots);
        MedicationDetails details = new MedicationDetails(medicine, strength, dose, "", "", slots, whenText, why, prescriber,
                parseDate(started), "", Kind.fromCode(kind)).validated(root.today());
        try (MedList app = root.openMedList()) {
            var added = app.add(app.person(patient).id(), details);
            root.out().println("added " + added.id());
            if (!added.isRecognized()) {
                root.err().println("note: '" + details.name() + "' is not recognised, so it is listed as not checked for interactions.");
            }
            return MedListCommand.OK;
        }
    }

    /** "morning, bedtime" fills the slots; anything else ("twice a day") is kept as the user's text. */
    static String splitSchedule(String when, Set<TimeOfDay> slots) {
        String[] parts = when.split(",");
        Set<TimeOfDay> found = EnumSet.noneOf(TimeOfDay.class);
        for (String part : parts) {
            Optional<TimeOfDay> slot = TimeOfDay.fromWord(part);
            if (slot.isEmpty()) return when;
            found.add(slot.get());
        }
        slots.addAll(found);
        return "";
    }

    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + text + "' is not a date: use YYYY-MM-DD.");
        }
    }
}
