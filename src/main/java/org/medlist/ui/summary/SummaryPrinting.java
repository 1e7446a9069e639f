package org.medlist.ui.summary;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.medlist.summary.SummaryPdf;
import org.medlist.ui.AppContext;
import org.medlist.ui.common.Dialogs;

/**
 * Prints the previewed summary through the system print dialog. The pages are the PDF's, rendered
 * at printer resolution on the worker; nodes that are not in a scene may be printed off the JavaFX
 * thread, so the window stays responsive while a long job spools.
 */
final class SummaryPrinting {
    static final float PRINT_DPI = 200;

    private SummaryPrinting() {}

    static void print(Window owner, AppContext context, SummaryViewModel model) {
        byte[] pdf = model.pdfBytes();
        if (pdf == null) return;
        boolean card = model.previewIsCard();
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.error(owner, "No printer is set up on this computer. Use \"Save as PDF\" and print the file from another program, "
                    + "or take the file to the appointment.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        Paper paper = model.paperProperty().get() == SummaryPdf.Paper.LETTER ? Paper.NA_LETTER : Paper.A4;
        context.background().run(() -> {
            PageLayout layout = job.getPrinter().createPageLayout(paper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            List<Image> pages = PageImages.render(pdf, PRINT_DPI);
            for (int i = 0; i < pages.size(); i++) {
                ImageView page = new ImageView(pages.get(i));
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    throw new IllegalStateException("The printer stopped at page " + (i + 1) + " of " + pages.size() + ".");
                }
            }
            if (!job.endJob()) throw new IllegalStateException("The print job could not be finished.");
            return pages.size();
        }, n -> {
            model.printed(card);
            context.status().say("Sent " + n + (n == 1 ? " page" : " pages") + " to " + job.getPrinter().getName() + ".");
        },
                context.status()::failed);
    }
}
