package org.medlist.ui.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.medlist.summary.WalletCardPdf;
import org.medlist.ui.common.Jobs;

/**
 * The appointment summary (or wallet card) of one person: paper and print size, the day "what changed"
 * starts from, the laid-out pages for the preview, and saving them as PDF. Building and laying out run
 * on the worker; the last layout is kept so that saving and printing use exactly what the preview
 * shows. Saving or printing records the day, where the next summary's "what changed" starts.
 */
public final class SummaryViewModel {
    static final float PREVIEW_DPI = 96;
    private final Jobs jobs;
    private final Person person;
    private final ObjectProperty<SummaryPdf.Paper> paper = new SimpleObjectProperty<>(SummaryPdf.Paper.forLocale(Locale.getDefault()));
    private final BooleanProperty largePrint = new SimpleBooleanProperty(false);
    private final BooleanProperty walletCard = new SimpleBooleanProperty(false);
    /** The first day of "what changed": the summary's own default until the user picks another. */
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private boolean showingBuiltSince; // true while the model itself sets {@link #since}
    private Optional<LocalDate> chosenSince = Optional.empty();
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Preparing the summary…");
    private SummaryPdf.Rendered rendered; // FX thread
    private boolean renderedCard; // FX thread
    private Summary summary; // read once per preview; paper, print size and card only change the layout
    private int generation;

    public SummaryViewModel(Jobs jobs, Person person) {
        this.jobs = jobs;
        this.person = person;
        paper.addListener((o, a, b) -> refresh());
        largePrint.addListener((o, a, b) -> refresh());
        walletCard.addListener((o, a, b) -> refresh());
        since.addListener((o, a, b) -> {
            if (showingBuiltSince || b == null || b.equals(a)) return;
            chosenSince = Optional.of(b);
            summary = null; // "what changed" is part of the summary: read it again
            refresh();
        });
    }

    public Person person() { return person; }

    public ObjectProperty<SummaryPdf.Paper> paperProperty() { return paper; }

    public BooleanProperty largePrintProperty() { return largePrint; }

    /** The one-page wallet card instead of the summary. */
    public BooleanProperty walletCardProperty() { return walletCard; }

    public ObjectProperty<LocalDate> sinceProperty() { return since; }

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
        boolean card = walletCard.get();
        Summary known = summary;
        Optional<LocalDate> from = chosenSince;
        jobs.run(app -> {
            Summary s = known != null ? known : app.summary(person, from);
            SummaryPdf.Rendered pdf = card ? WalletCardPdf.render(s, options.paper()) : SummaryPdf.render(s, options);
            return new Laid(mine, s, pdf, PageImages.render(pdf.bytes(), PREVIEW_DPI));
        }, laid -> {
            if (laid.generation() != generation) return;
            summary = laid.summary();
            rendered = laid.pdf();
            renderedCard = card;
            showingBuiltSince = true;
            since.set(laid.summary().changes().since());
            showingBuiltSince = false;
            pages.setAll(laid.images());
            message.set((card ? "Wallet card, " : "") + laid.pdf().pages() + (laid.pdf().pages() == 1 ? " page" : " pages") + ", "
                    + paper.get().name() + (largePrint.get() && !card ? ", large print" : ""));
            ready.set(true);
        }, failure -> {
            message.set("The summary could not be prepared.");
            jobs.status().failed(failure);
        });
    }

    /** Writes the previewed PDF to {@code target} (readable by the user only) and records that it was saved. */
    public void savePdf(Path target) {
        SummaryPdf.Rendered pdf = rendered;
        if (pdf == null) return;
        boolean card = renderedCard;
        jobs.run(app -> {
            PrivateFile.write(target, pdf.bytes());
            app.recordPrinted(person.id(), card);
            return target;
        }, saved -> {
            message.set("Saved " + saved.getFileName());
            jobs.status().say("Saved the " + (card ? "wallet card" : "summary") + " as " + saved);
        });
    }

    /** After a print job ends: the next summary's "what changed" starts from today (a card does not move it). */
    void printed(boolean card) {
        jobs.run(app -> {
            app.recordPrinted(person.id(), card);
            return card;
        }, c -> { });
    }

    /** Whether the previewed pages are the wallet card. */
    boolean previewIsCard() { return renderedCard; }

    /** The previewed pages at printer resolution, for {@link SummaryPrinting}; null before the first layout. */
    byte[] pdfBytes() { return rendered == null ? null : rendered.bytes(); }

    public String suggestedFileName() {
        return (walletCard.get() ? "MedList wallet card " : "MedList summary ") + person.name().replaceAll("[\\\\/:*?\"<>|]", "_") + " "
                + jobs.today() + ".pdf";
    }
}
