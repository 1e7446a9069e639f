package org.medlist.cli;

import org.medlist.app.MedList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "patient", description = "Manage a person whose medicines are kept.",
        subcommands = {PatientCommand.Add.class, PatientCommand.Set.class})
final class PatientCommand {

    @ParentCommand MedListCommand root;

    @Command(name = "add", description = "Add a person.")
    static final class Add implements Callable<Integer> {
        @ParentCommand PatientCommand parent;
        @Parameters(paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            try (MedList app = parent.root.openMedList()) {
                var person = app.addPerson(name);
                parent.root.out().println("added person " + person.id());
                return MedListCommand.OK;
            }
        }
    }

    @Command(name = "set", description = "Set a person's profile; options not given keep their value. --allergy and --condition replace the lists.")
    static final class Set implements java.util.concurrent.Callable<Integer> {
        @ParentCommand PatientCommand parent;
        @Parameters(paramLabel = "NAME") String name;
        @picocli.CommandLine.Option(names = "--born", paramLabel = "YYYY-MM-DD") String born;
        @picocli.CommandLine.Option(names = "--allergy", paramLabel = "NAME[:REACTION]", description = "An ingredient, a medicine or a group (penicillins, sulfa drugs…); repeatable.")
        java.util.List<String> allergies = new java.util.ArrayList<>();
        @picocli.CommandLine.Option(names = "--no-known-allergies") boolean noKnownAllergies;
        @picocli.CommandLine.Option(names = "--condition", paramLabel = "NAME", description = "e.g. kidney_disease, liver_disease, seizures, heart_rhythm, glaucoma, asthma; repeatable.")
        java.util.List<String> conditions = new java.util.ArrayList<>();
        @picocli.CommandLine.Option(names = "--pregnant", negatable = true) Boolean pregnant;
        @picocli.CommandLine.Option(names = "--planning-pregnancy", negatable = true) Boolean planning;
        @picocli.CommandLine.Option(names = "--breastfeeding", negatable = true) Boolean breastfeeding;
        @picocli.CommandLine.Option(names = "--drives", negatable = true) Boolean drives;
        @picocli.CommandLine.Option(names = "--alcohol", negatable = true, description = "Drinks alcohol.") Boolean alcohol;
        @picocli.CommandLine.Option(names = "--emergency-contact", paramLabel = "TEXT",
                description = "Who to call in an emergency, for the wallet card (\"\" clears it).") String emergencyContact;

        @Override
        public Integer call() {
            if (noKnownAllergies && !allergies.isEmpty()) {
                throw new org.medlist.model.InvalidInputException("Give either --allergy or --no-known-allergies, not both.");
            }
            var born = AddCommand.parseDate(this.born);
            var allergyList = ProfileOptions.allergies(allergies);
            var knowledge = parent.root.knowledge();
            java.util.Set<String> codes = new java.util.TreeSet<>();
            java.util.List<String> other = new java.util.ArrayList<>();
            for (String c : conditions) knowledge.conditionCode(c).ifPresentOrElse(codes::add, () -> other.add(c.strip()));
            try (MedList app = parent.root.openMedList()) {
                long id = app.person(name).id();
                var p = app.profile(id);
                var state = noKnownAllergies ? org.medlist.model.Profile.AllergyState.NONE_KNOWN : p.allergyState();
                var newAllergies = noKnownAllergies ? java.util.List.<org.medlist.model.Profile.Allergy>of() : allergies.isEmpty() ? p.allergies() : allergyList;
                var updated = new org.medlist.model.Profile(born.or(p::born), java.util.Optional.empty(),
                        pregnant != null ? pregnant : p.pregnant(), planning != null ? planning : p.planningPregnancy(),
                        breastfeeding != null ? breastfeeding : p.breastfeeding(),
                        drives != null ? java.util.Optional.of(drives) : p.drives(), alcohol != null ? java.util.Optional.of(alcohol) : p.drinksAlcohol(),
                        state, newAllergies, conditions.isEmpty() ? p.conditions() : codes,
                        conditions.isEmpty() ? p.otherConditions() : String.join("; ", other));
                if (emergencyContact != null) app.saveProfile(id, updated, emergencyContact); // a bad contact is refused before anything is written
                else app.saveProfile(id, updated);
                parent.root.out().println("updated " + name.strip());
                if (!other.isEmpty()) {
                    parent.root.err().println("note: kept as free text, not used for precautions: " + String.join(", ", other)
                            + " (known: " + String.join(", ", knowledge.knowledgeBase().conditions().keySet()) + ")");
                }
                return MedListCommand.OK;
            }
        }
    }
}
