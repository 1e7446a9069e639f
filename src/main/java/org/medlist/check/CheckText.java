package org.medlist.check;

/** The one-line headline of a check, in the same words everywhere (window, CLI, printout). */
public final class CheckText {
    private CheckText() {}

    public static String headline(CheckResult r) {
        int checked = r.checked().size();
        int unchecked = r.notChecked().size();
        String notChecked = unchecked == 0 ? "" : " " + unchecked + (unchecked == 1 ? " medicine was" : " medicines were")
                + " not recognised and not checked.";
        long warnings = r.warningCount();
        if (warnings == 0) {
            String minor = r.all().isEmpty() ? "" : " (" + r.all().size() + " minor or ungraded " + (r.all().size() == 1 ? "note" : "notes") + ")";
            return "No interactions found among " + checked + " checked " + (checked == 1 ? "medicine" : "medicines") + minor + "." + notChecked;
        }
        return warnings + (warnings == 1 ? " warning" : " warnings") + " among " + checked + " checked "
                + (checked == 1 ? "medicine" : "medicines") + "." + notChecked;
    }
}
