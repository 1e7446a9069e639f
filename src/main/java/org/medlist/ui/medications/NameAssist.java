package org.medlist.ui.medications;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import org.medlist.ui.AppContext;
import org.medlist.ui.common.Icons;

/**
 * Helps with the name field: autocompletion from the whole dictionary (each suggestion shows its
 * ingredients) and, as the user types, what the name is recognised as — or that it is not, with
 * suggestions. An unrecognised name can still be saved; it is then shown as not checked.
 */
public final class NameAssist {
    private static final int SUGGESTIONS = 12;

    private NameAssist() {}

    public static void attach(MedicationForm form, AppContext context) {
        TextField field = form.nameField();
        AutoCompletionBinding<NameEntry> binding = TextFields.bindAutoCompletion(field,
                request -> context.knowledgeIfLoaded()
                        .map(k -> k.resolver().complete(request.getUserText(), SUGGESTIONS))
                        .orElse(List.of()),
                new StringConverter<>() {
                    @Override
                    public String toString(NameEntry e) {
                        return e == null ? "" : e.name() + "  —  " + String.join(" + ", e.ingredients());
                    }

                    @Override
                    public NameEntry fromString(String s) { return null; }
                });
        binding.setVisibleRowCount(8);
        binding.setOnAutoCompleted(e -> {
            field.setText(e.getCompletion().name());
            field.positionCaret(field.getText().length());
        });

        Label status = new Label();
        status.setId("formRecognition");
        status.setWrapText(true);
        FlowPane links = new FlowPane(6, 2);
        links.setId("formSuggestions");
        VBox box = new VBox(2, status, links);
        form.addUnderName(box);

        PauseTransition settle = new PauseTransition(Duration.millis(180));
        settle.setOnFinished(e -> {
            String typed = field.getText();
            if (typed.isBlank()) {
                status.setText("");
                status.setGraphic(null);
                links.getChildren().clear();
                return;
            }
            context.background().run(() -> context.knowledge().resolver().resolve(typed),
                    r -> {
                        if (typed.equals(field.getText())) show(r, status, links, field);
                    },
                    context.status()::failed);
        });
        field.textProperty().addListener((o, a, b) -> settle.playFromStart());
        if (!field.getText().isBlank()) settle.playFromStart();
    }

    private static void show(Resolution r, Label status, FlowPane links, TextField field) {
        links.getChildren().clear();
        if (r.recognized()) {
            status.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            status.setText("Recognised as " + r.name() + ": " + String.join(" + ", r.ingredients()));
            status.getStyleClass().setAll("label", "ml-recognised");
            return;
        }
        status.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE));
        status.setText("Not recognised — you can save it, but it will not be checked for interactions."
                + (r.suggestions().isEmpty() ? "" : " Did you mean:"));
        status.getStyleClass().setAll("label", "ml-not-recognised");
        for (NameEntry s : r.suggestions()) {
            Hyperlink link = new Hyperlink(s.name() + " (" + String.join(" + ", s.ingredients()) + ")");
            link.setId("suggestion_" + s.key().replace(' ', '_'));
            link.setAccessibleText("Use " + s.name());
            link.setOnAction(e -> field.setText(s.name()));
            links.getChildren().add(link);
        }
    }
}
