package org.medlist.ui.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.medlist.knowledge.Curated;
import org.medlist.ui.common.DateFields;
import org.medlist.ui.common.Icons;
import org.medlist.model.Profile;

/**
 * The profile precautions depend on. Allergies: "not recorded", "no known allergies" and a list are
 * three different answers. Driving and alcohol can be left "not recorded", which hides no precaution.
 */
public final class ProfileDialog extends Dialog<ProfileDialog.Result> {
    /** What the dialog returns: the profile, the person's free-text notes, and the emergency contact for the wallet card. */
    public record Result(Profile profile, String notes, String emergencyContact) {}

    private static final String NOT_RECORDED = "Not recorded";
    private final DatePicker born = new DatePicker();
    private final LocalDate today;
    private final CheckBox pregnant = new CheckBox("Pregnant");
    private final CheckBox planning = new CheckBox("Planning a pregnancy");
    private final CheckBox breastfeeding = new CheckBox("Breastfeeding");
    private final ComboBox<String> drives = yesNo("profileDrives", "Drives or uses machinery");
    private final ComboBox<String> alcohol = yesNo("profileAlcohol", "Drinks alcohol");
    private final ToggleGroup allergyState = new ToggleGroup();
    private final RadioButton allergiesNotRecorded = radio("Not recorded", "allergiesNotRecorded");
    private final RadioButton noKnownAllergies = radio("No known allergies", "noKnownAllergies");
    private final RadioButton hasAllergies = radio("Has allergies or intolerances:", "hasAllergies");
    private final TextArea allergyLines = new TextArea();
    private final Map<String, CheckBox> conditions = new LinkedHashMap<>();
    private final TextField otherConditions = new TextField();
    private final Label problem = new Label();
    private final TextArea notes = new TextArea();
    private final TextField emergencyContact = new TextField();

    public ProfileDialog(Window owner, String personName, Profile current, String currentNotes, Map<String, Curated.Condition> knownConditions, LocalDate today) {
        this(owner, personName, current, currentNotes, "", knownConditions, today);
    }

