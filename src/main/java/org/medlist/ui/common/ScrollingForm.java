package org.medlist.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;

/**
 * A dialog's form in a scroll pane as tall as the form, up to what the screen leaves: at large text a form
 * can be taller than a small screen, and its Save and Cancel must stay on it.
 */
public final class ScrollingForm {
    private ScrollingForm() {}

    /** {@code resizedBy}: what else changes the form's height (lines that come and go under a field). */
    public static ScrollPane of(Region form, String id, ScrollPane.ScrollBarPolicy sideways, Observable... resizedBy) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId(id);
        Keyboard.keepFocusInView(scroll);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(sideways);
        double screen = Screen.getPrimary().getVisualBounds().getHeight();
        Observable[] dependencies = new Observable[resizedBy.length + 1];
        dependencies[0] = form.heightProperty();
        System.arraycopy(resizedBy, 0, dependencies, 1, resizedBy.length);
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(form.prefHeight(-1), Math.max(240, screen - 220)), dependencies));
        return scroll;
    }
}
