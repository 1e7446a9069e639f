package org.medlist.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps a table readable in full at any text size: each column is at least as wide as its header ("Dose",
 * never "D…") and its longest entry (up to {@link #WIDEST_EM} characters' width), and a table narrower than
 * its columns scrolls sideways instead of squeezing them. When everything fits, the table uses the given
 * constrained policy and fills its width.
 */
public final class TableHeaders {
    /** A column stops growing for its content at this many em; longer entries are cut with "…". */
    static final double WIDEST_EM = 24;

    private TableHeaders() {}

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void keepWhole(TableView<?> table, Callback<TableView.ResizeFeatures, Boolean> fitted) {
        table.setColumnResizePolicy((Callback) TableView.UNCONSTRAINED_RESIZE_POLICY);
        // After the current pulse: a header's font changes during a CSS pass, which must not see the header resized.
        boolean[] queued = {false};
        Runnable refit = () -> {
            if (queued[0]) return;
            queued[0] = true;
            Platform.runLater(() -> {
                queued[0] = false;
                fitAll(table, fitted);
            });
        };
        table.skinProperty().addListener((o, was, skin) -> Platform.runLater(() -> watch(table, refit)));
        // New rows are fitted at once (no CSS pass is running then), so the columns have their widths
        // by the time the rows are drawn.
        Runnable atOnce = () -> {
            if (table.getSkin() != null) fitAll(table, fitted);
        };
        table.itemsProperty().addListener((o, was, items) -> atOnce.run());
        table.getItems().addListener((ListChangeListener<Object>) c -> atOnce.run());
        table.widthProperty().addListener((o, was, now) -> choosePolicy(table, fitted));
    }

    private static void watch(TableView<?> table, Runnable refit) {
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || header.getTableColumn() == null) continue;
            if (!(header.lookup(".label") instanceof Label label)) continue;
            if (header.getProperties().putIfAbsent(TableHeaders.class, Boolean.TRUE) != null) continue;
            label.fontProperty().addListener((o, was, now) -> refit.run());
            label.textProperty().addListener((o, was, now) -> refit.run());
        }
        refit.run();
    }

    private static void fitAll(TableView<?> table, Callback<TableView.ResizeFeatures, Boolean> fitted) {
        Map<TableColumnBase<?, ?>, TableColumnHeader> headers = new HashMap<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() != null) headers.put(h.getTableColumn(), h);
        }
        for (var column : table.getVisibleLeafColumns()) {
            TableColumnHeader header = headers.get(column);
            if (header == null || !(header.lookup(".label") instanceof Label label)) continue;
            Font font = label.getFont();
            double padding = header.snappedLeftInset() + header.snappedRightInset() + font.getSize() * 0.6;
            // room for the sort arrow, which the header draws beside the label
            double width = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + font.getSize() * 1.2;
            Text probe = new Text();
            probe.setFont(font);
            double widest = font.getSize() * WIDEST_EM;
            for (int i = 0; i < table.getItems().size(); i++) {
                Object value = column.getCellData(i);
                if (value == null) continue;
                probe.setText(value.toString());
                width = Math.max(width, Math.min(widest, probe.getLayoutBounds().getWidth() + padding));
            }
            width = Math.ceil(width);
            column.setMinWidth(width);
            if (column.getPrefWidth() < width) column.setPrefWidth(width);
        }
        choosePolicy(table, fitted);
    }

    /**
     * The table keeps an unconstrained policy (JavaFX's constrained ones never scroll sideways, and switching
     * policies rebuilds the headers); the last column takes up whatever width the others leave.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void choosePolicy(TableView<?> table, Callback<TableView.ResizeFeatures, Boolean> fitted) {
        if (table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) table.setColumnResizePolicy((Callback) TableView.UNCONSTRAINED_RESIZE_POLICY);
        var columns = table.getVisibleLeafColumns();
        if (table.getWidth() <= 0 || columns.isEmpty()) return;
        var last = columns.get(columns.size() - 1);
        double others = columns.stream().filter(c -> c != last).mapToDouble(c -> c.getPrefWidth()).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18 - others;
        last.setPrefWidth(Math.max(last.getMinWidth(), Math.floor(room)));
    }
}
