package org.medlist.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column header of a table readable in full ("Dose", never "D…"): each column is at least as
 * wide as its header's text at the current text size, and a table narrower than its columns scrolls
 * sideways instead of squeezing them.
 */
public final class TableHeaders {
    private TableHeaders() {}

    public static void keepWhole(TableView<?> table) {
        table.skinProperty().addListener((o, was, skin) -> Platform.runLater(() -> watch(table)));
        if (table.getSkin() != null) watch(table);
    }

    private static void watch(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || header.getTableColumn() == null) continue;
            if (!(header.lookup(".label") instanceof Label label)) continue;
            if (header.getProperties().putIfAbsent(TableHeaders.class, Boolean.TRUE) != null) continue;
            Runnable fit = () -> fit(header, label);
            label.fontProperty().addListener((o, was, now) -> fit.run());
            label.textProperty().addListener((o, was, now) -> fit.run());
            fit.run();
        }
    }

    private static void fit(TableColumnHeader header, Label label) {
        double text = label.prefWidth(-1);
        // room for the sort arrow, which the header draws beside the label
        double arrow = label.getFont().getSize() * 1.2;
        double width = Math.ceil(text + header.snappedLeftInset() + header.snappedRightInset() + arrow);
        header.getTableColumn().setMinWidth(width);
        if (header.getTableColumn().getPrefWidth() < width) header.getTableColumn().setPrefWidth(width);
    }
}
