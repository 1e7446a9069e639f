package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.knowledge.Severity;
import org.medlist.store.Database;
import org.medlist.store.DiscussedStore;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.ui.warnings.WarningsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new user adds Lexapro and Valium and reads the warning; what is not recognised says so. */
@ExtendWith(ApplicationExtension.class)
class WarningsWindowTest {
    @TempDir static Path dir;
    Path db;
    AppContext context;

    @Start
    void start(Stage stage) {
        db = dir.resolve("warnings-" + System.nanoTime() + ".db");
        try (Database d = Database.open(db)) {
            new PersonStore(d).add("Ann");
        }
        context = WindowTestSupport.context(db);
        MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void addingLexaproAndValiumShowsAnUnderstandableWarningWithItsSource(FxRobot robot) {
        addMedicine(robot, "Lexapro");
        addMedicine(robot, "Valium");
        eventually(() -> findingTitles(robot).stream().anyMatch(t -> t.contains("Valium + Lexapro")));
        selectFinding(robot, "Valium + Lexapro");
        eventually(() -> robot.lookup("#detailSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#detailSummary").queryAs(Label.class).getText()).contains("sleepier");
        assertThat(texts(robot, "#findingDetail")).contains("MedList class rule").contains("Lexapro (escitalopram) prescribing information")
                .contains("SSRI antidepressant").contains("Don't stop");
        assertThat(robot.lookup("#warningsHeader").queryAs(Label.class).getText()).matches("Warnings \\(\\d+\\)");
    }

    @Test
    void anUnrecognisedMedicineIsSavedButShownAsNotChecked(FxRobot robot) {
        addMedicine(robot, "Lipitor");
        robot.clickOn("#addButton");
        robot.clickOn("#formName").write("lexipro");
        eventually(() -> robot.lookup("#formRecognition").queryAs(Label.class).getText().startsWith("Not recognised"));
        assertThat(robot.lookup("#suggestion_lexapro").tryQuery()).isPresent();
        robot.clickOn("#formSave");
        // Saving an unrecognised name asks first, offering the suggestions before "Save as not checked".
        eventually(() -> robot.lookup("#notCheckedConfirm").tryQuery().isPresent());
        assertThat(texts(robot, "#notCheckedConfirm")).contains("Use Lexapro").contains("Save as not checked");
        robot.clickOn("#saveNotChecked");
        eventually(() -> texts(robot, "#warningsList").contains("NOT CHECKED"));
        assertThat(texts(robot, "#warningsList")).contains("lexipro — not recognised, so not checked").contains("Lexapro");
        assertThat(robot.lookup("#warningsHeadline").queryAs(Label.class).getText())
                .contains("among 1 checked medicine").contains("1 medicine was not recognised").doesNotContainIgnoringCase("safe");
        TableView<Medication> table = robot.lookup("#medicationTable").queryTableView();
        assertThat(table.getItems()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("lexipro");
            assertThat(m.isRecognized()).isFalse();
        });
    }

    @Test
    void autocompletionOffersNamesWithIngredientsAndStoresTheRecognisedIngredients(FxRobot robot) {
        robot.clickOn("#addButton");
        robot.clickOn("#formName").write("Tylenol P");
        java.util.function.Predicate<Node> tylenolPm = n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("Tylenol PM");
        // the popup shows its cells before they are filled in: wait for the one wanted
        eventually(() -> robot.lookup(".auto-complete-popup .list-cell").match(tylenolPm).tryQuery().isPresent());
        Node pm = robot.lookup(".auto-complete-popup .list-cell").match(tylenolPm).query();
        assertThat(((javafx.scene.control.ListCell<?>) pm).getText()).contains("acetaminophen + diphenhydramine");
        robot.clickOn(pm);
        eventually(() -> robot.lookup("#formName").queryTextInputControl().getText().equals("Tylenol PM"));
        eventually(() -> robot.lookup("#formRecognition").queryAs(Label.class).getText().startsWith("Recognised as Tylenol PM"));
        robot.clickOn("#formSave");
        eventually(() -> stored().size() == 1);
        assertThat(stored().get(0).ingredients()).containsExactly("acetaminophen", "diphenhydramine");
    }

    @Test
    void nothingFoundSaysHowManyWereCheckedAndNeverSafe(FxRobot robot) {
        addMedicine(robot, "Lipitor");
        eventually(() -> robot.lookup("#warningsHeadline").queryAs(Label.class).getText().startsWith("No interactions found among 1 checked medicine"));
        assertThat(robot.lookup("#warningsHeadline").queryAs(Label.class).getText()).doesNotContainIgnoringCase("safe");
    }

