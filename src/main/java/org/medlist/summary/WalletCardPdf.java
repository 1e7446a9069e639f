package org.medlist.summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.medlist.summary.PdfLayout.Run;

/**
 * The wallet card: one page with a strip of four credit-card-sized panels (85.6 × 54 mm, ISO/IEC 7810
 * ID-1) between cut marks, folded like a fan along the dashed lines into a card. Every panel reads
 * upright when the card is turned over top to bottom. It lists who, allergies, conditions, the current
 * medicines with dose, an emergency contact and the date; no warnings, which need the full summary.
 */
public final class WalletCardPdf {
    static final float MM = 72f / 25.4f;
    static final float PANEL_WIDTH = 85.6f * MM;
    static final float PANEL_HEIGHT = 54f * MM;
    static final int PANELS = 4;
    static final Color BAND = new Color(0x1f, 0x3a, 0x5f);
    public static final String CHECK_FULL_LIST = "This card may be out of date: check the full medication list (MedList summary) "
            + "and ask the person or their carer.";
    private static final float PAD = 7;
    private static final float BODY = 7.8f;
    private static final float SMALL = 6.8f;
    private static final float MEDICINE = 8.6f;

    private final PdfLayout pdf;
    private final float left;
    private final float top;
    private int panel;
    private float y;

    private WalletCardPdf(PdfLayout pdf) {
        this.pdf = pdf;
        this.left = 16 * MM;
        this.top = pdf.pageHeight() - 22 * MM;
    }

