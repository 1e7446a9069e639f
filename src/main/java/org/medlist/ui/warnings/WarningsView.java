package org.medlist.ui.warnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.medlist.check.CheckInput;
import org.medlist.check.Finding;
import org.medlist.knowledge.Severity;
import org.medlist.model.Medication;
import org.medlist.ui.common.Icons;

/**
 * The warnings panel beside the list: always visible, grouped by severity (word, icon and colour),
 * with the medicines that were not checked, a leaflet-like detail of the selected warning, and
 * "check before adding".
 */
public final class WarningsView extends VBox {
    /** A row of the panel's list: a severity heading, a finding, or an entry that was not checked. */
    public sealed interface Row permits Heading, Item, Unchecked, UncheckedAllergy {}

    public record UncheckedAllergy(String allergy) implements Row {}

    public record Heading(String text, Severity severity) implements Row {}

    public record Item(Finding finding) implements Row {}

    public record Unchecked(CheckInput input) implements Row {}

    private final WarningsViewModel model;
    private final ListView<Row> list = new ListView<>();
    private final ObjectProperty<Finding> shown = new SimpleObjectProperty<>();
    private final FindingDetail detail;

    public WarningsView(WarningsViewModel model) {
        super(8);
        this.model = model;
        setId("warningsPanel");
        setPadding(new Insets(8));
        setMinWidth(300);

        Label header = new Label();
        header.setId("warningsHeader");
        header.getStyleClass().add("title-4");
        header.setGraphic(Icons.of(MaterialDesignS.SHIELD_ALERT));
        header.textProperty().bind(Bindings.createStringBinding(() -> "Warnings (" + model.warningCountProperty().get() + ")",
                model.warningCountProperty()));
        header.setAccessibleText("Warnings");
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(16, 16);
        checking.visibleProperty().bind(model.checkingProperty());
        Label headline = new Label();
        headline.setId("warningsHeadline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TextField candidate = new TextField();
        candidate.setId("checkBeforeField");
        candidate.setPromptText("Check before adding: type a medicine");
        candidate.setAccessibleText("Check a medicine against this list before adding it");
        Button check = new Button("Check", Icons.of(MaterialDesignM.MAGNIFY));
        check.setId("checkBeforeButton");
        check.setAccessibleText("Check this medicine against the list without saving it");
        Runnable runCheck = () -> model.checkBeforeAdding(candidate.getText());
        check.setOnAction(e -> runCheck.run());
        candidate.setOnAction(e -> runCheck.run());
        check.disableProperty().bind(candidate.textProperty().isEmpty().or(model.personProperty().isNull()));
        HBox.setHgrow(candidate, Priority.ALWAYS);
        Label candidateResult = new Label();
        candidateResult.setId("checkBeforeResult");
        candidateResult.setWrapText(true);
        candidateResult.textProperty().bind(model.candidateHeadlineProperty());
        candidateResult.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        candidateResult.managedProperty().bind(candidateResult.textProperty().isNotEmpty());
        VBox candidateList = new VBox(2);
        candidateList.setId("checkBeforeFindings");
        Runnable showCandidate = () -> {
            candidateList.getChildren().clear();
            for (Finding f : model.candidateFindings()) {
                Button open = new Button(f.title(), Icons.of(SeverityLook.icon(f.severity())));
                open.getStyleClass().addAll("flat", SeverityLook.styleClass(f.severity()));
                open.setAccessibleText(f.severity().label() + ": " + f.title());
                open.setOnAction(e -> {
                    list.getSelectionModel().clearSelection();
                    shown.set(f);
                });
                candidateList.getChildren().add(open);
            }
            for (org.medlist.precautions.PrecautionItem p : model.candidatePrecautions()) {
                Label item = new Label("Precaution (" + p.topic().replace('_', ' ') + "): " + p.text());
                item.setWrapText(true);
                item.getStyleClass().add("ml-candidate-precaution");
                candidateList.getChildren().add(item);
            }
        };
        model.candidateFindings().addListener((ListChangeListener<Finding>) c -> showCandidate.run());
        model.candidatePrecautions().addListener((ListChangeListener<org.medlist.precautions.PrecautionItem>) c -> showCandidate.run());

        list.setId("warningsList");
        list.setAccessibleText("Warnings, most serious first");
        list.setCellFactory(lv -> new RowCell());
        org.medlist.ui.common.Keyboard.arrowsSelect(list);
        list.setPlaceholder(new Label("Nothing to show yet."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row instanceof Item item) {
                shown.set(item.finding());
                model.selectedProperty().set(item.finding());
            }
        });
        model.findings().addListener((ListChangeListener<Finding>) c -> rebuild());
        model.notChecked().addListener((ListChangeListener<CheckInput>) c -> rebuild());
        model.allergiesNotChecked().addListener((ListChangeListener<String>) c -> rebuild());
        model.discussed().addListener((MapChangeListener<String, LocalDate>) c -> list.refresh());
        model.findings().addListener((ListChangeListener<Finding>) c -> {
            if (shown.get() != null && model.findings().stream().noneMatch(f -> f.key().equals(shown.get().key()))
                    && !model.candidateFindings().contains(shown.get())) {
                shown.set(null);
            }
        });

        detail = new FindingDetail(model, shown);
        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        HBox top = new HBox(8, header, checking);
        getChildren().addAll(top, headline, new HBox(6, candidate, check), candidateResult, candidateList, split);
    }

