package org.medlist.ui;

import java.util.Optional;
import org.medlist.ui.common.Jobs;
import org.medlist.ui.medications.MedicationFormViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.medlist.store.Database;
import org.medlist.store.DatabaseLocation;
import org.medlist.store.InstanceLock;
import org.medlist.ui.about.AboutDialog;
import org.medlist.ui.exchange.ExchangeViewModel;
import org.medlist.ui.exchange.ShareMenu;
import org.medlist.ui.medications.MedicationForm;
import org.medlist.ui.medications.MedicationsViewModel;
import org.medlist.ui.medications.NameAssist;
import org.medlist.ui.people.PeopleViewModel;
import org.medlist.ui.people.ProfileDialog;
import org.medlist.ui.people.ProfileViewModel;
import org.medlist.ui.precautions.ChecklistView;
import org.medlist.ui.precautions.ChecklistViewModel;
import org.medlist.ui.questions.QuestionsView;
import org.medlist.ui.questions.QuestionsViewModel;
import org.medlist.ui.summary.SummaryViewModel;
import org.medlist.ui.summary.SummaryWindow;
import org.medlist.ui.warnings.WarningsView;
import org.medlist.ui.warnings.WarningsViewModel;

/** The JavaFX application: wires the window and shows it at once; the database opens in the background. */
public class MedListApp extends Application {
    /** How the window was asked to start; JavaFX constructs the application itself, so it reads this. */
    public record WindowOptions(Optional<Path> database, boolean measuring) {}

    private static volatile WindowOptions options = new WindowOptions(Optional.empty(), false);
    private AppContext context;
    private InstanceLock.Attempt instance;

    /** Runs on the launcher thread, before the JavaFX thread shows anything: the file work of the one-window check. */
    @Override
    public void init() {
        Path db = databasePath();
        try {
            Database.prepareFolder(db);
        } catch (RuntimeException e) {
            // opening the database will explain; the window still starts and says why
        }
        instance = InstanceLock.tryAcquire(db);
        if (instance instanceof InstanceLock.HeldElsewhere) InstanceLock.requestRaise(db);
    }

    /** Opens the window on {@code database}, or on the default database when empty. */
    public static void launchWindow(Optional<Path> database) {
        options = new WindowOptions(database, false);
        Application.launch(MedListApp.class);
    }

    /** For tests that start the application class themselves. */
    public static void useOptions(WindowOptions chosen) { options = chosen; }

    static Path databasePath() {
        return options.database().orElseGet(DatabaseLocation::defaultPath);
    }

