package org.medlist.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard habits shared by the window's lists and tables. */
public final class Keyboard {
    private Keyboard() {}

    /**
     * Down or Up in a list with nothing selected selects the first (or last) row. JavaFX would move only
     * its focus, invisibly, and the next press would skip a row.
     */
    public static void arrowsSelect(TableView<?> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int row = firstOrLast(e, table.getSelectionModel().isEmpty(), table.getItems().size());
            if (row < 0) return;
            table.getSelectionModel().select(row);
            table.getFocusModel().focus(row);
            table.scrollTo(row);
            e.consume();
        });
    }

    public static void arrowsSelect(ListView<?> list) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int row = firstOrLast(e, list.getSelectionModel().isEmpty(), list.getItems().size());
            if (row < 0) return;
            list.getSelectionModel().select(row);
            list.getFocusModel().focus(row);
            list.scrollTo(row);
            e.consume();
        });
    }

    private static int firstOrLast(KeyEvent e, boolean nothingSelected, int size) {
        if (!nothingSelected || size == 0 || e.isShortcutDown() || e.isShiftDown()) return -1;
        if (e.getCode() == KeyCode.DOWN) return 0;
        if (e.getCode() == KeyCode.UP) return size - 1;
        return -1;
    }

    /**
     * Tab (and Shift+Tab) in a multi-line field moves to the next (previous) control instead of typing a
     * tab, so that the keyboard never gets stuck in a form; Ctrl+Tab does the same, as JavaFX has it.
     */
    public static void tabLeaves(javafx.scene.control.TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown()) return;
            e.consume();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        });
    }

    /** Scrolls {@code scroll} so that the control that takes the focus inside it is in view (Tab through a long form). */
    public static void keepFocusInView(javafx.scene.control.ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.focusOwnerProperty().addListener((f, before, focused) -> reveal(scroll, focused));
        });
    }

    private static void reveal(javafx.scene.control.ScrollPane scroll, javafx.scene.Node focused) {
        javafx.scene.Node content = scroll.getContent();
        if (focused == null || content == null) return;
        javafx.scene.Node at = focused;
        while (at != null && at != content) at = at.getParent();
        if (at == null) return;
        javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double whole = content.getLayoutBounds().getHeight();
        if (whole <= view) return;
        double top = scroll.getVvalue() * (whole - view);
        if (b.getMinY() < top) top = b.getMinY();
        else if (b.getMaxY() > top + view) top = b.getMaxY() - view;
        scroll.setVvalue(Math.max(0, Math.min(1, top / (whole - view))));
    }
}
