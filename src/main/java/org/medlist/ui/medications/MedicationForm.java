package org.medlist.ui.medications;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.TimeOfDay;
import org.medlist.ui.common.DateFields;
import org.medlist.ui.common.Icons;

/**
 * The add / edit form. Validation is {@link MedicationDetails#problem(LocalDate)}, the same rule the store
 * enforces, shown inline under the field as the user types; Save stays disabled until it passes.
 */
public final class MedicationForm extends Dialog<MedicationDetails> {
    final TextField name = field("formName", "Medicine name, as on the box or prescription");
    private final TextField strength = field("formStrength", "Strength, e.g. 10 mg");
    private final TextField dose = field("formDose", "Dose, e.g. 1 tablet");
    private final TextField form = field("formForm", "Form, e.g. tablet");
    private final TextField route = field("formRoute", "Route, e.g. by mouth");
    private final Map<TimeOfDay, CheckBox> times = new EnumMap<>(TimeOfDay.class);
    private final TextField whenText = field("formWhenText", "Other timing, e.g. with food");
    private final TextField reason = field("formReason", "What it is for");
    private final TextField prescriber = field("formPrescriber", "Prescriber");
    private final DatePicker started = new DatePicker();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final Label problem = new Label();
    private final GridPane grid = new GridPane();
    private final javafx.scene.layout.VBox underName = new javafx.scene.layout.VBox(4, problem);

    private javafx.beans.binding.BooleanBinding startedInvalid;
    private boolean strengthTouched;
    private boolean kindTouched;
    private MedicationFormViewModel model;

    public MedicationForm(Window owner, Optional<Medication> editing, LocalDate today) {
        initOwner(owner);
        setTitle(editing.isPresent() ? "Edit medicine" : "Add medicine");
        setHeaderText(editing.map(m -> "Edit " + m.name()).orElse("Add a medicine"));
        getDialogPane().setId("medicationForm");
        setResizable(true);

        started.setId("formStarted");
        started.setAccessibleText("Date started");
        started.setPromptText("Started (optional)");
        kind.setId("formKind");
        kind.setAccessibleText("Kind of medicine");
        kind.getItems().setAll(Kind.values());
        kind.setValue(Kind.PRESCRIPTION);
        org.medlist.ui.common.Keyboard.tabLeaves(notes);
        notes.setId("formNotes");
        notes.setAccessibleText("Notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        problem.setId("formProblem");
        problem.getStyleClass().add("ml-field-problem");
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE));
        problem.setWrapText(true);

