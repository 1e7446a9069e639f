package org.medlist.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the main window shows for the second or so it takes to build the full interface: the shape of
 * the window (toolbar band, list and warnings panes) and a line saying it is opening. It has no
 * controls, so it needs no stylesheet and is on screen almost as fast as an empty window; the real
 * scene replaces it as soon as it is built.
 */
final class OpeningScene {
    private OpeningScene() {}

    static Scene create(double width, double height) {
        Region toolbar = new Region();
        toolbar.setPrefHeight(44);
        toolbar.setBackground(new Background(new BackgroundFill(Color.web("#f6f8fa"), CornerRadii.EMPTY, Insets.EMPTY)));
        toolbar.setBorder(new Border(new BorderStroke(Color.web("#d0d7de"), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(0, 0, 1, 0))));
        Region divider = new Region();
        divider.setPrefWidth(1);
        divider.setBackground(new Background(new BackgroundFill(Color.web("#d0d7de"), CornerRadii.EMPTY, Insets.EMPTY)));
        Text opening = new Text("Opening MedList…");
        opening.setFont(Font.font(15));
        opening.setFill(Color.web("#57606a"));
        BorderPane root = new BorderPane(new StackPane(opening), toolbar, null, null, null);
        root.setBackground(new Background(new BackgroundFill(Color.WHITE, CornerRadii.EMPTY, Insets.EMPTY)));
        root.setAccessibleText("MedList is opening");
        return new Scene(root, width, height);
    }
}
