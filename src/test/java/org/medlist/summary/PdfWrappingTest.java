package org.medlist.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.app.Knowledge;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.TimeOfDay;
import org.medlist.store.Database;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;

/**
 * Hard wrapping: by grapheme (a surrogate pair is never split: the old code failed with "No glyph for
 * U+D83D"), and in linear time (the old code measured every prefix of a long word: five entries of
 * 2,000-character words took 137 s and 1 GB). The inputs are large enough that quadratic work would
 * take minutes; there is no timed assertion.
 */
class PdfWrappingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** Grinning faces (U+1F600, a surrogate pair each), thumbs up with a skin tone (two pairs, one grapheme), e with a combining acute. */
    static final String EMOJI = "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD" + "e\u0301";
    @TempDir Path dir;

    static String letters(int n, int seed) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append((char) ('a' + (i * 7 + seed) % 26));
        return s.toString();
    }

    static String emojiRun(int chars) {
        StringBuilder s = new StringBuilder();
        while (s.length() + EMOJI.length() <= chars) s.append(EMOJI);
        return s.toString();
    }

    /** What a reader sees, without the line breaks and page furniture wrapping added. */
    static String joined(byte[] pdf) throws Exception {
        return PdfText.all(pdf).replaceAll("\\s+", "");
    }

    @Test
    void fiveEntriesOfLongUnbrokenWordsAndEmojiRunsPrintWhole() throws Exception {
        try (Database db = Database.open(dir.resolve("long.db"))) {
            Person p = new PersonStore(db).add("Long Words");
            Knowledge k = AppointmentFixture.knowledge();
            MedicationStore meds = new MedicationStore(db);
            int max = MedicationDetails.MAX_TEXT_LENGTH;
            for (int i = 0; i < 5; i++) {
                String name = "Warfarin" + emojiRun(MedicationDetails.MAX_NAME_LENGTH - 8);
                MedicationDetails d = new MedicationDetails(name, letters(max, i), letters(max, i + 10), "", "", EnumSet.of(TimeOfDay.MORNING),
                        emojiRun(max), letters(max, i + 20), emojiRun(max), Optional.of(TODAY.minusDays(3)), "", Kind.PRESCRIPTION);
                meds.add(p.id(), d, k.recognize(name));
            }
            Summary s = AppointmentFixture.summaryBuilder().build(db, p, TODAY);
            SummaryPdf.Rendered pdf = SummaryPdf.render(s, SummaryPdf.Options.standard());
            String text = joined(pdf.bytes());
            for (int i = 0; i < 5; i++) {
                assertThat(text).contains(letters(max, i + 20)); // the reason, one unbroken word across many lines
            }
            assertThat(text).doesNotContain("\uFFFD");
            // a split pair would print as two "?" or fail; whole pairs print as the face or as one "?" each
            assertThat(text.chars().filter(c -> Character.isLowSurrogate((char) c)).count())
                    .isEqualTo(text.chars().filter(c -> Character.isHighSurrogate((char) c)).count());
            SummaryPdf.Rendered card = WalletCardPdf.render(s, SummaryPdf.Paper.A4);
            assertThat(card.pages()).isPositive();
        }
    }

    @Test
    void aTenThousandCharacterWordAndAnEmojiRunWrapInEveryLayout() throws Exception {
        String word = letters(10_000, 3);
        String emoji = emojiRun(10_000);
        try (PDDocument doc = new PDDocument()) {
            PdfLayout pdf = new PdfLayout(doc, PDRectangle.A4, 20);
            pdf.newPage();
            PdfLayout.Run plain = new PdfLayout.Run(word, false, 10, PdfLayout.INK);
            PdfLayout.Run faces = new PdfLayout.Run(emoji, true, 10, PdfLayout.INK);
            pdf.paragraph(0, plain);
            pdf.paragraph(12, faces);
            pdf.flow(0, 20, new PdfLayout.Run("Bold:", true, 10, PdfLayout.INK), plain, faces);
            List<String> lines = pdf.wrapText(faces, 150);
            assertThat(lines).hasSizeGreaterThan(10);
            for (String line : lines) {
                assertThat(pdf.measure(line, faces)).isLessThanOrEqualTo(150f);
                assertThat(Character.isLowSurrogate(line.charAt(0))).as("a line starting inside a pair").isFalse();
                assertThat(line.charAt(0)).as("a line starting with an accent alone").isNotEqualTo('\u0301');
            }
            assertThat(String.join("", lines)).isEqualTo(pdf.safe(emoji, true));
            assertThat(String.join("", pdf.wrapText(plain, 150))).isEqualTo(word);
            // a character the font lacks (U+1F9A0, microbe: newer than DejaVu Sans) prints as one "?" per character, also when hard-wrapped
            String microbes = "\uD83E\uDDA0".repeat(2_000);
            List<String> unknown = pdf.wrapText(new PdfLayout.Run(microbes, false, 10, PdfLayout.INK), 150);
            assertThat(String.join("", unknown)).isEqualTo("?".repeat(2_000));
            pdf.paragraph(0, new PdfLayout.Run(microbes, false, 10, PdfLayout.INK));
            pdf.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            String text = joined(out.toByteArray());
            assertThat(text.split(word, -1)).as("the word printed whole, twice (paragraph and flow)").hasSize(3);
        }
    }
}
