package org.medlist.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The text size of the main window and of every window it owns: dialogs, alerts, the add / edit form,
 * the profile, the about box and the summary. Popups (autocompletion, menus, date pickers) take the size of
 * the field they open from, as JavaFX styles a popup from its owner node.
 */
public final class TextSize {
    /** The theme's own size (AtlantaFX Primer's {@code .root { -fx-font-size: 14px }}): where the window starts and Ctrl+0 returns. */
    public static final double STARTING = 14;
    public static final double SMALLEST = 10;
    /** Twice the starting size: 200 % text. */
    public static final double LARGEST = 2 * STARTING;
    private static final double STEP = 2;

    private final ReadOnlyDoubleWrapper size = new ReadOnlyDoubleWrapper(STARTING);
    private final Window main;
    private final String stylesheet;

    /**
     * Follows every window that {@code main} owns, now and later; FX thread. Each gets {@code stylesheet}
     * too (MedList's own rules: focus rings, dialog widths), which JavaFX would give the main scene only.
     */
    public TextSize(Window main, String stylesheet) {
        this.main = main;
        this.stylesheet = stylesheet;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::follow);
        });
        Window.getWindows().forEach(this::follow);
        Icons.TEXT_SIZE.bind(size);
        size.addListener((o, was, now) -> Window.getWindows().stream().filter(this::ownedHere).forEach(w -> apply(w.getScene())));
    }

    public ReadOnlyDoubleProperty sizeProperty() { return size.getReadOnlyProperty(); }

    public double size() { return size.get(); }

    public void bigger() { set(size.get() + STEP); }

    public void smaller() { set(size.get() - STEP); }

    public void reset() { set(STARTING); }

    public void set(double wanted) { size.set(Math.max(SMALLEST, Math.min(LARGEST, wanted))); }

    /** The style a root gets; empty at the starting size, so that the theme's own rule applies unchanged. */
    public String style() {
        return size.get() == STARTING ? "" : "-fx-font-size: " + size.get() + "px;";
    }

    private void follow(Window w) {
        if (!ownedHere(w)) return;
        apply(w.getScene());
        w.sceneProperty().addListener((o, was, now) -> apply(now));
        if (w != main && w instanceof Stage dialog) {
            // A dialog sizes itself for the text it had when it was built: size it again for the text it
            // has now, and keep it (with its buttons) on the screen.
            // (at the starting size it was built right, and JavaFX's own placement stands)
            if (dialog.isShowing() && size.get() != STARTING) fitOnScreen(dialog);
            dialog.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
                if (size.get() != STARTING) fitOnScreen(dialog);
            });
        }
    }

    private void fitOnScreen(Stage dialog) {
        Scene scene = dialog.getScene();
        if (scene == null || scene.getRoot() == null) return;
        Parent root = scene.getRoot();
        root.applyCss();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(dialog.getX(), dialog.getY(), 1, 1).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        // The window frame, if the platform draws one; the new size is worked out here and not read back,
        // as a window's size changes only once the platform has answered.
        double frameW = Double.isNaN(dialog.getWidth()) ? 0 : Math.max(0, dialog.getWidth() - scene.getWidth());
        double frameH = Double.isNaN(dialog.getHeight()) ? 0 : Math.max(0, dialog.getHeight() - scene.getHeight());
        // A dialog no wider than the screen: its rows of choices then wrap instead of running off the edge.
        if (root.lookup(".dialog-pane") instanceof javafx.scene.layout.Region pane) {
            pane.setStyle(pane.getStyle().replaceAll("-fx-max-width:[^;]*;", "") + "-fx-max-width: " + (screen.getWidth() - frameW) + "px;");
            // the button bar would squeeze its buttons to "C…" rather than grow
            // (setting its minimum makes it measure them again at the current text size)
            if (pane.lookup(".button-bar") instanceof javafx.scene.control.ButtonBar bar) bar.setButtonMinWidth(Math.round(5 * size.get()) + 0.5);
            pane.applyCss();
        }
        double width = Math.min(root.prefWidth(-1) + frameW, screen.getWidth());
        double height = Math.min(root.prefHeight(width - frameW) + frameH, screen.getHeight());
        dialog.setWidth(width);
        dialog.setHeight(height);
        Window owner = dialog.getOwner();
        double x = owner == null ? dialog.getX() : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? dialog.getY() : owner.getY() + (owner.getHeight() - height) / 3;
        dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }

    private void apply(Scene scene) {
        if (scene == null) return;
        if (!scene.getStylesheets().contains(stylesheet)) scene.getStylesheets().add(stylesheet);
        Parent root = scene.getRoot();
        if (root != null) root.setStyle(withoutFontSize(root.getStyle()) + style());
    }

    private boolean ownedHere(Window w) {
        for (Window at = w; at != null; at = ownerOf(at)) {
            if (at == main) return !(w instanceof PopupWindow);
        }
        return false;
    }

    private static Window ownerOf(Window w) {
        if (w instanceof Stage s) return s.getOwner();
        if (w instanceof PopupWindow p) return p.getOwnerWindow();
        return null;
    }

    private static String withoutFontSize(String style) {
        return style == null ? "" : style.replaceAll("-fx-font-size:[^;]*;", "");
    }
}
