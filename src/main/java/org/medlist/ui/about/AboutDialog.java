package org.medlist.ui.about;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.SourceInfo;

/** About MedList: versions, the code's licence, and every data source with its licence and attribution. */
public final class AboutDialog extends Dialog<Void> {
    public AboutDialog(Window owner, KnowledgeBase kb) {
        initOwner(owner);
        setTitle("About MedList");
        setHeaderText("MedList " + org.medlist.MedListVersion.VERSION);
        getDialogPane().setId("aboutDialog");
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        box.getChildren().add(text("Keeps medication lists on this computer and checks every pair of medicines against a bundled "
                + "interaction table. It never connects to the internet. It is not medical advice: talk to your doctor or pharmacist."));
        Label version = text("Knowledge base " + kb.version() + ", built " + kb.builtOn() + ", " + kb.nameCount() + " medicine names.");
        version.setId("aboutKnowledgeVersion");
        box.getChildren().add(version);
        box.getChildren().add(text("Code: MIT licence. Bundled knowledge base: CC BY-NC-SA 4.0 (non-commercial, share-alike, "
                + "attribution), because it derives from DDInter and the WHO ATC data file. Each source keeps its own terms:"));
        for (SourceInfo s : kb.sources().values()) {
            Label l = text("• " + s.name() + " (" + s.version() + ") — " + s.licence() + ". " + s.attribution() + " " + s.url());
            l.setId("aboutSource_" + s.id());
            box.getChildren().add(l);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 480);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        javafx.scene.control.Button close = (javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("aboutClose");
        close.setDefaultButton(true); // Enter closes, as Escape does
        scroll.setAccessibleText("About MedList and its data sources");
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
