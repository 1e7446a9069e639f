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
import org.medlist.ui.about.AboutDialog;
import org.medlist.ui.warnings.WarningsView;
import org.medlist.ui.warnings.WarningsViewModel;

/** The JavaFX application: wires the window and shows it at once; the database opens in the background. */
public class MedListApp extends Application {
    private AppContext context;

    public static void launchWindow() {
        Application.launch(MedListApp.class);
    }

    static Path databasePath() {
        String override = System.getProperty("medlist.db");
        return override != null ? Path.of(override) : DatabaseLocation.defaultPath();
    }

    @Override
    public void start(Stage stage) {
        context = new AppContext(databasePath());
        show(stage, context);
    }

    /** Builds and shows the main window on {@code stage}; tests call this with their own context. */
    public static MainWindow show(Stage stage, AppContext context) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PeopleViewModel people = new PeopleViewModel(context);
        MedicationsViewModel medications = new MedicationsViewModel(context);
        WarningsViewModel warnings = new WarningsViewModel(context, medications.allCurrent());
        warnings.personProperty().bind(people.selectedProperty());
        WarningsView warningsView = new WarningsView(warnings, () -> java.util.List.copyOf(medications.allCurrent()));
        MainWindow window = new MainWindow(stage, context, people, medications,
                (owner, editing) -> {
                    MedicationForm form = new MedicationForm(owner, editing);
                    NameAssist.attach(form, context);
                    return form;
                }, warningsView, () -> showAbout(stage, context));
        stage.show();
        people.load();
        return window;
    }

    private static void showAbout(Stage stage, AppContext context) {
        context.background().run(() -> context.knowledge().knowledgeBase(),
                kb -> new AboutDialog(stage, kb).showAndWait(), context.status()::failed);
    }

    @Override
    public void stop() {
        if (context != null) context.close();
    }
}
