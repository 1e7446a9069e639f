package org.medlist.ui.medications;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.medlist.model.Medication;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.Icons;

/** The current medicines table, the history of stopped ones, and their actions. Thin: it forwards to the view-model. */
public final class MedicationsView extends BorderPane {
    private final MedicationsViewModel model;
    private final FormFactory forms;
    private final TableView<Medication> table = new TableView<>();
    private final TableView<Medication> history = new TableView<>();
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();

    /** Builds the add / edit dialog; the knowledge base decorates it with autocompletion. */
    public interface FormFactory {
        MedicationForm create(javafx.stage.Window owner, Optional<Medication> editing);
    }

    private final javafx.beans.value.ObservableStringValue databaseProblem;
    private final javafx.beans.value.ObservableObjectValue<java.nio.file.Path> restorableBackup;
    private final Runnable restoreBackup;

    public MedicationsView(MedicationsViewModel model, FormFactory forms, Runnable addPerson,
                           javafx.beans.value.ObservableStringValue databaseProblem,
                           javafx.beans.value.ObservableObjectValue<java.nio.file.Path> restorableBackup, Runnable restoreBackup) {
        this.databaseProblem = databaseProblem;
        this.restorableBackup = restorableBackup;
        this.restoreBackup = restoreBackup;
        this.model = model;
        // After the current event: the failure arrives from a worker result, and a form opened inside it would nest.
        model.notSavedProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> reopenUnsaved(now)));
        this.forms = forms;
        setId("medicationsView");

        search.setId("searchField");
        search.setPromptText("Find (Ctrl+F)");
        search.setAccessibleText("Find a medicine in the list");
        search.textProperty().bindBidirectional(model.filterProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) search.clear();
        });
        HBox.setHgrow(search, Priority.SOMETIMES);

        Button add = button("addButton", "Add medicine", "Add a medicine (Ctrl+N)", MaterialDesignP.PLUS, this::addMedication);
        Button edit = button("editButton", "Edit", "Edit the selected medicine (Enter)", MaterialDesignP.PENCIL, this::editSelected);
        Button stop = button("stopButton", "Stop", "Stop the selected medicine; it stays in the history", MaterialDesignS.STOP_CIRCLE_OUTLINE, this::stopSelected);
        Button delete = button("deleteButton", "Delete", "Delete the selected medicine (Delete)", MaterialDesignD.DELETE_OUTLINE, this::deleteSelected);
        Button undo = button("undoButton", "Undo delete", "Undo the last delete (Ctrl+Z)", MaterialDesignU.UNDO, model::undoDelete);
        add.disableProperty().bind(model.personProperty().isNull());
        Tab currentTab = new Tab();
        // Edit, Stop and Delete act on the current list's selection: on another tab they would act on a row
        // the person cannot see, so they are disabled there and come back with the tab.
        var notApplicable = table.getSelectionModel().selectedItemProperty().isNull().or(currentTab.selectedProperty().not());
        edit.disableProperty().bind(notApplicable);
        stop.disableProperty().bind(notApplicable);
        delete.disableProperty().bind(notApplicable);
        undo.disableProperty().bind(model.canUndo().not());
        search.setMinWidth(80);
        for (Button b : new Button[] {add, edit, stop, delete, undo}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox find = new HBox(4, Icons.of(MaterialDesignM.MAGNIFY), search);
        find.setAlignment(Pos.CENTER_LEFT);
        // A flow rather than a ToolBar: a ToolBar hides what does not fit behind ">>"; this wraps to a
        // second row at large text, so every action and the find field stay visible.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, add, edit, stop, delete, undo, find);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new javafx.geometry.Insets(6, 8, 6, 8));
        actions.setId("medicationActions");
        actions.setAccessibleRole(javafx.scene.AccessibleRole.TOOL_BAR);
        actions.setAccessibleText("Medicine actions");

        configureCurrentTable(addPerson);
        configureHistoryTable();

        currentTab.setId("currentTab");
        currentTab.textProperty().bind(Bindings.size(model.allCurrent()).asString("Medicines (%d)"));
        currentTab.setContent(table);
        currentTab.setClosable(false);
        Tab historyTab = new Tab("History");
        historyTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && historyTab.getContent() == null) historyTab.setContent(history);
        });
        historyTab.setId("historyTab");
        historyTab.setClosable(false);
        historyTab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HISTORY));
        tabs.getTabs().addAll(currentTab, historyTab);
        tabs.setId("medicationTabs");
        tabs.setAccessibleText("Medicines, history, checklist and questions");

        setTop(actions);
        setCenter(tabs);
    }

    /** Adds a tab beside Current medicines and History (the checklist). */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /**
     * Adds a tab whose content is built when it is first opened: a TabPane styles and lays out hidden
     * tabs too, and the window should not pay for them before its first frame.
     */
    /** A save that failed comes back as the form, filled in as the user left it, with the reason on top. */
    private void reopenUnsaved(MedicationsViewModel.NotSaved n) {
        if (n == null || getScene() == null) return;
        MedicationForm form = forms.create(getScene().getWindow(), Optional.ofNullable(n.editing())).withUnsaved(n.details(), n.reason());
        form.showAndWait().ifPresent(d -> {
            if (n.editing() == null) model.add(d);
            else model.update(n.editing(), d);
        });
    }

    public void addLazyTab(Tab tab, java.util.function.Supplier<javafx.scene.Node> content) {
        addTab(tab);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) tab.setContent(content.get());
        });
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void addMedication() {
        if (model.personProperty().get() == null) return;
        forms.create(getScene().getWindow(), Optional.empty()).showAndWait().ifPresent(model::add);
    }

    public void editSelected() {
        Medication selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) return;
        forms.create(getScene().getWindow(), Optional.of(selected)).showAndWait().ifPresent(d -> model.update(selected, d));
    }

    public void stopSelected() {
        Medication selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) return;
        if (Dialogs.confirm(getScene().getWindow(), "Stop " + selected.name() + "?",
                selected.name() + " will leave the current list and stay in the history with today's date.", "Stop")) {
            model.stop(selected);
        }
    }

    public void deleteSelected() {
        Medication selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) return;
        if (Dialogs.confirm(getScene().getWindow(), "Delete " + selected.name() + "?",
                "This removes the entry completely (Ctrl+Z undoes it). To keep it in the history, use Stop instead.", "Delete")) {
            model.delete(selected);
        }
    }

    public TableView<Medication> table() { return table; }

    private void configureCurrentTable(Runnable addPerson) {
        table.setId("medicationTable");
        table.setAccessibleText("Current medicines");
        // Sorting by column works on a sorted view of the filtered list (the filtered list itself cannot be reordered).
        javafx.collections.transformation.SortedList<Medication> sorted = new javafx.collections.transformation.SortedList<>(model.currentMedications());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getColumns().setAll(
                column("Medicine", Medication::name, 190),
                column("Ingredients", m -> m.isRecognized() ? String.join(" + ", m.ingredients()) : "Not recognised — not checked", 170),
                column("Strength", m -> m.details().strength(), 80),
                column("Dose", m -> m.details().dose(), 90),
                column("When", Medication::when, 120),
                column("For", m -> m.details().reason(), 110),
                column("Prescriber", m -> m.details().prescriber(), 100),
                column("Started", m -> m.details().started().map(Object::toString).orElse(""), 90));
        org.medlist.ui.common.TableHeaders.keepWhole(table, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> {
            TableRow<Medication> row = new TableRow<>() {
                @Override
                protected void updateItem(Medication m, boolean empty) {
                    super.updateItem(m, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unrecognized"), !empty && m != null && !m.isRecognized());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) editSelected();
            });
            return row;
        });
        org.medlist.ui.common.Keyboard.arrowsSelect(table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> emptyState(addPerson),
                model.personProperty(), model.filterProperty(), model.loadingProperty(), databaseProblem, restorableBackup));
    }

    private void configureHistoryTable() {
        history.setId("historyTable");
        history.setAccessibleText("Stopped medicines");
        javafx.collections.transformation.SortedList<Medication> sortedHistory = new javafx.collections.transformation.SortedList<>(model.stoppedMedications());
        sortedHistory.comparatorProperty().bind(history.comparatorProperty());
        history.setItems(sortedHistory);
        history.getColumns().setAll(
                column("Medicine", Medication::name, 200),
                column("Dose", m -> m.details().dose(), 100),
                column("For", m -> m.details().reason(), 120),
                column("Started", m -> m.details().started().map(Object::toString).orElse(""), 100),
                column("Stopped", m -> m.stopped().map(Object::toString).orElse(""), 100));
        org.medlist.ui.common.TableHeaders.keepWhole(history, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.medlist.ui.common.Keyboard.arrowsSelect(history);
        history.setPlaceholder(new Label("No stopped medicines. When you stop one, it is kept here."));
        history.setRowFactory(tv -> {
            TableRow<Medication> row = new TableRow<>();
            javafx.scene.control.MenuItem resume = new javafx.scene.control.MenuItem("Put back on the current list");
            resume.setId("resumeMenuItem");
            resume.setOnAction(e -> model.resume(row.getItem()));
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(resume);
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((javafx.scene.control.ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    private javafx.scene.Node emptyState(Runnable addPerson) {
        VBox box = new VBox(10);
        box.setAlignment(Pos.CENTER);
        box.setId("emptyState");
        Label title = new Label();
        title.getStyleClass().add("title-3");
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("text-muted");
        if (!databaseProblem.get().isEmpty()) {
            title.setText("MedList could not open its database");
            hint.setText(databaseProblem.get() + " MedList will not write to it. You can restore the latest automatic backup, "
                    + "if there is one, or start MedList with another file (--db PATH).");
            box.getChildren().addAll(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE), title, hint);
            java.nio.file.Path backup = restorableBackup.get();
            if (backup != null) {
                Button restore = new Button("Restore the latest automatic backup (" + backup.getFileName() + ")");
                restore.setId("restoreBackupButton");
                restore.getStyleClass().add("accent");
                restore.setOnAction(e -> {
                    if (Dialogs.confirm(getScene().getWindow(), "Restore the latest backup?", "The file that cannot be opened is kept "
                            + "beside it, unchanged, and the backup " + backup.getFileName() + " takes its place.", "Restore")) {
                        restoreBackup.run();
                    }
                });
                box.getChildren().add(restore);
            }
        } else if (model.personProperty().get() == null) {
            title.setText("Start with a person");
            hint.setText("MedList keeps a separate list for each person — yourself, or someone you care for. Add the first person to begin.");
            Button addP = new Button("Add a person", Icons.of(MaterialDesignA.ACCOUNT_PLUS));
            addP.setId("emptyAddPerson");
            addP.getStyleClass().add("accent");
            addP.setOnAction(e -> addPerson.run());
            box.getChildren().addAll(Icons.of(MaterialDesignP.PILL), title, hint, addP);
        } else if (model.loadingProperty().get()) {
            title.setText("Opening " + model.personProperty().get().name() + "'s list\u2026");
            box.getChildren().add(title);
        } else if (!model.filterProperty().get().isBlank()) {
            title.setText("Nothing matches \"" + model.filterProperty().get().strip() + "\"");
            hint.setText("Press Escape in the find field to show the whole list.");
            box.getChildren().addAll(title, hint);
        } else {
            title.setText("No medicines on " + model.personProperty().get().name() + "'s list yet");
            hint.setText("Add each medicine, including those bought without a prescription and supplements. Press Ctrl+N or choose Add medicine.");
            Button addM = new Button("Add medicine", Icons.of(MaterialDesignP.PLUS));
            addM.setId("emptyAddMedicine");
            addM.getStyleClass().add("accent");
            addM.setOnAction(e -> addMedication());
            box.getChildren().addAll(Icons.of(MaterialDesignP.PILL), title, hint, addM);
        }
        box.getChildren().get(0).getStyleClass().add("ml-empty-icon");
        return box;
    }

    private static TableColumn<Medication, String> column(String title, Function<Medication, String> value, double width) {
        TableColumn<Medication, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setId("column" + title.replace(" ", ""));
        return c;
    }

    private static Button button(String id, String text, String tip, Ikon icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
