package org.medlist.ui.summary;

import org.medlist.ui.common.Jobs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.medlist.exchange.PrivateFile;
import org.medlist.model.Person;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryPdf;

/**
 * The appointment summary of one person: paper and print size, the laid-out pages for the preview,
 * and saving them as PDF. Building and laying out run on the worker; the last layout is kept so that
 * saving and printing use exactly what the preview shows.
 */
public final class SummaryViewModel {
    static final float PREVIEW_DPI = 96;
    private final Jobs jobs;
    private final Person person;
    private final ObjectProperty<SummaryPdf.Paper> paper = new SimpleObjectProperty<>(SummaryPdf.Paper.forLocale(Locale.getDefault()));
    private final BooleanProperty largePrint = new SimpleBooleanProperty(false);
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Preparing the summary…");
    private SummaryPdf.Rendered rendered; // FX thread
    private Summary summary; // read once per preview; paper and print size only change the layout
    private int generation;

    public SummaryViewModel(Jobs jobs, Person person) {
        this.jobs = jobs;
        this.person = person;
        paper.addListener((o, a, b) -> refresh());
        largePrint.addListener((o, a, b) -> refresh());
    }

    public Person person() { return person; }

    public ObjectProperty<SummaryPdf.Paper> paperProperty() { return paper; }

    public BooleanProperty largePrintProperty() { return largePrint; }

    public ObservableList<Image> pages() { return pages; }

    /** True once pages are laid out for the current options. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    private record Laid(int generation, Summary summary, SummaryPdf.Rendered pdf, List<Image> images) {}

    public void refresh() {
        int mine = ++generation;
        ready.set(false);
        message.set("Preparing the summary…");
        SummaryPdf.Options options = new SummaryPdf.Options(paper.get(), largePrint.get());
        Summary known = summary;
        jobs.run(app -> {
            Summary s = known != null ? known : app.summary(person);
            SummaryPdf.Rendered pdf = SummaryPdf.render(s, options);
            return new Laid(mine, s, pdf, PageImages.render(pdf.bytes(), PREVIEW_DPI));
        }, laid -> {
            if (laid.generation() != generation) return;
            summary = laid.summary();
            rendered = laid.pdf();
            pages.setAll(laid.images());
            message.set(laid.pdf().pages() + (laid.pdf().pages() == 1 ? " page" : " pages") + ", " + paper.get().name()
                    + (largePrint.get() ? ", large print" : ""));
            ready.set(true);
        }, failure -> {
            message.set("The summary could not be prepared.");
            jobs.status().failed(failure);
        });
    }

    /** Writes the previewed PDF to {@code target} (readable by the user only). */
    public void savePdf(Path target) {
        SummaryPdf.Rendered pdf = rendered;
        if (pdf == null) return;
        jobs.background().run(() -> {
            PrivateFile.write(target, pdf.bytes());
            return target;
        }, saved -> {
            message.set("Saved " + saved.getFileName());
            jobs.status().say("Saved the summary as " + saved);
        }, jobs.status()::failed);
    }

    /** The previewed pages at printer resolution, for {@link SummaryPrinting}; null before the first layout. */
    byte[] pdfBytes() { return rendered == null ? null : rendered.bytes(); }

    public String suggestedFileName() {
        return "MedList summary " + person.name().replaceAll("[\\\\/:*?\"<>|]", "_") + " " + jobs.today() + ".pdf";
    }
}