    @Override
    public void start(Stage stage) {
        if (instance instanceof InstanceLock.HeldElsewhere) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            explainAlreadyOpen(databasePath()).showAndWait();
            Platform.exit();
            return;
        }
        if (instance instanceof InstanceLock.Acquired acquired) {
            acquired.lock().onRaiseRequest(() -> Platform.runLater(() -> bringForward(stage)));
        }
        context = new AppContext(databasePath());
        boolean measuring = options.measuring();
        // The window appears at once with its outline; the interface is built right after that first frame.
        stage.setTitle("MedList");
        stage.setScene(OpeningScene.create(MainWindow.startingSize().getWidth(), MainWindow.startingSize().getHeight()));
        stage.setOnShown(e -> {
            StartupMeasure.trace("outline shown");
            if (measuring) StartupMeasure.shown(stage.getScene(), "MedList window outline");
            StartupMeasure.whenOnScreen(() -> {
                show(stage, context);
                if (measuring) StartupMeasure.ready(stage.getScene(), "MedList interface, every control drawn");
            });
        });
        stage.show();
    }

    /** {@code --measure-startup [--baseline | --controls-floor]}. */
    public static void measureStartup(Optional<Path> database, boolean baseline, boolean controlsFloor) {
        options = new WindowOptions(database, true);
        Application.launch(baseline ? StartupMeasure.EmptyStage.class : controlsFloor ? StartupMeasure.ControlsFloor.class : MedListApp.class);
    }

    /** Builds and shows the main window on {@code stage}; tests call this with their own context. */
    public static MainWindow show(Stage stage, AppContext context) {
        StartupMeasure.trace("building the interface");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupMeasure.trace("theme stylesheet loaded");
        Jobs jobs = context.jobs();
        PeopleViewModel people = new PeopleViewModel(jobs, context.databaseFile());
        MedicationsViewModel medications = new MedicationsViewModel(jobs);
        ProfileViewModel profile = new ProfileViewModel(jobs);
        profile.personProperty().bind(people.selectedProperty());
        WarningsViewModel warnings = new WarningsViewModel(jobs, medications.allCurrent(), profile.profileProperty());
        warnings.personProperty().bind(people.selectedProperty());
        ChecklistViewModel checklist = new ChecklistViewModel(jobs, medications.allCurrent(), profile.profileProperty());
        checklist.personProperty().bind(people.selectedProperty());
        QuestionsViewModel questions = new QuestionsViewModel(jobs);
        questions.personProperty().bind(people.selectedProperty());
        Map<Tab, Supplier<Node>> tabs = new LinkedHashMap<>();
        tabs.put(tab("checklistTab", checklist.openProperty().asString("Checklist (%d open)")), () -> new ChecklistView(checklist));
        tabs.put(tab("questionsTab", Bindings.size(questions.questions()).asString("Questions (%d)")), () -> new QuestionsView(questions));
        StartupMeasure.trace("view-models");
        WarningsView warningsView = new WarningsView(warnings);
        MainWindow window = new MainWindow(stage, context, people, profile, () -> editProfile(stage, context, people, profile),
                medications,
                (owner, editing) -> {
                    MedicationForm form = new MedicationForm(owner, editing, jobs.today());
                    MedicationFormViewModel what = new MedicationFormViewModel(jobs, people.selected(), editing.map(m -> m.name()).orElse(null));
                    form.useModel(what);
                    NameAssist.attach(form, context::loadedKnowledge, what);
                    return form;
                }, tabs, warningsView, () -> showAbout(stage, context));
        StartupMeasure.trace("main window built, styled and laid out (stage.setScene)");
        window.addToToolbar(ShareMenu.create(stage, people, new ExchangeViewModel(jobs, context.databaseFile()),
                () -> people.selected().ifPresent(p -> new SummaryWindow(stage, context, new SummaryViewModel(jobs, p)).show()),
                medications::reload, context.filePicker()));
        stage.show();
        StartupMeasure.trace("share menu");
        // Storage and the knowledge base start once the interface has been drawn: on a two-core machine
        // loading them earlier slows the first drawing of the interface down more than it gains.
        StartupMeasure.afterFirstFrame(() -> {
            people.load();
            context.startLoadingKnowledge();
        });
        return window;
    }

    private static Tab tab(String id, ObservableValue<String> title) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        return tab;
    }

    private static void editProfile(Stage stage, AppContext context, PeopleViewModel people, ProfileViewModel profile) {
        people.selected().ifPresent(p -> context.jobs().run(app -> app.knowledge().knowledgeBase().conditions(),
                conditions -> new ProfileDialog(stage, p.name(), profile.profileProperty().get(), profile.notes(), profile.emergencyContact(),
                        conditions, context.jobs().today()).showAndWait()
                        .ifPresent(r -> profile.save(r.profile(), r.notes(), r.emergencyContact()))));
    }

    private static void showAbout(Stage stage, AppContext context) {
        context.jobs().run(app -> app.knowledge().knowledgeBase(), kb -> new AboutDialog(stage, kb).showAndWait());
    }

    @Override
    public void stop() {
        if (context != null) context.close();
        if (instance instanceof InstanceLock.Acquired acquired) acquired.lock().close();
    }

    /** The second start on a database: says that a window has it open and has been brought forward. */
    static Alert explainAlreadyOpen(Path db) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "MedList is already open with " + db + ". That window has been brought to the front: please use it, "
                + "so that two windows never change the same list.", ButtonType.OK);
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