    public ProfileDialog(Window owner, String personName, Profile current, String currentNotes, String currentEmergencyContact,
                         Map<String, Curated.Condition> knownConditions, LocalDate today) {
        this.today = today;
        initOwner(owner);
        setTitle("Profile");
        setHeaderText(personName + "'s profile — used for precautions and allergy checks");
        getDialogPane().setId("profileDialog");
        born.setId("profileBorn");
        born.setAccessibleText("Date of birth");
        drives.setAccessibleText("Drives or uses machinery");
        pregnant.setId("profilePregnant");
        planning.setId("profilePlanning");
        breastfeeding.setId("profileBreastfeeding");
        allergyLines.setId("profileAllergies");
        allergyLines.setAccessibleText("Allergies, one per line, as name: reaction");
        allergyLines.setPromptText("One per line, e.g.\npenicillins: rash\nibuprofen: stomach pain");
        allergyLines.setPrefRowCount(3);
        allergyLines.disableProperty().bind(hasAllergies.selectedProperty().not());
        otherConditions.setId("profileOtherConditions");
        otherConditions.setPromptText("Other conditions (free text)");
        otherConditions.setAccessibleText("Other conditions");
        problem.setId("profileProblem");
        problem.getStyleClass().add("ml-field-problem");

        FlowPane conditionBoxes = new ChoiceFlow();
        knownConditions.values().forEach(c -> {
            CheckBox box = new CheckBox(c.label());
            box.setId("condition_" + c.code());
            conditions.put(c.code(), box);
            conditionBoxes.getChildren().add(box);
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are never cut to "Al…"
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        Label bornProblem = new Label();
        bornProblem.setId("profileBornProblem");
        bornProblem.getStyleClass().add("ml-field-problem");
        bornProblem.setWrapText(true);
        DateFields.lenient(born, bornProblem);
        Label age = new Label();
        age.setId("profileAge");
        age.textProperty().bind(Bindings.createStringBinding(() -> DateFields.value(born)
                .filter(b -> !b.isAfter(today)).map(b -> "Age " + java.time.Period.between(b, today).getYears()).orElse(""),
                born.getEditor().textProperty(), born.valueProperty()));
        grid.addRow(row++, Icons.labelFor("Date of birth", born), new javafx.scene.layout.HBox(10, born, age));
        grid.add(bornProblem, 1, row++);
        grid.addRow(row++, labelled("Pregnancy", pregnant), flow(pregnant, planning, breastfeeding));
        grid.addRow(row++, Icons.labelFor("Drives", drives), drives);
        grid.addRow(row++, Icons.labelFor("Alcohol", alcohol), alcohol);
        grid.addRow(row++, labelled("Allergies", allergiesNotRecorded), flow(allergiesNotRecorded, noKnownAllergies, hasAllergies));
        grid.add(allergyLines, 1, row++);
        grid.addRow(row++, labelled("Conditions", conditionBoxes), conditionBoxes);
        grid.add(otherConditions, 1, row++);
        org.medlist.ui.common.Keyboard.tabLeaves(notes);
        org.medlist.ui.common.Keyboard.tabLeaves(allergyLines);
        notes.setId("profileNotes");
        notes.setAccessibleText("Notes about this person");
        notes.setPromptText("Notes (e.g. who to call, pharmacy)");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.setText(currentNotes);
        grid.addRow(row++, Icons.labelFor("Notes", notes), notes);
        emergencyContact.setId("profileEmergencyContact");
        emergencyContact.setAccessibleText("Emergency contact, printed on the wallet card");
        emergencyContact.setPromptText("Optional, e.g. Bob (son) 555 0100 — printed on the wallet card");
        emergencyContact.setText(currentEmergencyContact);
        grid.addRow(row++, Icons.labelFor("Emergency contact", emergencyContact), emergencyContact);
        grid.add(problem, 1, row);
        conditionBoxes.setPrefWrapLength(520);
        // choices wrap their words to the dialog's width (fitChoicesTo); sideways scrolling is left for a form
        // whose fields cannot be that narrow
        javafx.scene.control.ScrollPane scroll = org.medlist.ui.common.ScrollingForm.of(grid, "profileScroll",
                javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        fitChoicesTo(scroll, grid);
        // The label of a row of choices by its first line, not halfway down the row once the choices wrap.
        for (Node n : grid.getChildren()) {
            if (!(n instanceof ChoiceFlow)) continue;
            grid.getChildren().stream().filter(l -> GridPane.getColumnIndex(l) != null && GridPane.getColumnIndex(l) == 0
                    && java.util.Objects.equals(GridPane.getRowIndex(l), GridPane.getRowIndex(n)))
                    .forEach(l -> GridPane.setValignment(l, javafx.geometry.VPos.TOP));
        }
        getDialogPane().setContent(scroll);
        setResizable(true);

        fill(current);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("profileSave");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("profileCancel");
        problem.textProperty().bind(Bindings.createStringBinding(this::firstProblem, born.valueProperty(), born.getEditor().textProperty(), allergyLines.textProperty(),
                allergyState.selectedToggleProperty(), emergencyContact.textProperty()));
        saveButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(b -> b == save ? new Result(profile(), notes.getText(), emergencyContact.getText().strip()) : null);
    }

    private String firstProblem() {
        if (DateFields.parse(born.getEditor().getText(), java.util.Locale.getDefault()).isEmpty()) return "The date of birth is not a date.";
        Optional<LocalDate> birth = DateFields.value(born);
        if (birth.isPresent() && birth.get().isAfter(today)) return "The date of birth is in the future.";
        if (birth.isPresent() && birth.get().getYear() < 1900) return "The date of birth is before 1900.";
        if (hasAllergies.isSelected() && allergies().isEmpty()) return "Write at least one allergy, or choose another answer.";
        try {
            org.medlist.store.ProfileStore.validEmergencyContact(emergencyContact.getText());
        } catch (org.medlist.model.InvalidInputException e) {
            return e.getMessage();
        }
        return "";
    }

    private void fill(Profile p) {
        born.setValue(p.born().orElse(null));
        pregnant.setSelected(p.pregnant());
        planning.setSelected(p.planningPregnancy());
        breastfeeding.setSelected(p.breastfeeding());
        drives.setValue(p.drives().map(b -> b ? "Yes" : "No").orElse(NOT_RECORDED));
        alcohol.setValue(p.drinksAlcohol().map(b -> b ? "Yes" : "No").orElse(NOT_RECORDED));
        switch (p.allergyState()) {
            case NOT_RECORDED -> allergiesNotRecorded.setSelected(true);
            case NONE_KNOWN -> noKnownAllergies.setSelected(true);
            case RECORDED -> hasAllergies.setSelected(true);
        }
        allergyLines.setText(String.join("\n", p.allergies().stream()
                .map(a -> a.substance() + (a.reaction().isBlank() ? "" : ": " + a.reaction())).toList()));
        p.conditions().forEach(code -> Optional.ofNullable(conditions.get(code)).ifPresent(b -> b.setSelected(true)));
        otherConditions.setText(p.otherConditions());
    }

    Profile profile() {
        Set<String> codes = new TreeSet<>();
        conditions.forEach((code, box) -> {
            if (box.isSelected()) codes.add(code);
        });
        Profile.AllergyState state = hasAllergies.isSelected() ? Profile.AllergyState.RECORDED
                : noKnownAllergies.isSelected() ? Profile.AllergyState.NONE_KNOWN : Profile.AllergyState.NOT_RECORDED;
        return new Profile(DateFields.value(born), Optional.empty(), pregnant.isSelected(), planning.isSelected(),
                breastfeeding.isSelected(), answer(drives), answer(alcohol), state,
                state == Profile.AllergyState.RECORDED ? allergies() : List.of(), codes, otherConditions.getText().strip());
    }

    private List<Profile.Allergy> allergies() {
        List<Profile.Allergy> out = new ArrayList<>();
        for (String line : allergyLines.getText().split("\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).strip();
            if (!name.isEmpty()) out.add(new Profile.Allergy(name, colon < 0 ? "" : line.substring(colon + 1).strip()));
        }
        return out;
    }

    private static Optional<Boolean> answer(ComboBox<String> box) {
        return switch (box.getValue()) {
            case "Yes" -> Optional.of(true);
            case "No" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static ComboBox<String> yesNo(String id, String accessible) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(NOT_RECORDED, "Yes", "No");
        box.setId(id);
        box.setAccessibleText(accessible);
        return box;
    }

    /**
     * Every tick box and radio button is at most as wide as the field column has room for in the dialog, and
     * wraps its words beyond that: at 200 % text on a 1024 px screen a long condition ("Heart rhythm
     * problem…") or the third pregnancy choice otherwise ran past the dialog's right edge, behind a
     * sideways scroll bar.
     */
    private static void fitChoicesTo(javafx.scene.control.ScrollPane scroll, GridPane grid) {
        List<Node> labels = grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0).toList();
        List<javafx.beans.Observable> dependencies = new java.util.ArrayList<>(List.of(scroll.viewportBoundsProperty()));
        labels.forEach(l -> dependencies.add(l.layoutBoundsProperty()));
        javafx.beans.binding.DoubleBinding room = Bindings.createDoubleBinding(() -> {
            double labelColumn = labels.stream().mapToDouble(l -> l.getLayoutBounds().getWidth()).max().orElse(0);
            double viewport = scroll.getViewportBounds().getWidth();
            if (viewport <= 0) return Double.MAX_VALUE; // not laid out yet
            return Math.max(120, viewport - labelColumn - grid.getHgap() - grid.getPadding().getLeft() - grid.getPadding().getRight() - 2);
        }, dependencies.toArray(javafx.beans.Observable[]::new));
        for (Node n : grid.getChildren()) {
            if (!(n instanceof FlowPane flow)) continue;
            for (Node c : flow.getChildren()) {
                if (!(c instanceof javafx.scene.control.Labeled choice)) continue;
                choice.setWrapText(true);
                // not held at its full one-line width: the row's minimum would be the longest choice's
                choice.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                choice.maxWidthProperty().bind(room);
            }
        }
    }

    /**
     * A flow of choices whose narrowest is its widest choice's narrowest, not (as FlowPane has it) its
     * widest choice's full one-line width; with that, a grid column holding it could not be narrower than
     * its longest condition name.
     */
    private static final class ChoiceFlow extends FlowPane {
        ChoiceFlow() { super(12, 6); }

        @Override
        protected double computeMinWidth(double height) {
            double widest = getManagedChildren().stream().mapToDouble(c -> c.minWidth(-1)).max().orElse(0);
            return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
        }
    }

    /** A row of choices that wraps to more lines when the text is large. */
    private static FlowPane flow(Node... choices) {
        FlowPane p = new ChoiceFlow();
        p.getChildren().addAll(choices);
        p.setPrefWrapLength(520);
        return p;
    }

    /** The label of a row of choices; screen readers announce the group by it. */
    private static Label labelled(String text, Node first) {
        Label l = Icons.labelFor(text, first);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private RadioButton radio(String text, String id) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(allergyState);
        return r;
    }

}
