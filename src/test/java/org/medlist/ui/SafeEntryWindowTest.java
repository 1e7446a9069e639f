package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.Medication;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A caregiver enters her mother's medicines: what is typed is what gets checked, with the mother's
 * allergies, age and conditions, before anything is saved.
 */
@ExtendWith(ApplicationExtension.class)
class SafeEntryWindowTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir static Path dir;
    Path db;
    AppContext context;
    long mother;

    @Start
    void start(Stage stage) {
        db = dir.resolve("entry-" + System.nanoTime() + ".db");
        try (Database d = Database.open(db, CLOCK)) {
            mother = new PersonStore(d).add("Rosa").id();
            new ProfileStore(d).save(mother, new Profile(Optional.of(LocalDate.of(1948, 6, 15)), Optional.empty(), false, false, false,
                    Optional.empty(), Optional.empty(), Profile.AllergyState.RECORDED, List.of(new Profile.Allergy("penicillins", "hives")),
                    Set.of("kidney_disease"), ""));
        }
        context = new AppContext(db, CLOCK);
        context.useKnowledge(BundledKnowledge.get());
        MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    private List<Medication> stored() {
        try (Database d = Database.open(db, CLOCK)) {
            return new MedicationStore(d).current(mother);
        }
    }

    private static String texts(FxRobot robot, String query) {
        StringBuilder all = new StringBuilder();
        robot.lookup(query).queryAll().forEach(n -> collect(n, all));
        return all.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Labeled l && l.getText() != null) out.append(l.getText()).append('\n');
        if (node instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    private void openForm(FxRobot robot) {
        eventually(() -> !robot.lookup("#addButton").query().isDisabled());
        robot.clickOn("#addButton");
        eventually(() -> robot.lookup("#medicationForm").tryQuery().isPresent());
    }

    @Test
    void checkBeforeAddingAugmentinRaisesThePenicillinAllergyAndSavesNothing(FxRobot robot) {
        eventually(() -> robot.lookup("#warningsHeadline").queryAs(Label.class).getText().contains("No medicines"));
        robot.clickOn("#checkBeforeField").write("Augmentin").type(KeyCode.ENTER);
        eventually(() -> robot.lookup("#checkBeforeResult").queryAs(Label.class).getText().contains("Nothing was saved"));
        assertThat(robot.lookup("#checkBeforeResult").queryAs(Label.class).getText()).startsWith("ALLERGY").contains("penicillins");
        assertThat(stored()).isEmpty();
    }

    @Test
    void theAddFormShowsTheAllergyBeforeSavingAndAsksNamingIt(FxRobot robot) {
        openForm(robot);
        WindowTestSupport.fillName(robot, "Augmentin");
        eventually(() -> robot.lookup("#formAllergy").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#formAllergy").queryAs(Label.class).getText()).contains("ALLERGY").contains("penicillins").contains("Rosa");
        robot.clickOn("#formSave");
        eventually(() -> robot.lookup("#allergyConfirm").tryQuery().isPresent());
        assertThat(texts(robot, "#allergyConfirm")).contains("penicillins").contains("Save anyway");
        robot.clickOn("#allergyGoBack");
        assertThat(robot.lookup("#medicationForm").tryQuery()).isPresent();
        assertThat(stored()).isEmpty();
        robot.clickOn("#formSave");
        eventually(() -> robot.lookup("#allergySaveAnyway").tryQuery().isPresent());
        robot.clickOn("#allergySaveAnyway");
        eventually(() -> stored().size() == 1);
        assertThat(stored().get(0).ingredients()).contains("amoxicillin");
    }

    @Test
    void ibuprofenForARosaOf78WithKidneyDiseaseShowsThosePrecautionsBeforeSaving(FxRobot robot) {
        openForm(robot);
        WindowTestSupport.fillName(robot, "ibuprofen");
        eventually(() -> texts(robot, "#formFindings").contains("Precaution"));
        String shown = texts(robot, "#formFindings");
        assertThat(shown).contains("Precaution (older adults)").containsIgnoringCase("kidney");
        assertThat(stored()).isEmpty();
        robot.clickOn("#formCancel");
    }

    @Test
    void lisinoprilAndEnterStoresLisinoprilOnlyEvenWithTheSuggestionsOpen(FxRobot robot) {
        openForm(robot);
        robot.clickOn("#formName").write("lisinopril");
        eventually(() -> robot.lookup("#formRecognition").queryAs(Label.class).getText().startsWith("Recognised"));
        // Enter with the suggestion list open (Lisinopril And Hydrochlorothiazide among them) saves what was typed.
        robot.type(KeyCode.ENTER);
        eventually(() -> stored().size() == 1);
        assertThat(stored().get(0).name()).isEqualTo("lisinopril");
        assertThat(stored().get(0).ingredients()).containsExactly("lisinopril");
    }

    @Test
    void aStrengthTypedInTheNameFillsTheStrengthField(FxRobot robot) {
        openForm(robot);
        WindowTestSupport.fillName(robot, "lexapro 10mg");
        eventually(() -> robot.lookup("#formStrength").queryAs(TextField.class).getText().equals("10 mg"));
        robot.clickOn("#formSave");
        eventually(() -> stored().size() == 1);
        assertThat(stored().get(0).details().strength()).isEqualTo("10 mg");
        assertThat(stored().get(0).ingredients()).containsExactly("escitalopram");
    }

    @Test
    void aProductTheKnowledgeBaseKnowsFillsItsStrengthAndKind(FxRobot robot) {
        openForm(robot);
        WindowTestSupport.fillName(robot, "Tylenol Extra Strength");
        eventually(() -> robot.lookup("#formStrength").queryAs(TextField.class).getText().equals("500 mg"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.medlist.model.Kind> kind = robot.lookup("#formKind").queryAs(javafx.scene.control.ComboBox.class);
        eventually(() -> kind.getValue() == org.medlist.model.Kind.OVER_THE_COUNTER);
        robot.clickOn("#formCancel");
    }

    @Test
    void anIsoDateOfBirthIsKeptAndTheAgeShown(FxRobot robot) {
        eventually(() -> robot.lookup("#allergySummary").queryAs(Label.class).getText().startsWith("Allergies"));
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        DatePicker born = robot.lookup("#profileBorn").queryAs(DatePicker.class);
        robot.interact(() -> born.getEditor().clear());
        robot.clickOn(born.getEditor()).write("1950-02-03");
        eventually(() -> robot.lookup("#profileAge").queryAs(Label.class).getText().equals("Age 76"));
        robot.interact(() -> born.getEditor().setText("not a date"));
        eventually(() -> robot.lookup("#profileBornProblem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#profileSave").query().isDisabled()).isTrue();
        robot.interact(() -> born.getEditor().setText("1950-02-03"));
        eventually(() -> !robot.lookup("#profileSave").query().isDisabled());
        robot.clickOn("#profileSave");
        eventually(() -> {
            try (Database d = Database.open(db, CLOCK)) {
                return new ProfileStore(d).get(mother).born().equals(Optional.of(LocalDate.of(1950, 2, 3)));
            }
        });
    }
}
