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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.Icons;
import org.medlist.ui.common.TextSize;
import org.medlist.ui.medications.MedicationsView;
import org.medlist.ui.medications.MedicationsViewModel;
import org.medlist.ui.people.PeopleBar;
import org.medlist.ui.people.PeopleViewModel;

/** Lays out the main window and its keyboard shortcuts; all state lives in the view-models. */
public final class MainWindow {
    static final double WIDTH = 1280;
    static final double HEIGHT = 760;
    private final Stage stage;
    private final Scene scene;
    private final BorderPane root = new BorderPane();
    private final FlowPane top;
    private final TextSize textSize;
    private final int peopleItems;

    public MainWindow(Stage stage, AppContext context, PeopleViewModel people, org.medlist.ui.people.ProfileViewModel profile,
                      Runnable openProfile, MedicationsViewModel medications, MedicationsView.FormFactory forms,
                      java.util.Map<javafx.scene.control.Tab, java.util.function.Supplier<javafx.scene.Node>> extraTabs,
                      javafx.scene.Node sidePanel, Runnable showAbout) {
        this.stage = stage;
        this.textSize = new TextSize(stage, MainWindow.class.getResource("/org/medlist/ui/medlist.css").toExternalForm());
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
        bigger.setOnAction(e -> textSize.bigger());
        bigger.disableProperty().bind(textSize.sizeProperty().greaterThanOrEqualTo(TextSize.LARGEST));
        Button smaller = Icons.iconButton("fontSmallerButton", "Smaller text (Ctrl −)", MaterialDesignF.FORMAT_FONT_SIZE_DECREASE);
        smaller.setOnAction(e -> textSize.smaller());
        smaller.disableProperty().bind(textSize.sizeProperty().lessThanOrEqualTo(TextSize.SMALLEST));
        Button about = Icons.iconButton("aboutButton", "About MedList and its data sources", MaterialDesignI.INFORMATION_OUTLINE);
        about.setOnAction(e -> showAbout.run());
        // A flow rather than a ToolBar: a ToolBar hides what does not fit behind ">>"; this one wraps to a
        // second row at large text or in a narrow window, so every control stays visible.
        HBox view = new HBox(4, smaller, bigger, dark, about);
        view.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        view.setId("viewControls");
        top = new FlowPane(10, 6);
        top.getChildren().addAll(peopleBar.controls());
        top.getChildren().add(view);
        top.setId("mainToolbar");
        top.getStyleClass().add("ml-toolbar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setAccessibleRole(javafx.scene.AccessibleRole.TOOL_BAR);
        top.setAccessibleText("Person and view");
        peopleItems = peopleBar.controls().size();

        SplitPane split = new SplitPane(medicationsView);
        split.setId("mainSplit");
        if (sidePanel != null) {
            split.getItems().add(sidePanel);
            split.setDividerPositions(0.6);
            // Side by side needs about 70 characters' width; with less (large text, a small screen) the
            // warnings go below the list, so neither the tabs nor the table columns are cut short.
            split.orientationProperty().bind(Bindings.when(root.widthProperty().lessThan(textSize.sizeProperty().multiply(70)))
                    .then(javafx.geometry.Orientation.VERTICAL).otherwise(javafx.geometry.Orientation.HORIZONTAL));
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
        // A flow, so that at large text the database's path goes to a line of its own instead of being cut;
        // a long message wraps.
        FlowPane status = new FlowPane(10, 2, message, working, where);
        status.setId("statusBar");
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Label l : new Label[] {message, where}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.maxWidthProperty().bind(status.widthProperty().subtract(40));
        }
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        // At large text in a small window the list and the warnings need more height than there is: the
        // window's content then scrolls as a page does, rather than squeezing the table to no rows at all.
        split.minHeightProperty().bind(textSize.sizeProperty().multiply(30));
        javafx.scene.control.ScrollPane page = new javafx.scene.control.ScrollPane(split);
        page.setId("mainScroll");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("edge-to-edge");
        root.setTop(top);
        root.setCenter(page);
        root.setBottom(status);
        

        scene = new Scene(root, stage.getScene() != null ? stage.getScene().getWidth() : startingSize().getWidth(),
                stage.getScene() != null ? stage.getScene().getHeight() : startingSize().getHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/org/medlist/ui/medlist.css").toExternalForm());
        var accel = scene.getAccelerators();
        accel.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), medicationsView::addMedication);
        accel.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), medicationsView::focusSearch);
        accel.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), medications::undoDelete);
        // Shift may be held or not: on most layouts "+" is Shift+"=", and people press Ctrl+Shift+= for it.
        for (KeyCode k : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            accel.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), textSize::bigger);
        }
        for (KeyCode k : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            accel.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), textSize::smaller);
        }
        accel.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), textSize::reset);
        accel.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), textSize::reset);

        context.status().errorProperty().addListener((o, old, text) -> {
            if (!text.isEmpty() && stage.isShowing()) Dialogs.error(stage, text);
        });

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> people.selected().map(p -> p.name() + " — MedList").orElse("MedList"), people.selectedProperty()));
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
    }

    /**
     * The size the window opens at: 1280 × 760, or the screen's usable area where that is smaller, less
     * room for the title bar. Centred, a window larger than the screen would open with its edges, and its
     * first and last controls, off the screen.
     */
    static javafx.geometry.Dimension2D startingSize() {
        return startingSize(javafx.stage.Screen.getPrimary().getVisualBounds());
    }

    static javafx.geometry.Dimension2D startingSize(javafx.geometry.Rectangle2D screen) {
        return new javafx.geometry.Dimension2D(Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight() - TITLE_BAR));
    }

    /** About the height of a window manager's title bar, which the scene's height does not include. */
    private static final double TITLE_BAR = 40;

    public Scene scene() { return scene; }

    /** Puts a control on the toolbar after the person picker and its actions. */
    public void addToToolbar(javafx.scene.Node item) { top.getChildren().add(peopleItems, item); }

    /** The text size of this window and its dialogs. */
    public TextSize textSize() { return textSize; }

}