        FlowPane slots = new FlowPane(12, 6);
        for (TimeOfDay slot : TimeOfDay.values()) {
            CheckBox box = new CheckBox(capitalised(slot.word()));
            box.setId("formTime_" + slot.name());
            box.setAccessibleText("Taken " + slot.word());
            times.put(slot, box);
            slots.getChildren().add(box);
        }

        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are never cut to "N…"
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, Icons.labelFor("Name *", name), name);
        grid.add(underName, 1, row++);
        grid.addRow(row++, Icons.labelFor("Strength", strength), strength);
        grid.addRow(row++, Icons.labelFor("Dose", dose), dose);
        grid.addRow(row++, Icons.labelFor("Form", form), form);
        grid.addRow(row++, Icons.labelFor("Route", route), route);
        grid.addRow(row++, Icons.labelFor("When", slots), slots);
        grid.addRow(row++, new Label(""), whenText);
        grid.addRow(row++, Icons.labelFor("What for", reason), reason);
        grid.addRow(row++, Icons.labelFor("Prescriber", prescriber), prescriber);
        Label startedProblem = new Label();
        startedProblem.setId("formStartedProblem");
        startedProblem.getStyleClass().add("ml-field-problem");
        startedProblem.setWrapText(true);
        startedInvalid = DateFields.lenient(started, startedProblem);
        grid.addRow(row++, Icons.labelFor("Started", started), started);
        grid.add(startedProblem, 1, row++);
        grid.addRow(row++, Icons.labelFor("Kind", kind), kind);
        grid.addRow(row, Icons.labelFor("Notes", notes), notes);
        // The what-if lines under the name can be long: the fields scroll, so Save and Cancel stay on screen at any size.
        javafx.scene.control.ScrollPane scroll = org.medlist.ui.common.ScrollingForm.of(grid, "formScroll",
                javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER, underName.heightProperty());
        getDialogPane().setContent(scroll);
        scroll.prefViewportHeightProperty().addListener((o, a, b) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("formSave");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("formCancel");

        editing.ifPresent(m -> fill(m.details()));

        ObjectBinding<Optional<String>> currentProblem = Bindings.createObjectBinding(() -> details().problem(today),
                name.textProperty(), strength.textProperty(), dose.textProperty(), whenText.textProperty(),
                reason.textProperty(), prescriber.textProperty(), notes.textProperty(), started.valueProperty(), started.getEditor().textProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> currentProblem.get().orElse(""), currentProblem));
        // The hint appears once the user has typed, so the form does not open scolding.
        problem.visibleProperty().bind(touched.and(Bindings.createBooleanBinding(() -> currentProblem.get().isPresent(), currentProblem)));
        problem.managedProperty().bind(problem.visibleProperty());
        name.textProperty().addListener((o, a, b) -> touched.set(true));
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> currentProblem.get().isPresent(), currentProblem).or(startedInvalid));

        strength.textProperty().addListener((o, a, b) -> {
            if (!filling) strengthTouched = true;
        });
        kind.valueProperty().addListener((o, a, b) -> {
            if (!filling) kindTouched = true;
        });
        // Enter in any field presses Save; Save asks first when the name matches an allergy or is not recognised.
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model == null) return;
            String typed = name.getText();
            if (!model.isAnswerFor(typed)) {
                // Not checked yet (typed fast, or Enter at once): wait for the answer, then press Save again.
                e.consume();
                model.whenAnswered(typed, () -> ((javafx.scene.control.Button) saveButton).fire());
                return;
            }
            if (!confirmSave()) e.consume();
        });
        setResultConverter(button -> button == save ? details() : null);
        Platform.runLater(name::requestFocus);
    }

    private final BooleanProperty touched = new SimpleBooleanProperty(false);

    /** Presses Save, as Enter in a field does (the name field's suggestion list would otherwise take Enter). */
    void pressSave() {
        getDialogPane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                .map(b -> (javafx.scene.control.Button) getDialogPane().lookupButton(b)).ifPresent(javafx.scene.control.Button::fire);
    }

    /** The what-if behind the name field; its answers decide whether saving asks first. */
    public void useModel(MedicationFormViewModel model) { this.model = model; }

    /** A strength found in the name fills the strength field, unless the person has typed one there. */
    void offerStrength(String found) {
        if (strengthTouched || !strength.getText().isBlank()) return;
        filling = true;
        strength.setText(found);
        filling = false;
    }

    /** The kind the knowledge base knows for the name, unless the person has chosen one. */
    void offerKind(Kind known) {
        if (kindTouched) return;
        filling = true;
        kind.setValue(known);
        filling = false;
    }

    /** False when the person chose to go back (or picked a suggestion instead). */
    private boolean confirmSave() {
        if (model.matchesAnAllergy()) {
            javafx.scene.control.ButtonType anyway = new javafx.scene.control.ButtonType("Save anyway", ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType back = new javafx.scene.control.ButtonType("Go back", ButtonBar.ButtonData.CANCEL_CLOSE);
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    model.allergyAlertProperty().get() + "\n\nSave " + name.getText().strip() + " on the list anyway?", anyway, back);
            ask.initOwner(getDialogPane().getScene().getWindow());
            ask.setTitle("Allergy");
            ask.setHeaderText("This medicine matches a recorded allergy");
            ask.getDialogPane().setId("allergyConfirm");
            ask.getDialogPane().lookupButton(back).setId("allergyGoBack");
            ask.getDialogPane().lookupButton(anyway).setId("allergySaveAnyway");
            // The safe answer is the default: Enter goes back.
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(back)).setDefaultButton(true);
            return ask.showAndWait().filter(b -> b == anyway).isPresent();
        }
        if (model.isUnrecognised()) {
            List<ButtonType> choices = new java.util.ArrayList<>();
            List<org.medlist.knowledge.NameEntry> offered = model.suggestions().stream().limit(3).toList();
            for (org.medlist.knowledge.NameEntry s : offered) choices.add(new ButtonType("Use " + s.name(), ButtonBar.ButtonData.OTHER));
            ButtonType notChecked = new ButtonType("Save as not checked", ButtonBar.ButtonData.OK_DONE);
            ButtonType back = new ButtonType("Go back", ButtonBar.ButtonData.CANCEL_CLOSE);
            choices.add(notChecked);
            choices.add(back);
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "\u201c" + name.getText().strip() + "\u201d is not recognised, so it will not be checked for interactions or allergies."
                            + (offered.isEmpty() ? "" : " Did you mean one of these?"), choices.toArray(ButtonType[]::new));
            ask.initOwner(getDialogPane().getScene().getWindow());
            ask.setTitle("Not recognised");
            ask.setHeaderText("Save as not checked?");
            ask.getDialogPane().setId("notCheckedConfirm");
            for (int i = 0; i < offered.size(); i++) ask.getDialogPane().lookupButton(choices.get(i)).setId("useSuggestion" + i);
            ask.getDialogPane().lookupButton(notChecked).setId("saveNotChecked");
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(notChecked)).setDefaultButton(false);
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(back)).setDefaultButton(true);
            Optional<ButtonType> answer = ask.showAndWait();
            if (answer.isPresent() && answer.get() == notChecked) return true;
            int chosen = answer.map(choices::indexOf).orElse(-1);
            if (chosen >= 0 && chosen < offered.size()) {
                name.setText(offered.get(chosen).name());
                name.requestFocus();
            }
            return false;
        }
        return true;
    }

    /** The field the name is typed in: the knowledge-base issue attaches autocompletion here. */
    public TextField nameField() { return name; }

    /** Adds a line under the name (e.g. "recognised as…" or suggestions), below the validation message. */
    public void addUnderName(Node node) {
        underName.getChildren().add(node);
    }

    MedicationDetails details() {
        Set<TimeOfDay> slots = EnumSet.noneOf(TimeOfDay.class);
        times.forEach((slot, box) -> {
            if (box.isSelected()) slots.add(slot);
        });
        LocalDate start = DateFields.value(started).orElse(null);
        return new MedicationDetails(name.getText(), strength.getText(), dose.getText(), form.getText(), route.getText(), slots,
                whenText.getText(), reason.getText(), prescriber.getText(), Optional.ofNullable(start), notes.getText(), kind.getValue());
    }

    /** Reopens what the user typed after a save failed, saying why, so that nothing typed is lost. */
    public MedicationForm withUnsaved(MedicationDetails d, String why) {
        fill(d);
        setHeaderText("Not saved yet. " + why);
        getDialogPane().getStyleClass().add("ml-not-saved");
        return this;
    }

    private boolean filling;

    private void fill(MedicationDetails d) {
        filling = true;
        name.setText(d.name());
        strength.setText(d.strength());
        dose.setText(d.dose());
        form.setText(d.form());
        route.setText(d.route());
        d.times().forEach(slot -> times.get(slot).setSelected(true));
        whenText.setText(d.whenText());
        reason.setText(d.reason());
        prescriber.setText(d.prescriber());
        started.setValue(d.started().orElse(null));
        kind.setValue(d.kind());
        notes.setText(d.notes());
        filling = false;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        return f;
    }


    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
