package org.medlist.check;

/**
 * The one-line headline of a check, in the same words everywhere (window, CLI, printout). It speaks
 * only of the recognised medicines, says how many were checked, names what was not checked, and
 * never says "safe".
 */
public final class CheckText {
    private CheckText() {}

    public static String headline(CheckResult r) {
        int checked = r.checked().size();
        String among = " among " + checked + " checked " + (checked == 1 ? "medicine" : "medicines");
        long medicineWarnings = java.util.stream.Stream.of(r.interactions(), r.duplicates(), r.groups())
                .flatMap(java.util.List::stream).filter(f -> f.severity().isWarning()).count();
        long foodWarnings = r.foodAndDrink().stream().filter(f -> f.severity().isWarning()).count();
        long notes = r.all().stream().filter(f -> !f.severity().isWarning()).count();
        StringBuilder s = new StringBuilder();
        int allergyWarnings = r.allergies().size();
        if (allergyWarnings > 0) {
            s.append(allergyWarnings).append(allergyWarnings == 1 ? " allergy warning; " : " allergy warnings; ");
        }
        long profileWarnings = r.profileWarnings().stream().filter(f -> f.severity().isWarning()).count();
        if (profileWarnings > 0) {
            s.append(profileWarnings).append(profileWarnings == 1 ? " warning for this person's profile; " : " warnings for this person's profile; ");
        }
        if (medicineWarnings == 0) {
            s.append(s.length() == 0 ? "No" : "no").append(" interactions found").append(among);
        } else {
            s.append(medicineWarnings).append(medicineWarnings == 1 ? " warning" : " warnings").append(among);
        }
        if (foodWarnings > 0) s.append("; ").append(foodWarnings).append(foodWarnings == 1 ? " food and drink caution" : " food and drink cautions");
        if (notes > 0) s.append("; ").append(notes).append(notes == 1 ? " minor or ungraded note" : " minor or ungraded notes");
        s.append('.');
        int unchecked = r.notChecked().size();
        if (unchecked > 0) {
            s.append(' ').append(unchecked).append(unchecked == 1 ? " medicine was" : " medicines were").append(" not recognised and not checked.");
        }
        return s.toString();
    }
}
