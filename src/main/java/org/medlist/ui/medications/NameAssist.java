package org.medlist.ui.medications;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.medlist.app.Knowledge;
import org.medlist.check.Finding;
import org.medlist.knowledge.NameEntry;
import org.medlist.knowledge.Resolution;
import org.medlist.precautions.PrecautionItem;
import org.medlist.ui.common.Icons;

/**
 * The name field's help: autocompletion from the whole dictionary, what the name is recognised as,
 * and — with the person's profile — the allergy it matches and the warnings and precautions it would
 * bring, all before anything is saved. What the person typed is what is kept: choosing a suggestion
 * with the same ingredients keeps their own wording, and Enter never swaps in a product with other
 * ingredients (such a suggestion must be clicked).
 */
public final class NameAssist {
    private static final int SUGGESTIONS = 12;
    private static final String SEPARATOR = "  —  ";

    private NameAssist() {}

    public static void attach(MedicationForm form, Supplier<Optional<Knowledge>> loaded, MedicationFormViewModel model) {
        TextField field = form.nameField();
        // Text MedList writes itself (after a choice) must not open the list again: a list left open would
        // swallow the next click or Enter.
        java.util.concurrent.atomic.AtomicReference<String> written = new java.util.concurrent.atomic.AtomicReference<>();
        AutoCompletionBinding<NameEntry> binding = TextFields.bindAutoCompletion(field,
                request -> {
                    String text = request.getUserText();
                    if (text.contains(SEPARATOR) || text.equals(written.getAndSet(null))) return List.<NameEntry>of();
                    return loaded.get().map(k -> k.complete(text, SUGGESTIONS)).orElse(List.of());
                },
                new StringConverter<>() {
                    @Override
                    public String toString(NameEntry e) {
                        return e == null ? "" : e.name() + SEPARATOR + String.join(" + ", e.ingredients());
                    }

                    @Override
                    public NameEntry fromString(String s) { return null; }
                });
        binding.setVisibleRowCount(8);
        String[] typedByUser = {field.getText()};
        boolean[] byKeyboard = {false};
        field.textProperty().addListener((o, a, b) -> {
            if (!b.contains(SEPARATOR)) typedByUser[0] = b;
        });
        // Enter means "save what I typed" unless the person moved through the suggestions with the arrow keys first.
        boolean[] navigated = {false};
        binding.getAutoCompletionPopup().setOnShown(e -> navigated[0] = false);
        javafx.event.EventHandler<KeyEvent> keys = e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) navigated[0] = true;
            if (e.getCode() != KeyCode.ENTER) return;
            byKeyboard[0] = true;
            if (!navigated[0]) {
                e.consume();
                binding.getAutoCompletionPopup().hide();
                form.pressSave();
            }
        };
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (binding.getAutoCompletionPopup().isShowing()) keys.handle(e);
        });
        binding.getAutoCompletionPopup().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byKeyboard[0] = false);
        binding.setOnAutoCompleted(e -> {
            NameEntry picked = e.getCompletion();
            String typed = typedByUser[0];
            boolean keyboard = byKeyboard[0];
            // After ControlsFX has written its own text, so that ours is the one that stays.
            Platform.runLater(() -> {
                String keep = textAfterChoosing(loaded.get(), typed, picked, keyboard);
                written.set(keep);
                field.setText(keep);
                binding.getAutoCompletionPopup().hide();
                field.positionCaret(keep.length());
                field.requestFocus();
            });
        });

        Label status = new Label();
        status.setId("formRecognition");
        status.setWrapText(true);
        FlowPane links = new FlowPane(6, 2);
        links.setId("formSuggestions");
        Label allergy = new Label();
        allergy.setId("formAllergy");
        allergy.setWrapText(true);
        allergy.setGraphic(Icons.of(MaterialDesignA.ALERT_OCTAGON));
        allergy.getStyleClass().addAll("ml-form-allergy", "ml-severity-contraindicated");
        allergy.textProperty().bind(model.allergyAlertProperty());
        allergy.visibleProperty().bind(model.allergyAlertProperty().isNotEmpty());
        allergy.managedProperty().bind(allergy.visibleProperty());
        VBox findings = new VBox(2);
        findings.setId("formFindings");
        VBox box = new VBox(4, status, links, allergy, findings);
        form.addUnderName(box);

        model.resolutionProperty().addListener((o, a, r) -> {
            if (r == null) {
                status.setText("");
                status.setGraphic(null);
                links.getChildren().clear();
            } else {
                show(r, status, links, field);
                if (r.recognized() || r.knownButUnchecked()) {
                    // What the name itself says: the strength typed in it (or fixed by it, "baby aspirin"), and how it is sold when a cited row knows.
                    String strength = !r.strength().isEmpty() ? r.strength() : MedicationFormViewModel.strengthIn(field.getText()).orElse("");
                    if (!strength.isEmpty()) form.offerStrength(strength);
                    if (!r.kind().isEmpty()) form.offerKind(org.medlist.model.Kind.fromCode(r.kind()));
                }
            }
        });
        Runnable showFindings = () -> {
            findings.getChildren().clear();
            for (Finding f : model.warnings()) {
                Label l = new Label(f.severity().label() + ": " + f.title());
                l.setWrapText(true);
                l.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE));
                l.setAccessibleText(f.severity().label() + " warning: " + f.title());
                findings.getChildren().add(l);
            }
            for (PrecautionItem p : model.precautions()) {
                Label l = new Label("Precaution (" + p.topic().replace('_', ' ') + "): " + p.text());
                l.setWrapText(true);
                findings.getChildren().add(l);
            }
        };
        model.warnings().addListener((ListChangeListener<Finding>) c -> showFindings.run());
        model.precautions().addListener((ListChangeListener<PrecautionItem>) c -> showFindings.run());

        PauseTransition settle = new PauseTransition(Duration.millis(180));
        settle.setOnFinished(e -> model.nameTyped(field.getText()));
        field.textProperty().addListener((o, a, b) -> {
            if (!b.contains(SEPARATOR)) settle.playFromStart();
        });
        if (!field.getText().isBlank()) settle.playFromStart();
    }

    /**
     * The name to keep after a suggestion was chosen: the person's own words when they already name the
     * same ingredients ("Bayer Aspirin" stays), the suggestion when what was typed is not a name yet
     * ("lisin"), and never, by Enter alone, a product whose ingredients differ from what was typed.
     */
    static String textAfterChoosing(Optional<Knowledge> knowledge, String typed, NameEntry picked, boolean byKeyboard) {
        if (typed == null || typed.isBlank() || knowledge.isEmpty()) return picked.name();
        Resolution r = knowledge.get().resolve(typed);
        if (!r.recognized()) return picked.name();
        boolean same = new HashSet<>(r.ingredients()).equals(new HashSet<>(picked.ingredients()));
        if (same) return typed;
        return byKeyboard ? typed : picked.name();
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
        if (r.knownButUnchecked()) {
            status.setText("Known, but not checked: " + r.note());
            status.getStyleClass().setAll("label", "ml-not-recognised");
            return;
        }
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
