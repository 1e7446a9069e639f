package org.medlist.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons and the small controls built around them, so every icon button has an id, a tooltip and accessible text. */
public final class Icons {
    private Icons() {}

    /**
     * The size icons are drawn at, set by {@link TextSize} (FX thread): icons grow with the text. A CSS size
     * in em would not do, as an icon's em is its own size.
     */
    static final javafx.beans.property.DoubleProperty TEXT_SIZE = new javafx.beans.property.SimpleDoubleProperty(TextSize.STARTING);

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("ml-icon");
        // 18 px beside 14 px text, as the theme draws them; the empty-list picture is larger. As an inline
        // style: the theme's stylesheet sets the size too, and Ikonli's size property gives way to it at the
        // next CSS pass even when set by code (the icons stayed at 18 px at 200 % text); a bound value makes
        // CSS complain. The listener is weak, held by the icon itself.
        javafx.beans.InvalidationListener resize = o -> {
            int px = (int) Math.round(TEXT_SIZE.get() * (icon.getStyleClass().contains("ml-empty-icon") ? 64 : 18) / TextSize.STARTING);
            icon.setStyle(icon.getStyle().replaceAll("-fx-icon-size:[^;]*;", "") + "-fx-icon-size: " + px + "px;");
            icon.setIconSize(px);
        };
        icon.getProperties().put(Icons.class, resize);
        TEXT_SIZE.addListener(new javafx.beans.WeakInvalidationListener(resize));
        icon.getStyleClass().addListener(new javafx.beans.WeakInvalidationListener(resize));
        resize.invalidated(null);
        return icon;
    }

    /** A button showing only an icon; {@code tip} is both its tooltip and what a screen reader says. */
    public static Button iconButton(String id, String tip, Ikon ikon) {
        Button b = new Button(null, of(ikon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("button-icon");
        return b;
    }

    /** A form label tied to its field (screen readers announce the field by it). */
    public static Label labelFor(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }
}