    @Test
    void aDiscussedDateIsKeptAndNeverHidesTheWarning(FxRobot robot) {
        addMedicine(robot, "Lexapro");
        addMedicine(robot, "Valium");
        eventually(() -> findingTitles(robot).stream().anyMatch(t -> t.contains("Valium + Lexapro")));
        selectFinding(robot, "Valium + Lexapro");
        eventually(() -> robot.lookup("#discussedSave").tryQuery().isPresent());
        scrollIntoView(robot, "#findingDetail", "#discussedSave");
        robot.clickOn("#discussedSave");
        eventually(() -> robot.lookup("#discussedState").queryAs(Label.class).getText().startsWith("Discussed on " + LocalDate.now()));
        assertThat(findingTitles(robot)).anyMatch(t -> t.contains("Valium + Lexapro"));
        try (Database d = Database.open(db)) {
            long ann = new PersonStore(d).require("Ann").id();
            assertThat(new DiscussedStore(d).forPerson(ann)).containsEntry("pair:diazepam|escitalopram", LocalDate.now());
        }
    }

    @Test
    void checkBeforeAddingTestsANewMedicineWithoutSavingIt(FxRobot robot) {
        addMedicine(robot, "Coumadin");
        eventually(() -> robot.lookup("#warningsHeadline").queryAs(Label.class).getText().contains("1 checked"));
        robot.clickOn("#checkBeforeField").write("Advil").type(KeyCode.ENTER);
        eventually(() -> robot.lookup("#checkBeforeResult").queryAs(Label.class).getText().contains("Nothing was saved"));
        assertThat(robot.lookup("#checkBeforeResult").queryAs(Label.class).getText()).contains("Advil").contains("warning");
        assertThat(texts(robot, "#checkBeforeFindings")).contains("Coumadin");
        assertThat(stored()).extracting(Medication::name).containsExactly("Coumadin");
    }

    @Test
    void aboutShowsTheKnowledgeBaseVersionAndEverySourceWithItsLicence(FxRobot robot) {
        robot.clickOn("#aboutButton");
        eventually(() -> robot.lookup("#aboutKnowledgeVersion").tryQuery().isPresent());
        String about = texts(robot, "#aboutDialog");
        assertThat(about).contains("Knowledge base 2026.").contains("DDInter").contains("CC BY-NC-SA 4.0").contains("ANSM")
                .contains("National Library of Medicine").contains("WHO");
        robot.clickOn("#aboutClose");
    }

    private void addMedicine(FxRobot robot, String name) {
        int before = stored().size();
        eventually(() -> !robot.lookup("#addButton").query().isDisabled());
        robot.clickOn("#addButton");
        WindowTestSupport.fillName(robot, name);
        robot.clickOn("#formSave");
        eventually(() -> stored().size() == before + 1);
    }

    /** Scrolls a scroll pane so that a node inside it is in view, as a user would before clicking. */
    private static void scrollIntoView(FxRobot robot, String paneQuery, String nodeQuery) {
        javafx.scene.control.ScrollPane pane = robot.lookup(paneQuery).queryAs(javafx.scene.control.ScrollPane.class);
        Node node = robot.lookup(nodeQuery).query();
        robot.interact(() -> {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            pane.setVvalue(Math.max(0, Math.min(1, (y - 20) / Math.max(1, contentHeight - viewport))));
        });
    }

    private java.util.List<String> findingTitles(FxRobot robot) {
        ListView<WarningsView.Row> list = robot.lookup("#warningsList").queryListView();
        return list.getItems().stream().filter(r -> r instanceof WarningsView.Item)
                .map(r -> ((WarningsView.Item) r).finding().title()).toList();
    }

    private void selectFinding(FxRobot robot, String titlePart) {
        ListView<WarningsView.Row> list = robot.lookup("#warningsList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r instanceof WarningsView.Item i && i.finding().title().contains(titlePart)).findFirst().orElseThrow()));
    }

    private static String texts(FxRobot robot, String query) {
        StringBuilder all = new StringBuilder();
        collect(robot.lookup(query).query(), all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null) out.append(l.getText()).append('\n');
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) collect(sp.getContent(), out);
        if (node instanceof javafx.scene.control.DialogPane dp && dp.getContent() != null) collect(dp.getContent(), out);
        if (node instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    private java.util.List<Medication> stored() {
        try (Database d = Database.open(db)) {
            return new MedicationStore(d).current(new PersonStore(d).require("Ann").id());
        }
    }
}
