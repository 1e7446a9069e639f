package org.medlist.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Small modal questions. Kept behind this class so the view code reads as intent. */
public final class Dialogs {
    private Dialogs() {}

    public static boolean confirm(Window owner, String title, String question, String yesLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(yes).setId("confirmYes");
        alert.getDialogPane().lookupButton(no).setId("confirmNo");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    public static Optional<String> askText(Window owner, String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.getDialogPane().setId("textDialog");
        dialog.getEditor().setId("textDialogField");
        dialog.getEditor().setAccessibleText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public static void error(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("MedList");
        alert.setHeaderText("Something needs your attention");
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }
}
