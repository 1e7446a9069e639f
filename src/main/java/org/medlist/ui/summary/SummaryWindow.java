package org.medlist.ui.summary;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.medlist.summary.SummaryPdf;
import org.medlist.ui.AppContext;
import org.medlist.ui.common.Icons;

/** The print preview: the summary's pages as they will print, with paper size, large print, Print and Save as PDF. */
public final class SummaryWindow {
    private final Stage stage = new Stage();
    private final SummaryViewModel model;
    private final VBox pageColumn = new VBox(16);

    public SummaryWindow(Window owner, AppContext context, SummaryViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Summary for " + model.person().name() + " — MedList");

        ChoiceBox<SummaryPdf.Paper> paper = new ChoiceBox<>();
        paper.setId("summaryPaper");
        paper.getItems().setAll(SummaryPdf.Paper.values());
        paper.setConverter(new StringConverter<>() {
            @Override public String toString(SummaryPdf.Paper p) { return p == null ? "" : p == SummaryPdf.Paper.A4 ? "A4" : "US Letter"; }
            @Override public SummaryPdf.Paper fromString(String s) { return null; }
        });
        paper.valueProperty().bindBidirectional(model.paperProperty());
        CheckBox large = new CheckBox("Large print");
        large.setId("summaryLargePrint");
        large.selectedProperty().bindBidirectional(model.largePrintProperty());
        CheckBox card = new CheckBox("Wallet card");
        card.setId("summaryCard");
        card.setAccessibleText("Show the one-page wallet card instead of the summary");
        card.selectedProperty().bindBidirectional(model.walletCardProperty());
        large.disableProperty().bind(card.selectedProperty());
        DatePicker since = new DatePicker();
        since.setId("summarySince");
        since.setAccessibleText("What changed since this day");
        since.setPrefWidth(130);
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.disableProperty().bind(card.selectedProperty());
        Label status = new Label();
        status.setId("summaryStatus");
        status.textProperty().bind(model.messageProperty());
        Button print = new Button("Print…", Icons.of(MaterialDesignP.PRINTER));
        print.setId("summaryPrint");
        print.disableProperty().bind(model.readyProperty().not());
        print.setOnAction(e -> SummaryPrinting.print(stage, context, model));
        Button save = new Button("Save as PDF…", Icons.of(MaterialDesignF.FILE_PDF_BOX));
        save.setId("summarySavePdf");
        save.disableProperty().bind(model.readyProperty().not());
        save.setOnAction(e -> context.filePicker().save(stage, "Save the summary as PDF", model.suggestedFileName(), "PDF document", "*.pdf")
                .ifPresent(model::savePdf));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // two rows, so that nothing drops into the tool bar's overflow menu on a narrow window
        ToolBar options = new ToolBar(Icons.labelFor("Paper", paper), paper, large, card, Icons.labelFor("What changed since", since), since);
        ToolBar actions = new ToolBar(status, gap, save, print);
        VBox bar = new VBox(options, actions);

        pageColumn.setAlignment(Pos.TOP_CENTER);
        pageColumn.setPadding(new Insets(16));
        pageColumn.setId("summaryPages");
        pageColumn.getStyleClass().add("ml-preview-background");
        model.pages().addListener((ListChangeListener<Image>) c -> showPages());
        ScrollPane scroll = new ScrollPane(pageColumn);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        Scene scene = new Scene(root, 900, 820);
        scene.getStylesheets().add(SummaryWindow.class.getResource("/org/medlist/ui/medlist.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
    }

    public Stage stage() { return stage; }

    public void show() {
        stage.show();
        model.refresh();
    }

    private void showPages() {
        pageColumn.getChildren().clear();
        int n = 1;
        for (Image page : model.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
            view.setAccessibleText("Page " + n++ + " of " + model.pages().size());
            pageColumn.getChildren().add(view);
        }
    }
}
