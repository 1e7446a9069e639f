package org.medlist.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.data.Offset;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.summary.SummaryPdf;
import org.medlist.ui.common.ViewModelFixture;

/** The appointment summary's preview: laid out per paper and print size, saved as exactly the previewed PDF. */
class SummaryViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    SummaryViewModel vm;

    /** The preview's pages are JavaFX images, which need the toolkit (headless Monocle, from the pom's flags). */
    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyStarted) {
            // another test class of this JVM started it
        }
    }

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        for (String name : new String[] {"Lexapro 10 mg", "Valium 5 mg", "lexipro"}) f.app.add(ann.id(), MedicationDetails.named(name));
        vm = new SummaryViewModel(f.jobs, ann);
    }

    @AfterEach
    void close() { f.close(); }

    @Test
    void thePreviewIsLaidOutForThePaperAndPrintSizeChosen() {
        SummaryPdf.Paper first = vm.paperProperty().get();
        SummaryPdf.Paper other = first == SummaryPdf.Paper.A4 ? SummaryPdf.Paper.LETTER : SummaryPdf.Paper.A4;
        vm.refresh();
        assertThat(vm.readyProperty().get()).isTrue();
        int pages = vm.pages().size();
        assertThat(pages).isPositive();
        assertThat(vm.messageProperty().get()).isEqualTo(pages + (pages == 1 ? " page" : " pages") + ", " + first.name());
        assertThat(vm.pages().get(0).getWidth()).isCloseTo(widthAtPreviewDpi(first), Offset.offset(2.0));

        vm.paperProperty().set(other);
        assertThat(vm.pages().get(0).getWidth()).isCloseTo(widthAtPreviewDpi(other), Offset.offset(2.0));
        assertThat(vm.messageProperty().get()).endsWith(", " + other.name());

        vm.largePrintProperty().set(true);
        assertThat(vm.messageProperty().get()).endsWith(", " + other.name() + ", large print");
        assertThat(vm.pages().size()).isGreaterThanOrEqualTo(pages);
        assertThat(vm.readyProperty().get()).isTrue();
    }

    private static double widthAtPreviewDpi(SummaryPdf.Paper paper) {
        double points = paper == SummaryPdf.Paper.A4 ? 595.28 : 612;
        return points / 72 * SummaryViewModel.PREVIEW_DPI;
    }

    @Test
    void savingWritesThePreviewedPdfReadableByTheUserOnly() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        vm.savePdf(pdf); // nothing laid out yet: nothing to save
        assertThat(pdf).doesNotExist();
        vm.refresh();
        vm.savePdf(pdf);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(vm.pdfBytes());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved summary.pdf");
        assertThat(f.message()).isEqualTo("Saved the summary as " + pdf);
    }

    @Test
    void aSummaryThatCannotBePreparedSaysSo() {
        f.app.close(); // the database is gone from under the view-model
        vm.refresh();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The summary could not be prepared.");
        assertThat(f.status.errorProperty().get()).isNotEmpty();
    }

    @Test
    void theSuggestedFileNameCarriesThePersonAndTheClocksDate() {
        Person odd = f.person("Ann/Bob: \"twins\"");
        assertThat(new SummaryViewModel(f.jobs, odd).suggestedFileName()).isEqualTo("MedList summary Ann_Bob_ _twins_ 2026-12-01.pdf");
    }
}