    public ListView<Row> list() { return list; }

    private void rebuild() {
        List<Row> rows = new ArrayList<>();
        Severity current = null;
        for (Finding f : model.findings()) {
            if (f.severity() != current) {
                current = f.severity();
                Severity s = current;
                long n = model.findings().stream().filter(x -> x.severity() == s).count();
                rows.add(new Heading(s.label() + " (" + n + ")", s));
            }
            rows.add(new Item(f));
        }
        int unchecked = model.notChecked().size() + model.allergiesNotChecked().size();
        if (unchecked > 0) {
            rows.add(new Heading("Not checked (" + unchecked + ")", null));
            model.notChecked().forEach(i -> rows.add(new Unchecked(i)));
            model.allergiesNotChecked().forEach(a -> rows.add(new UncheckedAllergy(a)));
        }
        list.getItems().setAll(rows);
    }

    private final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("ml-heading-row");
            setDisable(false);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            if (row instanceof Heading h) setGraphic(heading(h));
            else if (row instanceof Item i) setGraphic(item(i.finding()));
            else if (row instanceof Unchecked u) setGraphic(unchecked(u.input()));
            else if (row instanceof UncheckedAllergy a) setGraphic(uncheckedAllergy(a.allergy()));
        }

        private Node heading(Heading h) {
            getStyleClass().add("ml-heading-row");
            Label l = h.severity() == null ? new Label(h.text().toUpperCase(java.util.Locale.ROOT), Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HELP_CIRCLE_OUTLINE))
                    : new Label(h.text().toUpperCase(java.util.Locale.ROOT), Icons.of(SeverityLook.icon(h.severity())));
            l.getStyleClass().add("ml-heading");
            if (h.severity() != null) l.getStyleClass().add(SeverityLook.styleClass(h.severity()));
            return l;
        }

        private Node item(Finding f) {
            Label title = new Label(f.title());
            title.setWrapText(true);
            title.getStyleClass().add("ml-finding-title");
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label kind = new Label(f.kind().label());
            kind.getStyleClass().add("text-muted");
            VBox box = new VBox(2, new HBox(6, SeverityLook.badge(f), kind), title);
            LocalDate when = model.discussed().get(f.key());
            if (when != null) {
                Label d = new Label("Discussed with the doctor on " + when);
                d.getStyleClass().add("ml-discussed");
                box.getChildren().add(d);
            }
            box.setAccessibleText(f.severity().label() + ": " + f.title());
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            return box;
        }

        private Node uncheckedAllergy(String allergy) {
            Label badge = new Label("ALLERGY NOT CHECKED", Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HELP_CIRCLE_OUTLINE));
            badge.getStyleClass().addAll("ml-severity", "ml-not-checked");
            Label name = new Label("The allergy to \"" + allergy + "\" is not recognised, so no medicine was checked against it. "
                    + "Write the medicine or group as on a label (e.g. penicillins, ibuprofen) in the profile.");
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox box = new VBox(2, badge, name);
            box.setAccessibleText("Allergy not checked: " + allergy);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            return box;
        }

        private Node unchecked(CheckInput input) {
            Label badge = new Label("NOT CHECKED", Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HELP_CIRCLE_OUTLINE));
            badge.getStyleClass().addAll("ml-severity", "ml-not-checked");
            Label name = new Label(input.label() + " — not recognised, so not checked for interactions"
                    + (input.suggestions().isEmpty() ? "." : ". Did you mean " + String.join(", ", input.suggestions()) + "?"));
            name.setWrapText(true);
            VBox box = new VBox(2, badge, name);
            box.setAccessibleText("Not checked: " + input.label());
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            return box;
        }
    }
}
