package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.store.Database;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.store.PrintedSummaryStore;
import org.medlist.store.QuestionStore;
import org.medlist.summary.AppointmentFixture;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryPdf;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Questions, the print preview, and import from the real window, on the appointment of the summary issue. */
@ExtendWith(ApplicationExtension.class)
class SummaryWindowTest {
    @TempDir static Path dir;
    Path db;
    AppContext context;
    Stage main;
    /** The file the next file dialog answers with. */
    final AtomicReference<Path> nextFile = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        db = dir.resolve("summary-" + System.nanoTime() + ".db");
        try (Database d = Database.open(db)) {
            AppointmentFixture.create(d, LocalDate.now());
        }
        context = WindowTestSupport.context(db);
        context.useFilePicker(new org.medlist.ui.common.FilePicker() {
            @Override
            public java.util.Optional<Path> save(Window owner, String title, String name, String filter, String... ext) {
                return java.util.Optional.ofNullable(nextFile.get());
            }

            @Override
            public java.util.Optional<Path> open(Window owner, String title, String filter, String... ext) {
                return java.util.Optional.ofNullable(nextFile.get());
            }
        });
        main = stage;
        MedListApp.show(stage, context);
    }

    Stage summaryWindow() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Summary for"))
                .findFirst().orElse(null);
    }

    @Test
    void aQuestionTypedInTheWindowIsStoredAndPrintedInThePreviewedPdf(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle().startsWith(AppointmentFixture.PERSON));
        robot.clickOn("#questionsTab");
        eventually(() -> robot.lookup("#questionsList").queryListView().getItems().size() == 1);
        robot.clickOn("#questionInput").write("Should I still take the eye drops when I travel?").type(javafx.scene.input.KeyCode.ENTER);
        ListView<?> questions = robot.lookup("#questionsList").queryListView();
        eventually(() -> questions.getItems().size() == 2);

        robot.clickOn("#shareMenu").clickOn("#menuSummary");
        eventually(() -> summaryWindow() != null && summaryWindow().isShowing());
        Label status = robot.from(summaryWindow().getScene().getRoot()).lookup("#summaryStatus").queryAs(Label.class);
        String paperName = SummaryPdf.Paper.forLocale(java.util.Locale.getDefault()).name();
        eventually(() -> status.getText().matches("\\d+ pages, " + paperName));
        int standardPages = Integer.parseInt(status.getText().split(" ")[0]);
        VBox pages = robot.from(summaryWindow().getScene().getRoot()).lookup("#summaryPages").queryAs(VBox.class);
        // The clinical page(s) and the patient's appendix, exactly the pages of the PDF (SummaryPdfTest checks the fit).
        assertThat(standardPages).isGreaterThanOrEqualTo(2);
        assertThat(pages.getChildren()).hasSize(standardPages);

        robot.clickOn(robot.from(summaryWindow().getScene().getRoot()).lookup("#summaryLargePrint").queryAs(CheckBox.class));
        eventually(() -> status.getText().endsWith("large print"));
        int largePages = Integer.parseInt(status.getText().split(" ")[0]);
        assertThat(largePages).isGreaterThan(standardPages);
        assertThat(pages.getChildren()).hasSize(largePages);
        @SuppressWarnings("unchecked")
        ChoiceBox<SummaryPdf.Paper> paper = robot.from(summaryWindow().getScene().getRoot()).lookup("#summaryPaper").queryAs(ChoiceBox.class);
        robot.interact(() -> paper.setValue(SummaryPdf.Paper.LETTER));
        eventually(() -> status.getText().contains("LETTER"));
        Path pdf = dir.resolve("saved-" + System.nanoTime() + ".pdf");
        nextFile.set(pdf);
        robot.clickOn(robot.from(summaryWindow().getScene().getRoot()).lookup("#summarySavePdf").queryButton());
        eventually(() -> Files.exists(pdf) && status.getText().startsWith("Saved"));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("2. Should I still take the eye drops when I travel?");
        }
        robot.interact(() -> summaryWindow().close());

        try (Database d = Database.open(db)) {
            Person p = new PersonStore(d).require(AppointmentFixture.PERSON);
            assertThat(new QuestionStore(d).forPerson(p.id())).extracting(q -> q.text())
                    .containsExactly(AppointmentFixture.QUESTION, "Should I still take the eye drops when I travel?");
            // saving recorded the day: the next summary's "what changed" starts there
            assertThat(new PrintedSummaryStore(d).last(p.id(), PrintedSummaryStore.What.SUMMARY)).map(t -> t.toLocalDate())
                    .contains(LocalDate.now());
        }
    }

    @Test
    void thePreviewShowsTheSavedPagesAChosenSinceDateAndTheWalletCard(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle().startsWith(AppointmentFixture.PERSON));
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isPresent());
        // The profile scrolls when it is taller than the screen: focus brings the field into view, as Tab does.
        robot.interact(() -> robot.lookup("#profileEmergencyContact").query().requestFocus());
        robot.clickOn("#profileEmergencyContact").write("Bob (son) 555 0100");
        eventually(() -> robot.lookup("#profileEmergencyContact").queryTextInputControl().getText().equals("Bob (son) 555 0100"));
        robot.clickOn("#profileSave");
        eventually(() -> robot.lookup("#profileDialog").tryQuery().isEmpty());
        robot.clickOn("#shareMenu").clickOn("#menuSummary");
        eventually(() -> summaryWindow() != null && summaryWindow().isShowing());
        var root = summaryWindow().getScene().getRoot();
        Label status = robot.from(root).lookup("#summaryStatus").queryAs(Label.class);
        VBox pages = robot.from(root).lookup("#summaryPages").queryAs(VBox.class);
        DatePicker since = robot.from(root).lookup("#summarySince").queryAs(DatePicker.class);
        // the first summary also waits for the knowledge base to load, which on a busy machine takes longer than one wait
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> status.getText().endsWith(" pages, " + SummaryPdf.Paper.forLocale(java.util.Locale.getDefault()).name()));
        assertThat(since.getValue()).isEqualTo(LocalDate.now().minusDays(Summary.DEFAULT_SINCE_DAYS));

        LocalDate chosen = LocalDate.now().minusDays(365);
        robot.interact(() -> since.setValue(chosen));
        Path pdf = dir.resolve("since-" + System.nanoTime() + ".pdf");
        nextFile.set(pdf);
        eventually(() -> status.getText().contains("pages"));
        robot.clickOn(robot.from(root).lookup("#summarySavePdf").queryButton());
        eventually(() -> Files.exists(pdf) && status.getText().startsWith("Saved"));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            // the preview shows the very pages that were saved
            assertThat(pages.getChildren()).hasSize(doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("What changed since " + SummaryPdf.day(chosen)).contains("Stopped: Ciprofloxacin 500 mg");
        }

        robot.clickOn(robot.from(root).lookup("#summaryCard").queryAs(CheckBox.class));
        eventually(() -> status.getText().startsWith("Wallet card, 1 page"));
        assertThat(pages.getChildren()).hasSize(1);
        Path card = dir.resolve("card-" + System.nanoTime() + ".pdf");
        nextFile.set(card);
        robot.clickOn(robot.from(root).lookup("#summarySavePdf").queryButton());
        eventually(() -> Files.exists(card) && status.getText().startsWith("Saved"));
        try (var doc = Loader.loadPDF(card.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("MEDICATION CARD").contains(AppointmentFixture.PERSON)
                    .contains("In an emergency call: Bob (son) 555 0100");
        }
        robot.interact(() -> summaryWindow().close());
        try (Database d = Database.open(db)) {
            Person p = new PersonStore(d).require(AppointmentFixture.PERSON);
            assertThat(new PrintedSummaryStore(d).last(p.id(), PrintedSummaryStore.What.CARD)).isPresent();
        }
    }

    @Test
    void importingAFileWithABadRowChangesNothingAndAGoodFileShowsInTheTable(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle().startsWith(AppointmentFixture.PERSON));
        TableView<?> table = robot.lookup("#medicationTable").queryTableView();
        eventually(() -> table.getItems().size() == 8);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,times\nSertraline 50 mg,morning\nValium,tea time\n");
        nextFile.set(bad);
        robot.clickOn("#shareMenu").clickOn("#menuImportCsv");
        eventually(() -> robot.lookup("#importRefusedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#importProblems").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("line 3: unknown time 'tea time' (use morning, noon, evening, bedtime, as needed; separated by ';').");
        robot.clickOn("OK");
        assertThat(table.getItems()).hasSize(8);

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "name,times\nSertraline 50 mg,morning\nZzyzxqol,\n");
        nextFile.set(good);
        robot.clickOn("#shareMenu").clickOn("#menuImportCsv");
        eventually(() -> robot.lookup("#importDoneDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#importDoneDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Imported 2 entries").contains("Not recognised, so not checked for interactions: Zzyzxqol");
        robot.clickOn("OK");
        eventually(() -> table.getItems().size() == 10);

        Path csv = dir.resolve("export-" + System.nanoTime() + ".csv");
        nextFile.set(csv);
        robot.clickOn("#shareMenu").clickOn("#menuExportCsv");
        eventually(() -> Files.exists(csv));
        assertThat(Files.readString(csv)).contains("Sertraline 50 mg,rx,,,,,morning").contains("Zzyzxqol");
    }

    @Test
    @SuppressWarnings("unchecked")
    void backupAndRestoreFromTheMenuPutBackThePeopleOfTheBackup(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle().startsWith(AppointmentFixture.PERSON));
        Path backup = dir.resolve("menu-backup-" + System.nanoTime() + ".db");
        nextFile.set(backup);
        robot.clickOn("#shareMenu").clickOn("#menuBackup");
        eventually(() -> Files.exists(backup) && context.status().messageProperty().get().startsWith("Backed up"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        robot.clickOn("#addPersonButton");
        robot.clickOn("#textDialogField").write("Added After The Backup").type(javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.ComboBox<Person> picker = robot.lookup("#personPicker").queryAs(javafx.scene.control.ComboBox.class);
        eventually(() -> picker.getItems().size() == 2);

        nextFile.set(backup);
        robot.clickOn("#shareMenu").clickOn("#menuRestore");
        robot.clickOn("#confirmYes");
        eventually(() -> picker.getItems().size() == 1 && picker.getItems().get(0).name().equals(AppointmentFixture.PERSON));
        eventually(() -> robot.lookup("#restoreDoneDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#restoreDoneDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("The previous database is kept as");
        robot.clickOn("OK");
        try (var files = Files.list(db.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith(db.getFileName() + ".before-restore-"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedFromTheMenuAndNothingChanges(FxRobot robot) throws Exception {
        eventually(() -> main.getTitle().startsWith(AppointmentFixture.PERSON));
        Path junk = Files.writeString(dir.resolve("not-a-backup-" + System.nanoTime() + ".db"), "this is not a database");
        nextFile.set(junk);
        robot.clickOn("#shareMenu").clickOn("#menuRestore");
        robot.clickOn("#confirmYes");
        eventually(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialog .content").queryAs(Label.class).getText()).contains("not a usable MedList backup")
                .contains("Nothing was changed");
        robot.clickOn("OK");
        TableView<?> table = robot.lookup("#medicationTable").queryTableView();
        eventually(() -> table.getItems().size() == 8);
    }
}
