package org.medlist.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.Icons;
import org.medlist.ui.medications.MedicationsView;
import org.medlist.ui.medications.MedicationsViewModel;
import org.medlist.ui.people.PeopleBar;
import org.medlist.ui.people.PeopleViewModel;

/** Lays out the main window and its keyboard shortcuts; all state lives in the view-models. */
public final class MainWindow {
    static final double BASE_FONT = 13;
    static final double WIDTH = 1280;
    static final double HEIGHT = 760;
    private final Stage stage;
    private final Scene scene;
    private final BorderPane root = new BorderPane();
    private final ToolBar top;
    private double fontSize = BASE_FONT;

    public MainWindow(Stage stage, AppContext context, PeopleViewModel people, org.medlist.ui.people.ProfileViewModel profile,
                      Runnable openProfile, MedicationsViewModel medications, MedicationsView.FormFactory forms,
                      java.util.Map<javafx.scene.control.Tab, java.util.function.Supplier<javafx.scene.Node>> extraTabs,
                      javafx.scene.Node sidePanel, Runnable showAbout) {
        this.stage = stage;
        root.setId("mainRoot");
        PeopleBar peopleBar = new PeopleBar(people, profile, openProfile);
        MedicationsView medicationsView = new MedicationsView(medications, forms, peopleBar::addPerson, people.databaseProblemProperty(),
                people.restorableBackupProperty(), people::restoreLatestBackup);
        extraTabs.forEach(medicationsView::addLazyTab);
        medications.personProperty().bind(people.selectedProperty());

        ToggleButton dark = new ToggleButton(null, Icons.of(MaterialDesignW.WEATHER_NIGHT));
        dark.setId("darkThemeToggle");
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.setAccessibleText("Dark theme");
        dark.selectedProperty().addListener((o, was, on) -> Application.setUserAgentStylesheet(
                on ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
        Button bigger = Icons.iconButton("fontBiggerButton", "Larger text (Ctrl +)", MaterialDesignF.FORMAT_FONT_SIZE_INCREASE);
        bigger.setOnAction(e -> zoom(+1));
        Button smaller = Icons.iconButton("fontSmallerButton", "Smaller text (Ctrl −)", MaterialDesignF.FORMAT_FONT_SIZE_DECREASE);
        smaller.setOnAction(e -> zoom(-1));
        Button about = Icons.iconButton("aboutButton", "About MedList and its data sources", MaterialDesignI.INFORMATION_OUTLINE);
        about.setOnAction(e -> showAbout.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new ToolBar(peopleBar, spacer, smaller, bigger, dark, about);
        top.setId("mainToolbar");

        SplitPane split = new SplitPane(medicationsView);
        split.setId("mainSplit");
        if (sidePanel != null) {
            split.getItems().add(sidePanel);
            split.setDividerPositions(0.6);
        }

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(context.status().messageProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(context.background().busyProperty());
        Label where = new Label(context.databasePath().toString());
        where.setId("databaseLabel");
        where.getStyleClass().add("text-muted");
        Region statusGap = new Region();
        HBox.setHgrow(statusGap, Priority.ALWAYS);
        HBox status = new HBox(message, statusGap, working, where);
        status.setId("statusBar");
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        root.setTop(top);
        root.setCenter(split);
        root.setBottom(status);
        BorderPane.setMargin(split, new Insets(0));

        scene = new Scene(root, stage.getScene() != null ? stage.getScene().getWidth() : WIDTH,
                stage.getScene() != null ? stage.getScene().getHeight() : HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/medlist/ui/medlist.css").toExternalForm());
        var accel = scene.getAccelerators();
        accel.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), medicationsView::addMedication);
        accel.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), medicationsView::focusSearch);
        accel.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), medications::undoDelete);
        accel.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(+1));
        accel.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(+1));
        accel.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(+1));
        accel.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        accel.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        accel.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> setFontSize(BASE_FONT));

        context.status().errorProperty().addListener((o, old, text) -> {
            if (!text.isEmpty() && stage.isShowing()) Dialogs.error(stage, text);
        });

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> people.selected().map(p -> p.name() + " — MedList").orElse("MedList"), people.selectedProperty()));
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
    }

    public Scene scene() { return scene; }

    /** Puts a control on the toolbar after the person picker. */
    public void addToToolbar(javafx.scene.Node item) { top.getItems().add(1, item); }

    public double fontSize() { return fontSize; }

    void zoom(int steps) { setFontSize(Math.max(9, Math.min(28, fontSize + steps))); }

    void setFontSize(double size) {
        fontSize = size;
        root.setStyle("-fx-font-size: " + size + "px;");
    }

}