    public static SummaryPdf.Rendered render(Summary s, SummaryPdf.Paper paper) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Wallet card — " + s.personName());
            info.setCreator("MedList");
            info.setSubject("Knowledge base " + s.knowledgeBaseVersion());
            PdfLayout pdf = new PdfLayout(doc, paper.size(), 0);
            pdf.newPage();
            new WalletCardPdf(pdf).layOut(s);
            pdf.finish();
            doc.save(out);
            return new SummaryPdf.Rendered(out.toByteArray(), doc.getNumberOfPages(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layOut(Summary s) {
        marks();
        instructions(s);
        startPanel(0);
        pdf.fill(left, top - 16, PANEL_WIDTH, 16, BAND);
        pdf.textAt(left + PAD, top - 11.5f, new Run("", true, 8.5f, Color.WHITE), pdf.safe("MEDICATION CARD", true));
        y = top - 16 - 4;
        write(new Run(s.personName(), true, 11, PdfLayout.INK), 0);
        String born = s.born().map(b -> "Born " + SummaryPdf.day(b) + s.age().map(a -> " (age " + a + ")").orElse(""))
                .orElse("Date of birth not recorded" + s.age().map(a -> " (age " + a + ")").orElse(""));
        write(new Run(born, false, BODY, PdfLayout.INK), 0);
        y -= 3;
        write(new Run("ALLERGIES: " + s.allergies(), true, BODY + 0.7f, PdfLayout.INK), 0);
        y -= 3;
        write(new Run("Conditions: " + (s.conditions().isEmpty() ? "none recorded" : String.join("; ", s.conditions())), false, BODY,
                PdfLayout.INK), 0);
        if (!s.pregnancy().equals("None recorded")) write(new Run("Pregnancy: " + s.pregnancy(), false, BODY, PdfLayout.INK), 0);
        y -= 3;
        write(new Run("In an emergency call: " + (s.emergencyContact().isBlank() ? "not recorded" : s.emergencyContact()), true, BODY,
                PdfLayout.INK), 0);

        startPanel(1);
        write(new Run("Current medicines (" + s.current().size() + ")", true, MEDICINE, PdfLayout.INK), 0);
        y -= 2;
        medicines(s);
    }

    /** The medicines flow over panels 2 to 4; the back panel keeps room for the date and the line to check the full list. */
    private void medicines(Summary s) {
        float footer = footerHeight(s);
        List<Summary.Medicine> meds = s.current();
        if (meds.isEmpty()) write(new Run("None recorded.", false, MEDICINE, PdfLayout.INK), 0);
        // two panels share a longer list evenly, so neither is crammed
        int perPanel = meds.size() <= 5 ? meds.size() : (meds.size() + 1) / 2;
        int inPanel = 0;
        for (int i = 0; i < meds.size(); i++) {
            Summary.Medicine m = meds.get(i);
            Run line = new Run("• " + m.name() + details(m), false, MEDICINE, PdfLayout.INK);
            List<String> lines = pdf.wrapText(line, PANEL_WIDTH - 2 * PAD - 6);
            float needed = lines.size() * PdfLayout.lineHeight(MEDICINE) + 1.5f;
            float reserve = panel == PANELS - 1 ? footer + PdfLayout.lineHeight(MEDICINE) : 0;
            boolean share = panel == 1 && inPanel == perPanel;
            if (share || y - needed < panelBottom() + reserve) {
                inPanel = 0;
                if (panel < PANELS - 1) {
                    startPanel(panel + 1);
                    write(new Run("Current medicines (continued)", true, SMALL, PdfLayout.MUTED), 0);
                    y -= 2;
                } else {
                    write(new Run("… and " + (meds.size() - i) + " more: see the full list.", true, MEDICINE, PdfLayout.INK), 0);
                    break;
                }
            }
            write(line, 6);
            y -= 1.5f;
            inPanel++;
        }
        if (panel < PANELS - 1) startPanel(PANELS - 1);
        backFooter(s);
    }

    private static String details(Summary.Medicine m) {
        List<String> parts = new ArrayList<>();
        if (!m.strength().isBlank() && !m.name().contains(m.strength())) parts.add(m.strength());
        if (!m.dose().isBlank()) parts.add(m.dose());
        if (!m.when().isBlank()) parts.add(m.when());
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }

    private List<Run> footerRuns(Summary s) {
        return List.of(new Run("Card printed " + SummaryPdf.day(s.printedOn()) + " from MedList (knowledge base " + s.knowledgeBaseVersion() + ").",
                        true, SMALL, PdfLayout.INK),
                new Run(CHECK_FULL_LIST, false, SMALL, PdfLayout.INK));
    }

    private float footerHeight(Summary s) {
        float h = 4;
        for (Run r : footerRuns(s)) h += pdf.wrapText(r, PANEL_WIDTH - 2 * PAD).size() * PdfLayout.lineHeight(r.size());
        return h;
    }

    private void backFooter(Summary s) {
        y = panelBottom() + footerHeight(s) + PAD - 4;
        pdf.line(left + PAD, y + 2, left + PANEL_WIDTH - PAD, y + 2, 0.4f, PdfLayout.RULE, false);
        for (Run r : footerRuns(s)) write(r, 0);
    }

    private void write(Run run, float indent) {
        boolean first = true;
        for (String line : pdf.wrapText(run, PANEL_WIDTH - 2 * PAD - indent)) {
            y -= run.size();
            pdf.textAt(left + PAD + (first ? 0 : indent), y, run, line);
            y -= PdfLayout.lineHeight(run.size()) - run.size();
            first = false;
        }
    }

    private float panelTop(int i) { return top - i * PANEL_HEIGHT; }

    private float panelBottom() { return panelTop(panel) - PANEL_HEIGHT + PAD; }

    private void startPanel(int i) {
        panel = i;
        y = panelTop(i) - PAD;
    }

    /** Cut marks outside the corners, a thin outline, and dashed fold lines between the panels. */
    private void marks() {
        float right = left + PANEL_WIDTH;
        float bottom = top - PANELS * PANEL_HEIGHT;
        float len = 5 * MM;
        float gap = 1.5f * MM;
        for (float x : new float[] {left, right}) {
            for (float yy : new float[] {top, bottom}) {
                float dirY = yy == top ? 1 : -1;
                float dirX = x == left ? -1 : 1;
                pdf.line(x, yy + dirY * gap, x, yy + dirY * (gap + len), 0.6f, PdfLayout.CUT, false);
                pdf.line(x + dirX * gap, yy, x + dirX * (gap + len), yy, 0.6f, PdfLayout.CUT, false);
            }
        }
        pdf.line(left, top, right, top, 0.3f, PdfLayout.RULE, false);
        pdf.line(left, bottom, right, bottom, 0.3f, PdfLayout.RULE, false);
        pdf.line(left, top, left, bottom, 0.3f, PdfLayout.RULE, false);
        pdf.line(right, top, right, bottom, 0.3f, PdfLayout.RULE, false);
        for (int i = 1; i < PANELS; i++) {
            float fy = top - i * PANEL_HEIGHT;
            pdf.line(left - len, fy, left - gap, fy, 0.6f, PdfLayout.CUT, true);
            pdf.line(left, fy, right, fy, 0.5f, PdfLayout.MUTED, true);
            pdf.line(right + gap, fy, right + len, fy, 0.6f, PdfLayout.CUT, true);
        }
    }

    private void instructions(Summary s) {
        float x = left + PANEL_WIDTH + 12 * MM;
        float width = pdf.pageWidth() - x - 16 * MM;
        float at = top;
        List<Run> runs = List.of(
                new Run("Wallet card for " + s.personName(), true, 13, PdfLayout.INK),
                new Run("Printed " + SummaryPdf.day(s.printedOn()), false, 9, PdfLayout.MUTED),
                new Run("How to make the card", true, 10, PdfLayout.INK),
                new Run("1. Cut along the corner marks (the card strip is 85.6 × 54 mm per panel, the size of a bank card).", false, 9, PdfLayout.INK),
                new Run("2. Fold along the dashed lines like a fan, so that the panel \"MEDICATION CARD\" is on top.", false, 9, PdfLayout.INK),
                new Run("3. Keep it with your bank cards. Print a new one whenever a medicine changes.", false, 9, PdfLayout.INK),
                new Run("The card lists medicines only. Warnings and precautions are in the full summary ("
                        + "MedList, Print and share, Summary).", false, 9, PdfLayout.MUTED));
        for (Run r : runs) {
            if (r.size() == 10) at -= 8;
            for (String line : pdf.wrapText(r, width)) {
                at -= r.size();
                pdf.textAt(x, at, r, line);
                at -= PdfLayout.lineHeight(r.size()) - r.size() + 1;
            }
            at -= 2;
        }
        StringBuilder sources = new StringBuilder("Knowledge base " + s.knowledgeBaseVersion() + ". Not medical advice: what was entered in MedList. "
                + "Sources and licences: ");
        for (int i = 0; i < s.sources().size(); i++) {
            var src = s.sources().get(i);
            sources.append(i == 0 ? "" : "; ").append(src.name()).append(" (").append(src.licence()).append(")");
        }
        Run small = new Run(sources.append('.').toString(), false, 6.5f, PdfLayout.MUTED);
        at -= 6;
        for (String line : pdf.wrapText(small, width)) {
            at -= PdfLayout.lineHeight(small.size());
            pdf.textAt(x, at, small, line);
        }
    }
}
