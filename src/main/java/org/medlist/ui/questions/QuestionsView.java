package org.medlist.ui.questions;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.medlist.model.Question;
import org.medlist.store.QuestionStore;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.Icons;

/** Questions to ask at the next appointment: type and press Enter; double-click to edit; Delete removes. */
public final class QuestionsView extends BorderPane {
    private final QuestionsViewModel model;
    private final ListView<Question> list = new ListView<>();
    private final TextField input = new TextField();

    public QuestionsView(QuestionsViewModel model) {
        this.model = model;
        setId("questionsView");
        Label intro = new Label("Write down what you want to ask at the next appointment. The questions are printed on the summary.");
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        input.setId("questionInput");
        input.setPromptText("e.g. Can I stop the omeprazole now?");
        input.setAccessibleText("New question for my doctor");
        input.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().length() > QuestionStore.MAX_LENGTH ? null : c));
        HBox.setHgrow(input, Priority.ALWAYS);
        Button add = new Button("Add question", Icons.of(MaterialDesignP.PLUS));
        add.setId("addQuestionButton");
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> input.getText().isBlank() || model.personProperty().get() == null,
                input.textProperty(), model.personProperty()));
        add.setOnAction(e -> addQuestion());
        input.setOnAction(e -> add.fire());
        Button remove = Icons.iconButton("removeQuestionButton", "Remove the selected question (Delete)", MaterialDesignD.DELETE_OUTLINE);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());

        list.setId("questionsList");
        list.setAccessibleText("Questions for the next appointment (Enter edits, Delete removes)");
        list.setItems(model.questions());
        list.setPlaceholder(new Label("No questions yet."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : (getIndex() + 1) + ". " + q.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) editSelected();
        });
        org.medlist.ui.common.Keyboard.arrowsSelect(list);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) removeSelected();
            if (e.getCode() == KeyCode.ENTER) editSelected();
        });

        HBox entry = new HBox(6, input, add, remove);
        VBox top = new VBox(6, intro, entry);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        setCenter(list);
    }

    private void addQuestion() {
        String text = input.getText().strip();
        if (text.isEmpty()) return;
        model.add(text);
        input.clear();
    }

    private void editSelected() {
        Question q = list.getSelectionModel().getSelectedItem();
        if (q == null) return;
        Dialogs.askText(getScene().getWindow(), "Edit question", "Question:", q.text()).ifPresent(t -> model.edit(q, t));
    }

    private void removeSelected() {
        Question q = list.getSelectionModel().getSelectedItem();
        if (q != null) model.remove(q);
    }
}
