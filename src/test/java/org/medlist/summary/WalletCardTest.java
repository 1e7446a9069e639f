package org.medlist.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medlist.knowledge.SourceInfo;
import org.medlist.store.Database;
import org.medlist.model.Person;

/** The wallet card of a real database, read back from the PDF. */
class WalletCardTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(SummaryPdf.Paper.class)
    void oneCardPageListsWhoAllergiesConditionsMedicinesWithDoseContactDateAndTheFullListLine(SummaryPdf.Paper paper) throws Exception {
        try (Database db = AppointmentFixture.openNew(dir)) {
            Person p = ManyWarningsFixture.create(db);
            Summary s = AppointmentFixture.summaryBuilder().build(db, p, TODAY);
            SummaryPdf.Rendered card = WalletCardPdf.render(s, paper);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/wallet-card-" + paper.code() + ".pdf"), card.bytes());
            assertThat(card.pages()).isEqualTo(1);
            String text = SummaryPdfTest.flat(PdfText.all(card.bytes()));
            assertThat(text).contains("MEDICATION CARD").contains(ManyWarningsFixture.PERSON).contains("Born 12 Jun 1947 (age 79)")
                    .contains("ALLERGIES: penicillins (hives)").contains("Conditions: Kidney disease")
                    .contains("In an emergency call: Margaret Bexley (daughter) 07700 900123")
                    .contains("Current medicines (8)")
                    .contains("Card printed 27 Nov 2026").contains(SummaryPdf.day(TODAY))
                    .contains(WalletCardPdf.CHECK_FULL_LIST)
                    .contains("knowledge base " + s.knowledgeBaseVersion());
            for (Summary.Medicine m : s.current()) {
                assertThat(text).contains("• " + m.name() + " — " + String.join(", ",
                        java.util.stream.Stream.of(m.dose(), m.when()).filter(x -> !x.isBlank()).toList()));
            }
            for (SourceInfo src : s.sources()) assertThat(text).contains(src.name());
            // no warnings on the card: they need the full summary
            for (Summary.Warning w : s.warnings()) assertThat(text).doesNotContain(w.title());
            assertThat(text).doesNotContain("SERIOUS").doesNotContain("MODERATE");
            try (PDDocument doc = Loader.loadPDF(card.bytes())) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(paper.size().getWidth());
            }
        }
    }

    @Test
    void panelsAreCreditCardSizedAndAMissingContactIsSaid() throws Exception {
        assertThat(WalletCardPdf.PANEL_WIDTH / WalletCardPdf.MM).isCloseTo(85.6f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(WalletCardPdf.PANEL_HEIGHT / WalletCardPdf.MM).isCloseTo(54f, org.assertj.core.data.Offset.offset(0.01f));
        try (Database db = AppointmentFixture.openNew(dir)) {
            Person p = AppointmentFixture.create(db, TODAY);
            Summary s = AppointmentFixture.summaryBuilder().build(db, p, TODAY);
            String text = SummaryPdfTest.flat(PdfText.all(WalletCardPdf.render(s, SummaryPdf.Paper.A4).bytes()));
            assertThat(text).contains("In an emergency call: not recorded").contains("Latanoprost eye drops — 1 drop each eye, bedtime");
        }
    }
}
