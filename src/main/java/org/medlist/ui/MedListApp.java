package org.medlist.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.medlist.store.DatabaseLocation;
import org.medlist.ui.medications.MedicationForm;
import org.medlist.ui.medications.NameAssist;
import org.medlist.ui.medications.MedicationsViewModel;
import org.medlist.ui.people.PeopleViewModel;
import org.medlist.ui.people.ProfileDialog;
import org.medlist.ui.people.ProfileViewModel;
import org.medlist.ui.precautions.ChecklistView;
import org.medlist.ui.precautions.ChecklistViewModel;
import javafx.scene.control.Tab;
import org.medlist.ui.about.AboutDialog;
import org.medlist.ui.warnings.WarningsView;
import org.medlist.ui.warnings.WarningsViewModel;

/** The JavaFX application: wires the window and shows it at once; the database opens in the background. */
public class MedListApp extends Application {
    private AppContext context;
    private org.medlist.store.InstanceLock.Attempt instance;

    /** Runs on the launcher thread, before the JavaFX thread shows anything: the file work of the one-window check. */
    @Override
    public void init() {
        Path db = databasePath();
        try {
            org.medlist.store.Database.prepareFolder(db);
        } catch (RuntimeException e) {
            // opening the database will explain; the window still starts and says why
        }
        instance = org.medlist.store.InstanceLock.tryAcquire(db);
        if (instance instanceof org.medlist.store.InstanceLock.HeldElsewhere) org.medlist.store.InstanceLock.requestRaise(db);
    }

    public static void launchWindow() {
        Application.launch(MedListApp.class);
    }

    static Path databasePath() {
        String override = System.getProperty("medlist.db");
        return override != null ? Path.of(override) : DatabaseLocation.defaultPath();
    }

    @Override
    public void start(Stage stage) {
        if (instance instanceof org.medlist.store.InstanceLock.HeldElsewhere) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            explainAlreadyOpen(databasePath()).showAndWait();
            javafx.application.Platform.exit();
            return;
        }
        if (instance instanceof org.medlist.store.InstanceLock.Acquired acquired) {
            acquired.lock().onRaiseRequest(() -> javafx.application.Platform.runLater(() -> bringForward(stage)));
        }
        context = new AppContext(databasePath());
        boolean measuring = Boolean.getBoolean("medlist.measureStartup");
        // The window appears at once with its outline; the interface is built right after that first frame.
        stage.setTitle("MedList");
        stage.setScene(OpeningScene.create(MainWindow.WIDTH, MainWindow.HEIGHT));
        stage.setOnShown(e -> {
            if (measuring) StartupMeasure.shown("MedList main window");
            StartupMeasure.whenOnScreen(() -> {
                show(stage, context);
                if (measuring) StartupMeasure.ready("MedList interface built");
            });
        });
        stage.show();
    }

    /** {@code --measure-startup [--baseline]}. */
    public static void measureStartup(boolean baseline) {
        System.setProperty("medlist.measureStartup", "true");
        Application.launch(baseline ? StartupMeasure.EmptyStage.class : MedListApp.class);
    }

    /** Builds and shows the main window on {@code stage}; tests call this with their own context. */
    public static MainWindow show(Stage stage, AppContext context) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PeopleViewModel people = new PeopleViewModel(context);
        MedicationsViewModel medications = new MedicationsViewModel(context);
        ProfileViewModel profile = new ProfileViewModel(context);
        profile.personProperty().bind(people.selectedProperty());
        WarningsViewModel warnings = new WarningsViewModel(context, medications.allCurrent(), profile.profileProperty());
        warnings.personProperty().bind(people.selectedProperty());
        ChecklistViewModel checklist = new ChecklistViewModel(context, medications.allCurrent(), profile.profileProperty());
        checklist.personProperty().bind(people.selectedProperty());
        Tab checklistTab = new Tab();
        checklistTab.setId("checklistTab");
        checklistTab.textProperty().bind(checklist.openProperty().asString("Checklist (%d open)"));
        org.medlist.ui.questions.QuestionsViewModel questions = new org.medlist.ui.questions.QuestionsViewModel(context);
        questions.personProperty().bind(people.selectedProperty());
        Tab questionsTab = new Tab();
        questionsTab.setId("questionsTab");
        questionsTab.textProperty().bind(javafx.beans.binding.Bindings.size(questions.questions()).asString("Questions (%d)"));
        java.util.Map<Tab, java.util.function.Supplier<javafx.scene.Node>> tabs = new java.util.LinkedHashMap<>();
        tabs.put(checklistTab, () -> new ChecklistView(checklist));
        tabs.put(questionsTab, () -> new org.medlist.ui.questions.QuestionsView(questions));
        WarningsView warningsView = new WarningsView(warnings, () -> java.util.List.copyOf(medications.allCurrent()));
        MainWindow window = new MainWindow(stage, context, people, profile, () -> editProfile(stage, context, people, profile),
                medications,
                (owner, editing) -> {
                    MedicationForm form = new MedicationForm(owner, editing);
                    NameAssist.attach(form, context);
                    return form;
                }, tabs, warningsView, () -> showAbout(stage, context));
        window.addToToolbar(org.medlist.ui.exchange.ShareMenu.create(stage, people, new org.medlist.ui.exchange.ExchangeViewModel(context),
                () -> people.selected().ifPresent(p -> new org.medlist.ui.summary.SummaryWindow(stage, context,
                        new org.medlist.ui.summary.SummaryViewModel(context, p)).show()),
                medications::reload, context.filePicker()));
        stage.show();
        // Storage and the knowledge base start once the interface has been drawn: on a two-core machine
        // loading them earlier slows the first drawing of the interface down more than it gains.
        StartupMeasure.afterFirstFrame(() -> {
            people.load();
            context.startLoadingKnowledge();
        });
        return window;
    }

    private static void editProfile(Stage stage, AppContext context, PeopleViewModel people, ProfileViewModel profile) {
        people.selected().ifPresent(p -> context.background().run(() -> context.knowledge().knowledgeBase().conditions(),
                conditions -> new ProfileDialog(stage, p.name(), profile.profileProperty().get(), profile.notes(), conditions).showAndWait()
                        .ifPresent(r -> profile.save(r.profile(), r.notes())),
                context.status()::failed));
    }

    private static void showAbout(Stage stage, AppContext context) {
        context.background().run(() -> context.knowledge().knowledgeBase(),
                kb -> new AboutDialog(stage, kb).showAndWait(), context.status()::failed);
    }

    @Override
    public void stop() {
        if (context != null) context.close();
        if (instance instanceof org.medlist.store.InstanceLock.Acquired acquired) acquired.lock().close();
    }

    /** The second start on a database: says that a window has it open and has been brought forward. */
    static javafx.scene.control.Alert explainAlreadyOpen(Path db) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                "MedList is already open with " + db + ". That window has been brought to the front: please use it, "
                + "so that two windows never change the same list.", javafx.scene.control.ButtonType.OK);
        alert.setTitle("MedList");
        alert.setHeaderText("MedList is already open");
        alert.getDialogPane().setId("alreadyOpenDialog");
        return alert;
    }

    static void bringForward(Stage stage) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }
}
