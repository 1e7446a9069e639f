package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.app.Knowledge;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Profile;
import org.medlist.precautions.PrecautionItem;
import org.medlist.store.ChecklistStore;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.ui.common.StatusModel;
import org.medlist.ui.common.TextSize;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as a good desktop citizen: at 1024×700 and at 200 % text nothing is cut short, the keyboard
 * reaches and works every control, the text size follows into dialogs, actions that do not apply are
 * disabled, and status messages expire.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCitizenWindowTest {
    @TempDir static Path dir;
    Path db;
    AppContext context;
    MainWindow window;
    Stage stage;
    final List<Runnable> timers = new ArrayList<>();
    long margaret;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = dir.resolve("citizen-" + System.nanoTime() + ".db");
        Knowledge k = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());
        try (Database d = Database.open(db)) {
            margaret = new PersonStore(d).add("Margaret").id();
            for (String name : List.of("Valium", "Coumadin 5 mg", "Advil 200 mg")) {
                new MedicationStore(d).add(margaret, MedicationDetails.named(name), k.recognize(name));
            }
            new ProfileStore(d).save(margaret, new Profile(Optional.of(LocalDate.now().minusYears(78)), Optional.empty(), false, false, false,
                    Optional.of(true), Optional.empty(), Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), ""));
        }
        context = WindowTestSupport.context(db);
        // The status bar's timer runs when the test says so: no test waits ten seconds.
        context.status().useTimer((delay, action) -> timers.add(action));
        window = MedListApp.show(stage, context);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void atTwiceTheTextIn1024x700NothingInTheWindowOrTheAddFormIsCutShort(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> window.textSize().set(2 * TextSize.STARTING));
        eventually(() -> statusFont(robot) == 2 * TextSize.STARTING);
        assertNothingCutShort(robot, stage.getScene());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#formName").tryQuery().isPresent());
        Scene form = robot.lookup("#formName").query().getScene();
        eventually(() -> robot.lookup("#formName").queryAs(Control.class).getScene().getWindow().isShowing());
        assertThat(((javafx.scene.control.TextField) robot.lookup("#formName").query()).getFont().getSize()).isEqualTo(2 * TextSize.STARTING);
        assertNothingCutShort(robot, form);
        robot.type(KeyCode.ESCAPE);
        eventually(() -> robot.lookup("#formName").tryQuery().isEmpty());
    }

    @Test
    void atTheStartingTextIn1024x700NothingIsCutShortEither(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        assertNothingCutShort(robot, stage.getScene());
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        assertNothingCutShort(robot, robot.lookup("#profileDialog").query().getScene());
        robot.type(KeyCode.ESCAPE);
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isEmpty());
    }

    @Test
    void iconsGrowWithTheTextAndStayThatWayThroughLaterStyling(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        org.kordamp.ikonli.javafx.FontIcon about = (org.kordamp.ikonli.javafx.FontIcon) robot.lookup("#aboutButton").queryAs(Button.class).getGraphic();
        assertThat(about.getIconSize()).isEqualTo(18);
        robot.interact(() -> window.textSize().set(2 * TextSize.STARTING));
        eventually(() -> statusFont(robot) == 2 * TextSize.STARTING);
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        assertThat(about.getIconSize()).isEqualTo(36);
        assertThat(about.getLayoutBounds().getWidth()).isGreaterThan(30);
        robot.interact(() -> window.textSize().reset());
        eventually(() -> statusFont(robot) == TextSize.STARTING);
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        assertThat(about.getIconSize()).isEqualTo(18);
    }

    @Test
    void tooltipsFollowTheTextSize(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> window.textSize().set(2 * TextSize.STARTING));
        eventually(() -> statusFont(robot) == 2 * TextSize.STARTING);
        robot.moveTo("#aboutButton");
        eventually(() -> shownTooltip().isPresent());
        assertThat(shownTooltip().orElseThrow().getFont().getSize()).isEqualTo(2 * TextSize.STARTING);
    }

    private static Optional<javafx.scene.control.Tooltip> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> (javafx.scene.control.Tooltip) w).findFirst();
    }

    @Test
    void ctrlPlusEnlargesWithOrWithoutShiftAndCtrlZeroReturnsToTheStartingSize(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        double start = statusFont(robot);
        assertThat(start).isEqualTo(TextSize.STARTING);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        eventually(() -> statusFont(robot) > start);
        double once = statusFont(robot);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        eventually(() -> statusFont(robot) > once);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        eventually(() -> statusFont(robot) == once);
        // Dialogs follow the text size.
        robot.clickOn("#aboutButton");
        eventually(() -> robot.lookup("#aboutClose").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutClose").queryAs(Button.class).getFont().getSize()).isEqualTo(once);
        robot.type(KeyCode.ENTER); // Enter closes the about box (its one button is the default)
        eventually(() -> robot.lookup("#aboutClose").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        eventually(() -> statusFont(robot) == start);
    }

    @Test
    void downSelectsTheFirstRowAndEnterEditsItEscapeCancels(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> table(robot).requestFocus());
        assertThat(table(robot).getSelectionModel().isEmpty()).isTrue();
        robot.type(KeyCode.DOWN);
        eventually(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DOWN);
        eventually(() -> table(robot).getSelectionModel().getSelectedIndex() == 1);
        Medication second = table(robot).getSelectionModel().getSelectedItem();
        robot.type(KeyCode.ENTER);
        eventually(() -> robot.lookup("#formName").tryQuery().isPresent());
        assertThat(robot.lookup("#formName").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(second.name());
        robot.type(KeyCode.ESCAPE);
        eventually(() -> robot.lookup("#formName").tryQuery().isEmpty());
    }

    @Test
    void spaceTicksTheSelectedChecklistItem(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#checklistTab");
        eventually(() -> robot.lookup("#checklist").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        CheckListView<PrecautionItem> list = robot.lookup("#checklist").queryAs(CheckListView.class);
        eventually(() -> !list.getItems().isEmpty());
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN);
        eventually(() -> list.getSelectionModel().getSelectedIndex() == 0);
        PrecautionItem first = list.getItems().get(0);
        robot.type(KeyCode.SPACE);
        eventually(() -> ticks().containsKey(first.key()));
        robot.type(KeyCode.SPACE);
        eventually(() -> !ticks().containsKey(first.key()));
    }

    @Test
    void editStopAndDeleteAreDisabledOnTheOtherTabsAndComeBackOnTheList(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertEnabled(robot, true);
        robot.clickOn("#questionsTab");
        eventually(() -> robot.lookup("#editButton").query().isDisabled());
        assertEnabled(robot, false);
        robot.clickOn("#historyTab");
        eventually(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        assertEnabled(robot, false);
        robot.clickOn("#currentTab");
        eventually(() -> !robot.lookup("#editButton").query().isDisabled());
        assertEnabled(robot, true);
    }

    @Test
    void aStatusMessageExpires(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> {
            timers.clear();
            context.status().say("Saved Margaret's profile.");
        });
        assertThat(statusText(robot)).isEqualTo("Saved Margaret's profile.");
        assertThat(timers).hasSize(1);
        // A newer message is not cleared by the older one's timer.
        robot.interact(() -> context.status().say("Question added."));
        robot.interact(() -> timers.get(0).run());
        assertThat(statusText(robot)).isEqualTo("Question added.");
        robot.interact(() -> timers.get(1).run());
        assertThat(statusText(robot)).isEmpty();
        assertThat(StatusModel.SHOWN_FOR).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    }

    @Test
    void tabReachesEveryControlOfTheMainWindowAndOfTheAddForm(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> robot.lookup("#personPicker").query().requestFocus());
        Set<String> reached = tabThrough(robot, stage.getScene(), 60);
        assertThat(reached).contains("personPicker", "addPersonButton", "renamePersonButton", "removePersonButton", "profileButton",
                "shareMenu", "fontSmallerButton", "fontBiggerButton", "darkThemeToggle", "aboutButton", "addButton",
                "searchField", "medicationTabs", "medicationTable", "checkBeforeField", "warningsList");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#formName").tryQuery().isPresent());
        Scene form = robot.lookup("#formName").query().getScene();
        Set<String> inForm = tabThrough(robot, form, 40);
        assertThat(inForm).contains("formName", "formStrength", "formDose", "formForm", "formRoute", "formTime_MORNING", "formWhenText",
                "formReason", "formPrescriber", "formStarted", "formKind", "formNotes", "formCancel");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyFocusableControlHasAccessibleTextOrItsOwnText(FxRobot robot) {
        eventually(() -> table(robot).getItems().size() == 3);
        List<String> unnamed = new ArrayList<>();
        for (Node n : all(stage.getScene().getRoot())) {
            if (!(n instanceof Control c) || !c.isFocusTraversable() || !shown(c) || insideCell(c)) continue;
            boolean named = c.getAccessibleText() != null && !c.getAccessibleText().isBlank()
                    || c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                    || labelledBy(stage.getScene().getRoot(), c);
            if (!named) unnamed.add(describe(c));
        }
        assertThat(unnamed).as("controls a screen reader could only call by their role").isEmpty();
    }

    private Set<String> tabThrough(FxRobot robot, Scene scene, int presses) {
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.TAB);
            WindowTestSupport.eventually(() -> true);
            for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
        }
        return reached;
    }

    /** Every shown Labeled draws its whole text (JavaFX 21 has no isTextTruncated: its skin's Text node shows what is drawn). */
    static void assertNothingCutShort(FxRobot robot, Scene scene) {
        WindowTestSupport.eventually(() -> true);
        List<String> cut = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (Node n : all(scene.getRoot())) {
                if (!(n instanceof Labeled l) || !shown(l) || l.getText() == null || l.getText().isBlank()) continue;
                Text drawn = (Text) l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c != l.getGraphic()).findFirst().orElse(null);
                if (drawn == null) continue;
                String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
                if (!drawn.getText().equals(whole)) cut.add(describe(l) + " drawn as \"" + drawn.getText() + "\"");
                if (!insideScrolling(l)) {
                    Bounds b = l.localToScene(l.getBoundsInLocal());
                    if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) outside.add(describe(l) + " at " + b);
                }
            }
            Node overflow = scene.getRoot().lookup(".control-buttons-tab");
            if (overflow != null && overflow.isVisible()) outside.add("tab headers overflow into a menu");
        });
        assertThat(cut).as("labels cut short").isEmpty();
        assertThat(outside).as("controls beyond the window's edge").isEmpty();
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return n.getScene() != null;
    }

    private static boolean insideScrolling(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane || at instanceof javafx.scene.control.skin.VirtualFlow<?>) return true;
        }
        return false;
    }

    private static boolean insideCell(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.IndexedCell<?>) return true;
            // the editor and arrow inside a combo box or date picker are parts of it, named by it
            if (at instanceof javafx.scene.control.ComboBoxBase<?>) return true;
        }
        return false;
    }

    private static boolean labelledBy(Parent root, Node c) {
        return all(root).stream().anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getLabelFor() == c);
    }

    static List<Node> all(Parent root) {
        List<Node> out = new ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            if (n instanceof Parent p) todo.addAll(p.getChildrenUnmodifiable());
        }
        return out;
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : "");
    }

    private void assertEnabled(FxRobot robot, boolean enabled) {
        for (String id : List.of("#editButton", "#stopButton", "#deleteButton")) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id).isEqualTo(!enabled);
        }
    }

    private static double statusFont(FxRobot robot) {
        return robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getFont().getSize();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getText();
    }

    private java.util.Map<String, LocalDate> ticks() {
        try (Database d = Database.open(db)) {
            return new ChecklistStore(d).ticks(margaret);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<Medication> table(FxRobot robot) {
        return robot.lookup("#medicationTable").queryTableView();
    }

    @SuppressWarnings("unused")
    private static List<Window> windows() { return new ArrayList<>(Window.getWindows()); }
}
