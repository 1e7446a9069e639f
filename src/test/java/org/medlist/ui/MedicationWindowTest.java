package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.store.Database;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Walks the real window against a real database file, as a new user would. */
@ExtendWith(ApplicationExtension.class)
class MedicationWindowTest {
    @TempDir static Path dir;
    AppContext context;
    MainWindow window;

    @Start
    void start(Stage stage) {
        context = WindowTestSupport.context(dir.resolve("window-" + System.nanoTime() + ".db"));
        window = MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void firstStartExplainsWhatToDoThenAPersonAndAMedicineCanBeAdded(FxRobot robot) {
        eventually(() -> robot.lookup("#emptyAddPerson").tryQuery().isPresent());
        robot.clickOn("#emptyAddPerson");
        robot.clickOn("#textDialogField").write("Ann");
        robot.type(KeyCode.ENTER);
        eventually(() -> personPicker(robot).getValue() != null);
        assertThat(personPicker(robot).getValue().name()).isEqualTo("Ann");
        eventually(() -> robot.lookup("#emptyAddMedicine").tryQuery().isPresent());

        addMedicine(robot, "Lexapro 10 mg", "1 tablet");
        eventually(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Lexapro 10 mg");
        assertThat(stored("Ann")).extracting(Medication::name).containsExactly("Lexapro 10 mg");
    }

    @Test
    void theFormShowsWhatIsWrongAndKeepsSaveDisabled(FxRobot robot) {
        addPerson(robot, "Ann");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#formName").write("a");
        robot.eraseText(1);
        eventually(() -> robot.lookup("#formProblem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#formProblem").queryAs(Label.class).getText()).contains("Enter the medicine's name");
        assertThat(robot.lookup("#formSave").query().isDisabled()).isTrue();
        robot.write("Zoloft");
        eventually(() -> !robot.lookup("#formSave").query().isDisabled());
        robot.clickOn("#formCancel");
        assertThat(stored("Ann")).isEmpty();
    }

    @Test
    void editStopDeleteAndUndo(FxRobot robot) {
        addPerson(robot, "Ann");
        addMedicine(robot, "Valium", "5 mg");
        addMedicine(robot, "Zoloft", "50 mg");
        eventually(() -> table(robot).getItems().size() == 2);

        // Edit with Enter on the selected row.
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#medicationTable").type(KeyCode.ENTER);
        robot.doubleClickOn("#formDose").eraseText(5).write("2 mg");
        robot.clickOn("#formSave");
        eventually(() -> stored("Ann").stream().anyMatch(m -> m.details().dose().equals("2 mg")));

        // Stop: leaves the list, appears in the history.
        selectByName(robot, "Valium");
        robot.clickOn("#stopButton");
        robot.clickOn("#confirmYes");
        eventually(() -> table(robot).getItems().size() == 1);
        robot.clickOn("History");
        eventually(() -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<Medication> history = robot.lookup("#historyTable").queryTableView();
        eventually(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).name()).isEqualTo("Valium");

        // Delete with the Delete key, then Ctrl+Z brings it back.
        robot.clickOn("#currentTab");
        selectByName(robot, "Zoloft");
        robot.clickOn("#medicationTable").type(KeyCode.DELETE);
        robot.clickOn("#confirmYes");
        eventually(() -> table(robot).getItems().isEmpty());
        assertThat(stored("Ann")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> table(robot).getItems().size() == 1);
        assertThat(stored("Ann")).extracting(Medication::name).containsExactly("Zoloft");
    }

    @Test
    void switchingPersonShowsTheirOwnList(FxRobot robot) {
        addPerson(robot, "Ann");
        addMedicine(robot, "Lexapro", "");
        eventually(() -> table(robot).getItems().size() == 1);
        addPerson(robot, "Bob");
        eventually(() -> table(robot).getItems().isEmpty());
        addMedicine(robot, "Advil", "");
        addMedicine(robot, "Coumadin", "");
        eventually(() -> table(robot).getItems().size() == 2);

        ComboBox<Person> picker = personPicker(robot);
        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().stream().filter(p -> p.name().equals("Ann")).findFirst().orElseThrow()));
        eventually(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).name().equals("Lexapro"));
    }

    @Test
    void textCanBeEnlargedAndTheFindFieldFilters(FxRobot robot) {
        addPerson(robot, "Ann");
        addMedicine(robot, "Lexapro", "");
        addMedicine(robot, "Valium", "");
        eventually(() -> table(robot).getItems().size() == 2);
        double before = renderedSize(robot);
        robot.clickOn("#fontBiggerButton").clickOn("#fontBiggerButton").clickOn("#fontBiggerButton");
        double bigger = renderedSize(robot);
        assertThat(bigger).as("rendered text size after Larger text").isGreaterThan(before);
        robot.clickOn("#fontSmallerButton").clickOn("#fontSmallerButton").clickOn("#fontSmallerButton").clickOn("#fontSmallerButton");
        assertThat(renderedSize(robot)).as("rendered text size after Smaller text").isLessThan(bigger);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("val");
        eventually(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Valium");
    }

    @Test
    void clickingAColumnHeaderSortsTheList(FxRobot robot) {
        addPerson(robot, "Ann");
        addMedicine(robot, "Zoloft", "50 mg");
        addMedicine(robot, "Advil", "200 mg");
        addMedicine(robot, "Lipitor", "10 mg");
        eventually(() -> table(robot).getItems().size() == 3);
        // The check that follows each add can still move the layout (warnings appear): click once it is still,
        // or the click lands where another header was a moment before.
        eventually(() -> !context.background().busyProperty().get());
        Node doseHeader = robot.lookup("#medicationTable .column-header").match(n -> n.getId() != null && n.getId().equals("columnDose")).query();
        robot.clickOn(doseHeader);
        eventually(() -> table(robot).getItems().get(0).details().dose().equals("10 mg"));
        robot.clickOn(doseHeader);
        eventually(() -> table(robot).getItems().get(0).details().dose().equals("50 mg"));
    }

    /** The font size a label in the window is actually drawn with. */
    private static double renderedSize(FxRobot robot) {
        WindowTestSupport.eventually(() -> true);
        return robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class).getFont().getSize();
    }

    private void addPerson(FxRobot robot, String name) {
        eventually(() -> robot.lookup("#addPersonButton").tryQuery().isPresent());
        robot.clickOn("#addPersonButton");
        robot.clickOn("#textDialogField").write(name);
        robot.type(KeyCode.ENTER);
        eventually(() -> personPicker(robot).getValue() != null && personPicker(robot).getValue().name().equals(name));
    }

    private void addMedicine(FxRobot robot, String name, String dose) {
        int before = table(robot).getItems().size();
        robot.clickOn("#addButton");
        WindowTestSupport.fillName(robot, name);
        if (!dose.isEmpty()) robot.clickOn("#formDose").write(dose);
        robot.clickOn("#formSave");
        eventually(() -> table(robot).getItems().size() == before + 1);
    }

    private void selectByName(FxRobot robot, String name) {
        TableView<Medication> t = table(robot);
        robot.interact(() -> t.getSelectionModel().select(t.getItems().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow()));
    }

    private static TableView<Medication> table(FxRobot robot) {
        return robot.lookup("#medicationTable").queryTableView();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Person> personPicker(FxRobot robot) {
        return robot.lookup("#personPicker").queryAs(ComboBox.class);
    }

    /** What is really in the file, read through a second connection. */
    private java.util.List<Medication> stored(String person) {
        try (Database db = Database.open(context.databasePath())) {
            long id = new PersonStore(db).require(person).id();
            return new MedicationStore(db).current(id);
        }
    }
}
