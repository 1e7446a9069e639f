package org.medlist.ui.people;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.medlist.model.Person;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.Icons;

/**
 * Person picker with add / rename / remove and the profile. Not a node of its own: the window's toolbar
 * lays these controls out with its others, so that together they wrap to a second row when space runs out.
 */
public final class PeopleBar {
    private final PeopleViewModel model;
    private final ComboBox<Person> picker = new ComboBox<>();
    private final java.util.List<javafx.scene.Node> controls;

    public PeopleBar(PeopleViewModel model, ProfileViewModel profile, Runnable openProfile) {
        this.model = model;

        picker.setId("personPicker");
        picker.setAccessibleText("Whose medicines are shown");
        picker.setPromptText("No person yet");
        picker.setItems(model.people());
        picker.setCellFactory(lv -> new PersonCell());
        picker.setButtonCell(new PersonCell());
        picker.valueProperty().bindBidirectional(model.selectedProperty());

        Label label = new Label("Person");
        label.setLabelFor(picker);
        Button add = Icons.iconButton("addPersonButton", "Add a person", MaterialDesignA.ACCOUNT_PLUS);
        add.setOnAction(e -> addPerson());
        add.disableProperty().bind(model.databaseProblemProperty().isNotEmpty());
        Button rename = Icons.iconButton("renamePersonButton", "Rename this person", MaterialDesignA.ACCOUNT_EDIT);
        rename.disableProperty().bind(model.selectedProperty().isNull());
        rename.setOnAction(e -> model.selected().ifPresent(p ->
                Dialogs.askText(picker.getScene().getWindow(), "Rename " + p.name(), "New name:", p.name()).ifPresent(n -> model.rename(p, n))));
        Button remove = Icons.iconButton("removePersonButton", "Remove this person and their list", MaterialDesignA.ACCOUNT_REMOVE);
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.selected().ifPresent(p -> {
            if (Dialogs.confirm(picker.getScene().getWindow(), "Remove " + p.name() + "?",
                    "This deletes " + p.name() + "'s whole medication list and history. It cannot be undone.", "Remove " + p.name())) {
                model.remove(p);
            }
        }));
        Button profileButton = new Button("Profile", Icons.of(MaterialDesignA.ACCOUNT_HEART_OUTLINE));
        profileButton.setId("profileButton");
        profileButton.setTooltip(new Tooltip("Age, pregnancy, driving, alcohol, allergies and conditions"));
        profileButton.setAccessibleText("Edit this person's profile: age, pregnancy, driving, alcohol, allergies and conditions");
        profileButton.disableProperty().bind(model.selectedProperty().isNull());
        profileButton.setOnAction(e -> openProfile.run());
        Label allergies = new Label();
        allergies.setId("allergySummary");
        allergies.textProperty().bind(profile.allergySummaryProperty());
        allergies.getStyleClass().add("ml-allergy-summary");
        allergies.graphicProperty().bind(javafx.beans.binding.Bindings.when(profile.allergySummaryProperty().isEmpty())
                .then((javafx.scene.Node) null).otherwise(Icons.of(MaterialDesignA.ALLERGY)));
        allergies.setWrapText(true);
        allergies.setMaxWidth(420);
        allergies.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox person = new HBox(6, label, picker, add, rename, remove);
        person.setAlignment(Pos.CENTER_LEFT);
        person.setId("peopleBar");
        controls = java.util.List.of(person, profileButton, allergies);
    }

    /** In the order they are laid out. */
    public java.util.List<javafx.scene.Node> controls() { return controls; }

    public void addPerson() {
        Dialogs.askText(picker.getScene().getWindow(), "Add a person", "Name:", "").ifPresent(model::add);
    }


    private static final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
        }
    }
}
