package org.medlist.ui.warnings;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.medlist.check.Citation;
import org.medlist.check.Finding;

/** One warning laid out like a patient leaflet: the medicines, what could happen, what to watch for and do, the sources. */
final class FindingDetail extends ScrollPane {
    private final WarningsViewModel model;
    private final ObjectProperty<Finding> shown;
    private final VBox content = new VBox(10);

    FindingDetail(WarningsViewModel model, ObjectProperty<Finding> shown) {
        this.model = model;
        this.shown = shown;
        setId("findingDetail");
        setFitToWidth(true);
        content.setPadding(new Insets(10));
        setContent(content);
        shown.addListener((o, a, f) -> render());
        model.discussed().addListener((MapChangeListener<String, LocalDate>) c -> render());
        model.ingredientDescriptions().addListener((MapChangeListener<String, String>) c -> render());
        render();
    }

    private void render() {
        content.getChildren().clear();
        Finding f = shown.get();
        if (f == null) {
            Label hint = new Label("Select a warning to read what it means, what to watch for, and where it comes from.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            content.getChildren().add(hint);
            return;
        }
        Label title = wrap(f.title());
        title.setId("detailTitle");
        title.getStyleClass().add("title-4");
        String meaning = f.kind() == Finding.Kind.ALLERGY
                ? "A medicine on the list matches an allergy recorded in this person's profile." : f.severity().meaning();
        content.getChildren().addAll(SeverityLook.badge(f), title, wrap(meaning));

        section("The medicines");
        for (int i = 0; i < f.medications().size(); i++) {
            String med = f.medications().get(i);
            String drug = i < f.drugs().size() ? f.drugs().get(i) : "";
            String what = model.ingredientDescriptions().getOrDefault(drug, "");
            content.getChildren().add(wrap("• " + med + (drug.isEmpty() || drug.equalsIgnoreCase(med) ? "" : " (" + drug + ")")
                    + (what.isEmpty() ? "" : " — " + what)));
        }
        section("What could happen");
        Label summary = wrap(f.summary());
        summary.setId("detailSummary");
        content.getChildren().add(summary);
        if (!f.mechanism().isEmpty()) {
            section("How they interact, in the source's own words");
            content.getChildren().add(wrap(f.mechanism()));
        }
        if (!f.watchFor().isEmpty()) {
            section("Watch for");
            f.watchFor().forEach(w -> content.getChildren().add(wrap("• " + w)));
        }
        section("What to do");
        Label todo = wrap(f.whatToDo());
        todo.setId("detailWhatToDo");
        content.getChildren().add(todo);

        section("Discussed with my doctor");
        LocalDate when = model.discussed().get(f.key());
        Label state = wrap(when == null ? "Not recorded yet. Recording it keeps the warning on the list." : "Discussed on " + when + ".");
        state.setId("discussedState");
        DatePicker date = new DatePicker(when == null ? model.today() : when);
        date.setId("discussedDate");
        date.setAccessibleText("Date it was discussed with the doctor");
        Button save = new Button("Record date");
        save.setId("discussedSave");
        save.setOnAction(e -> {
            if (date.getValue() != null) model.recordDiscussed(f, date.getValue());
        });
        Button clear = new Button("Clear");
        clear.setId("discussedClear");
        clear.setDisable(when == null);
        clear.setOnAction(e -> model.clearDiscussed(f));
        content.getChildren().addAll(state, new HBox(6, date, save, clear));

        section("Sources");
        for (Citation c : f.sources()) {
            StringBuilder text = new StringBuilder("• ").append(c.sourceName()).append(" — its grade: ").append(c.grade())
                    .append(" (MedList: ").append(c.severity().label().toLowerCase(java.util.Locale.ROOT)).append(")");
            if (!c.condition().isEmpty()) text.append(". ").append(c.condition());
            if (!c.detail().isEmpty() && !c.detail().equals(f.mechanism())) text.append(". ").append(c.detail());
            if (!c.reference().isEmpty()) text.append(" [").append(c.reference()).append("]");
            content.getChildren().add(wrap(text.toString()));
        }
        content.getChildren().add(wrap("Knowledge base " + model.knowledgeVersion()
                + ". This is information to discuss with your doctor or pharmacist, not medical advice."));
    }

    private void section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("ml-section");
        content.getChildren().add(l);
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
