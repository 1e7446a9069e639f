package org.medlist.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.medlist.exchange.HealthRecord;
import org.medlist.importing.Reconciliation;

/**
 * The review before an import writes anything: every medicine, allergy and condition the file holds,
 * with its status and a tick box (new ones ticked, duplicates not), what was left out and why, and the
 * interaction check of the list as it would be after the import, redone as boxes are ticked.
 */
final class ImportReviewDialog {
    /** The rows the user chose. */
    record Choice(Set<Integer> medicines, Set<Integer> allergies, Set<Integer> conditions) {}

    private final List<CheckBox> medicines = new ArrayList<>();
    private final List<CheckBox> allergies = new ArrayList<>();
    private final List<CheckBox> conditions = new ArrayList<>();
    private final Label check = new Label("Checking the list as it would be after import…");
    private final ExchangeViewModel model;
    private final ExchangeViewModel.Review review;

    private ImportReviewDialog(ExchangeViewModel model, ExchangeViewModel.Review review) {
        this.model = model;
        this.review = review;
    }

    static Optional<Choice> show(Window owner, ExchangeViewModel model, ExchangeViewModel.Review review) {
        return new ImportReviewDialog(model, review).show(owner);
    }

    private Optional<Choice> show(Window owner) {
        Reconciliation.Plan plan = review.plan();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import from health record");
        dialog.setHeaderText("What " + review.fileName() + " holds, matched against " + review.person().name() + "'s list"
                + (plan.record().patientName().isBlank() ? "" : " (the file is about " + plan.record().patientName() + ")")
                + ". Nothing is written until you press Import.");
        dialog.getDialogPane().setId("importReviewDialog");
        VBox rows = new VBox(4);
        rows.setPadding(new Insets(8));
        rows.getChildren().add(heading("Medicines (" + plan.medicines().size() + ")"));
        for (int i = 0; i < plan.medicines().size(); i++) {
            Reconciliation.MedRow r = plan.medicines().get(i);
            String text = r.what().name() + (r.med().strength().isBlank() || r.what().name().contains(r.med().strength()) ? "" : " " + r.med().strength())
                    + " — " + r.status().words() + (r.detail().isBlank() ? "" : " (" + r.detail() + ")")
                    + (r.what().recognised() ? "" : " — not checked for interactions");
            CheckBox box = box("importMedicine" + i, text, r.ticked());
            box.setDisable(r.status() == Reconciliation.Status.STOPPED_IN_RECORD);
            medicines.add(box);
            rows.getChildren().add(box);
        }
        if (!plan.allergies().isEmpty() || plan.setsNoKnownAllergies()) rows.getChildren().add(heading("Allergies"));
        if (plan.setsNoKnownAllergies()) rows.getChildren().add(new Label("The record says: no known allergies. This fills the profile's allergy state."));
        for (int i = 0; i < plan.allergies().size(); i++) {
            Reconciliation.AllergyRow a = plan.allergies().get(i);
            String text = a.substance() + (a.allergy().reaction().isBlank() ? "" : " (reaction: " + a.allergy().reaction() + ")")
                    + (a.alreadyThere() ? " — already in the profile" : "") + (a.allergy().active() ? "" : " — inactive in the record")
                    + (a.checked() ? "" : " — MedList does not recognise it: kept as text, not checked");
            CheckBox box = box("importAllergy" + i, text, a.ticked());
            allergies.add(box);
            rows.getChildren().add(box);
        }
        if (!plan.conditions().isEmpty()) rows.getChildren().add(heading("Conditions"));
        for (int i = 0; i < plan.conditions().size(); i++) {
            Reconciliation.ConditionRow c = plan.conditions().get(i);
            String text = c.condition().name() + (c.alreadyThere() ? " — already in the profile" : "")
                    + (c.condition().active() ? "" : " — resolved in the record");
            CheckBox box = box("importCondition" + i, text, c.ticked());
            conditions.add(box);
            rows.getChildren().add(box);
        }
        if (!plan.record().skipped().isEmpty()) {
            rows.getChildren().add(heading("Left out"));
            for (HealthRecord.Skipped s : plan.record().skipped()) {
                Label l = new Label(s.where() + (s.text().isBlank() ? "" : ": \"" + s.text() + "\"") + " — " + s.reason());
                l.setWrapText(true);
                rows.getChildren().add(l);
            }
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 420);
        check.setId("importCheckSummary");
        check.setWrapText(true);
        check.setPadding(new Insets(8, 0, 0, 0));
        VBox content = new VBox(6, scroll, check);
        dialog.getDialogPane().setContent(content);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).setId("importReviewImport");
        dialog.setResizable(true);
        recheck();
        return dialog.showAndWait().filter(b -> b == importButton).map(b -> choice());
    }

    private CheckBox box(String id, String text, boolean ticked) {
        CheckBox b = new CheckBox(text);
        b.setId(id);
        b.setSelected(ticked);
        b.setWrapText(true);
        b.selectedProperty().addListener((o, was, now) -> recheck());
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 2 0;");
        return l;
    }

    private void recheck() {
        Choice c = choice();
        model.checkAfter(review, c.medicines(), c.allergies(), text -> {
            if (choice().equals(c)) check.setText(text);
        });
    }

    private Choice choice() {
        return new Choice(ticked(medicines), ticked(allergies), ticked(conditions));
    }

    private static Set<Integer> ticked(List<CheckBox> boxes) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < boxes.size(); i++) if (boxes.get(i).isSelected() && !boxes.get(i).isDisabled()) out.add(i);
        return out;
    }
}
