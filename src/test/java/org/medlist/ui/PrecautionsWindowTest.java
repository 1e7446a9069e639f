package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.app.Knowledge;
import org.medlist.precautions.PrecautionItem;
import org.medlist.model.Profile;
import org.medlist.store.ChecklistStore;
import org.medlist.store.Database;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.ui.warnings.WarningsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The profile, the checklist and allergy warnings in the real window, on a database written by an earlier run. */
@ExtendWith(ApplicationExtension.class)
class PrecautionsWindowTest {
    @TempDir static Path dir;
    Path db;
    AppContext context;
    long ann;

    @Start
    void start(Stage stage) {
        db = dir.resolve("precautions-" + System.nanoTime() + ".db");
        Knowledge k = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());
        try (Database d = Database.open(db)) {
            ann = new PersonStore(d).add("Margaret").id();
            new MedicationStore(d).add(ann, MedicationDetails.named("Valium"), k.recognize("Valium"));
            new ProfileStore(d).save(ann, new Profile(Optional.of(LocalDate.now().minusYears(70)), Optional.empty(), false, false, false,
                    Optional.of(true), Optional.empty(), Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), ""));
            new ChecklistStore(d).tick(ann, "benzo-stopping", LocalDate.of(2026, 11, 2));
        }
        context = WindowTestSupport.context(db);
        MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void theChecklistShowsTheItemsForAnOlderDriverOnValiumAndKeepsTicksFromAnEarlierRun(FxRobot robot) {
        openChecklist(robot);
        CheckListView<PrecautionItem> list = checklist(robot);
        eventually(() -> list.getItems().size() >= 4);
        assertThat(list.getItems()).extracting(PrecautionItem::topic).contains("older_adults", "driving", "alcohol", "stopping");
        assertThat(list.getItems()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty());
        PrecautionItem stopping = list.getItems().stream().filter(i -> i.key().equals("benzo-stopping")).findFirst().orElseThrow();
        eventually(() -> list.getCheckModel().isChecked(stopping));
        Tab tab = checklistTab(robot);
        assertThat(tab.getText()).isEqualTo("Checklist (" + (list.getItems().size() - 1) + " open)");

        PrecautionItem driving = list.getItems().stream().filter(i -> i.topic().equals("driving")).findFirst().orElseThrow();
        robot.interact(() -> list.getCheckModel().check(driving));
        eventually(() -> ticks().containsKey(driving.key()));
        assertThat(tab.getText()).isEqualTo("Checklist (" + (list.getItems().size() - 2) + " open)");
    }

    @Test
    void anAllergyRecordedInTheProfileRaisesATopWarningAndTheSummarySaysSo(FxRobot robot) {
        eventually(() -> robot.lookup("#allergySummary").queryAs(Label.class).getText().equals("Allergies not recorded"));
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        robot.clickOn("#hasAllergies");
        robot.clickOn("#profileAllergies").write("penicillins: rash");
        robot.clickOn("#profileSave");
        eventually(() -> robot.lookup("#allergySummary").queryAs(Label.class).getText().equals("Allergies: penicillins (rash)"));

        WindowTestSupport.addMedicineThroughForm(robot, "amoxicillin");
        ListView<WarningsView.Row> list = robot.lookup("#warningsList").queryListView();
        eventually(() -> list.getItems().stream().anyMatch(r -> r instanceof WarningsView.Item i && i.finding().title().startsWith("Allergy")));
        WarningsView.Item first = (WarningsView.Item) list.getItems().stream().filter(r -> r instanceof WarningsView.Item).findFirst().orElseThrow();
        assertThat(first.finding().title()).contains("amoxicillin").contains("penicillins");
        assertThat(robot.lookup("#warningsHeadline").queryAs(Label.class).getText()).startsWith("1 allergy warning");
    }

    @Test
    void noKnownAllergiesIsShownDifferentlyFromNotRecorded(FxRobot robot) {
        eventually(() -> robot.lookup("#allergySummary").queryAs(Label.class).getText().equals("Allergies not recorded"));
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        robot.clickOn("#noKnownAllergies");
        robot.clickOn("#profileNotes").write("Pharmacy: Main St");
        ComboBox<String> drives = robot.lookup("#profileDrives").queryComboBox();
        robot.interact(() -> drives.setValue("No"));
        robot.clickOn("#profileSave");
        eventually(() -> robot.lookup("#allergySummary").queryAs(Label.class).getText().equals("No known allergies"));
        openChecklist(robot);
        CheckListView<PrecautionItem> list = checklist(robot);
        eventually(() -> !list.getItems().isEmpty() && list.getItems().stream().noneMatch(i -> i.topic().equals("driving")));
        try (Database d = Database.open(db)) {
            Profile p = new ProfileStore(d).get(ann);
            assertThat(p.allergyState()).isEqualTo(Profile.AllergyState.NONE_KNOWN);
            assertThat(p.drives()).contains(false);
            assertThat(new PersonStore(d).require("Margaret").notes()).isEqualTo("Pharmacy: Main St");
        }
    }

    @Test
    void aBirthDateInTheFutureKeepsSaveDisabled(FxRobot robot) {
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        DatePicker born = robot.lookup("#profileBorn").queryAs(DatePicker.class);
        robot.interact(() -> born.setValue(LocalDate.now().plusDays(3)));
        eventually(() -> robot.lookup("#profileSave").query().isDisabled());
        assertThat(robot.lookup("#profileProblem").queryAs(Label.class).getText()).contains("future");
        robot.clickOn("#profileCancel");
    }

    /** A reload replaces the list's items; the check list then clears and re-marks its checks, which is not the person unticking. */
    @Test
    void reloadingTheChecklistKeepsTheTicksInTheDatabase(FxRobot robot) {
        // The tab is opened only after the checklist has loaded (its title counts the open items), as a
        // person who looks at the list first would: the ticks kept from the earlier run must show then too.
        eventually(() -> !checklistTab(robot).getText().equals("Checklist (0 open)"));
        openChecklist(robot);
        CheckListView<PrecautionItem> list = checklist(robot);
        eventually(() -> list.getItems().stream().anyMatch(i -> i.key().equals("benzo-stopping") && list.getCheckModel().isChecked(i)));
        for (int reload = 0; reload < 3; reload++) {
            // Adding a medicine re-checks the list and replaces the checklist's items, the ticked one among them.
            WindowTestSupport.addMedicineThroughForm(robot, reload == 0 ? "Zoloft" : reload == 1 ? "Lipitor" : "Tylenol");
            int expected = 2 + reload;
            eventually(() -> robot.lookup("#medicationTable").queryTableView().getItems().size() == expected);
            eventually(() -> list.getItems().stream().anyMatch(i -> i.key().equals("benzo-stopping") && list.getCheckModel().isChecked(i)));
            assertThat(ticks()).as("after reload " + reload).containsKey("benzo-stopping");
        }
    }

    private void openChecklist(FxRobot robot) {
        TabPane tabs = robot.lookup("#medicationTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(checklistTab(robot)));
    }

    private static Tab checklistTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#medicationTabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> "checklistTab".equals(t.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static CheckListView<PrecautionItem> checklist(FxRobot robot) {
        return robot.lookup("#checklist").queryAs(CheckListView.class);
    }

    private java.util.Map<String, LocalDate> ticks() {
        try (Database d = Database.open(db)) {
            return new ChecklistStore(d).ticks(ann);
        }
    }
}
