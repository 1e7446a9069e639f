package org.medlist.ui.precautions;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.medlist.precautions.PrecautionItem;

/** The checklist: each item with its medicines, topic, text and source; ticking records the day. */
public final class ChecklistView extends BorderPane {
    private final ChecklistViewModel model;
    private final CheckListView<PrecautionItem> list = new CheckListView<>();
    private boolean applying;

    public ChecklistView(ChecklistViewModel model) {
        this.model = model;
        setId("checklistView");
        list.setId("checklist");
        list.setAccessibleText("Precautions to go through with your doctor or pharmacist");
        list.setItems(model.items());
        list.setPlaceholder(new Label("No precautions for the current medicines and profile. Fill in the profile (the person button) so that age, pregnancy and conditions are taken into account."));
        list.setCellFactory(lv -> new ItemCell());
        // The check list forgets its checks when its items are replaced, possibly after this listener has
        // run: mark them again once it is done.
        model.items().addListener((ListChangeListener<PrecautionItem>) c -> {
            syncChecks();
            javafx.application.Platform.runLater(this::syncChecks);
        });
        model.ticks().addListener((javafx.collections.MapChangeListener<String, LocalDate>) c -> syncChecks());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<PrecautionItem>) c -> {
            if (applying || model.isReplacing()) return;
            while (c.next()) {
                c.getAddedSubList().forEach(i -> model.setTicked(i, true));
                c.getRemoved().forEach(i -> model.setTicked(i, false));
            }
            list.refresh();
        });
        // Space or Enter ticks (or unticks) the selected item.
        org.medlist.ui.common.Keyboard.arrowsSelect(list);
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            javafx.scene.input.KeyCode k = e.getCode();
            if ((k == javafx.scene.input.KeyCode.SPACE || k == javafx.scene.input.KeyCode.ENTER) && !e.isShortcutDown()) {
                PrecautionItem item = list.getSelectionModel().getSelectedItem();
                if (item != null) {
                    if (list.getCheckModel().isChecked(item)) list.getCheckModel().clearCheck(item);
                    else list.getCheckModel().check(item);
                }
                e.consume();
            }
        });
        Label intro = new Label("Go through these with your doctor or pharmacist, and tick each one once it is done. "
                + "They come from the labels and safety notices named with each item.");
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        setTop(intro);
        BorderPane.setMargin(intro, new Insets(6, 8, 6, 8));
        setCenter(list);
        // The tab is built when first opened, often after the items and ticks have loaded: mark them now.
        syncChecks();
    }

    public CheckListView<PrecautionItem> list() { return list; }

    /**
     * Marks the checks from the kept ticks. ControlsFX's check model keeps checks by position and goes stale
     * when the items are replaced, so it is cleared and marked again in full rather than patched.
     */
    private void syncChecks() {
        applying = true;
        try {
            list.getCheckModel().clearChecks();
            for (PrecautionItem i : model.items()) {
                if (model.ticks().containsKey(i.key())) list.getCheckModel().check(i);
            }
        } finally {
            applying = false;
        }
        list.refresh();
    }

    private final class ItemCell extends javafx.scene.control.cell.CheckBoxListCell<PrecautionItem> {
        ItemCell() {
            super(list::getItemBooleanProperty);
        }

        @Override
        public void updateItem(PrecautionItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(getGraphic());
                return;
            }
            setText(null);
            javafx.scene.Node box = getGraphic();
            Label head = new Label(topicLabel(item.topic()) + " · " + String.join(", ", item.medications()));
            head.getStyleClass().add("ml-finding-title");
            Label text = new Label(item.text());
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label source = new Label("Source: " + String.join("; ", item.sources()));
            source.setWrapText(true);
            source.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            source.getStyleClass().add("text-muted");
            VBox content = new VBox(2, head, text, source);
            content.setPadding(new Insets(4, 0, 6, 0));
            LocalDate when = model.ticks().get(item.key());
            if (when != null) {
                Label done = new Label("Done on " + when);
                done.getStyleClass().add("ml-discussed");
                content.getChildren().add(done);
            }
            content.maxWidthProperty().bind(list.widthProperty().subtract(70));
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, box, content);
            row.setAccessibleText(topicLabel(item.topic()) + ": " + item.text());
            setGraphic(row);
        }
    }

    static String topicLabel(String topic) {
        return switch (topic) {
            case "driving" -> "Driving";
            case "alcohol" -> "Alcohol";
            case "pregnancy" -> "Pregnancy";
            case "breastfeeding" -> "Breastfeeding";
            case "older_adults" -> "Age 65 and over";
            case "allergy" -> "Allergy";
            case "condition" -> "Your health conditions";
            case "stopping" -> "Don't stop suddenly";
            default -> "Good to know";
        };
    }
}
