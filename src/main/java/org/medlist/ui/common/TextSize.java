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

    /** Follows every window that {@code main} owns, now and later; FX thread. */
    public TextSize(Window main) {
        this.main = main;
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
    }

    private void apply(Scene scene) {
        if (scene == null) return;
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
