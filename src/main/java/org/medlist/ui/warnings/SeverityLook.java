package org.medlist.ui.warnings;

import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.medlist.knowledge.Severity;

/** How a severity looks: always a word and an icon, with colour only as a third cue. */
final class SeverityLook {
    private SeverityLook() {}

    static Ikon icon(Severity s) {
        return switch (s) {
            case CONTRAINDICATED -> MaterialDesignC.CLOSE_OCTAGON;
            case MAJOR -> MaterialDesignA.ALERT_OCTAGON;
            case MODERATE -> MaterialDesignA.ALERT;
            case MINOR -> MaterialDesignI.INFORMATION_OUTLINE;
            case INFO, UNKNOWN -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }

    static String styleClass(Severity s) { return "ml-sev-" + s.code(); }

    /** "SERIOUS" (or "ALLERGY") with its icon, for list rows and the detail header. */
    static Label badge(org.medlist.check.Finding f) {
        Label l = badge(f.severity());
        if (f.kind() == org.medlist.check.Finding.Kind.ALLERGY) l.setText("ALLERGY");
        return l;
    }

    static Label badge(Severity s) {
        FontIcon icon = org.medlist.ui.common.Icons.of(icon(s)); // grows with the text
        Label l = new Label(s.label().toUpperCase(java.util.Locale.ROOT), icon);
        l.getStyleClass().addAll("ml-severity", styleClass(s));
        l.setAccessibleText("Severity: " + s.label());
        return l;
    }
}
