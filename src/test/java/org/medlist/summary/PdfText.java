package org.medlist.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading a PDF back as a person's eyes would: its text by page, and the colour each character was drawn in. */
final class PdfText {
    private PdfText() {}

    static String all(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text of pages {@code from} to {@code to}, 1-based and inclusive. */
    static String pages(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    /** The text of pages {@code from} to {@code to} in reading order (a table row on one line, cell after cell). */
    static String pagesByPosition(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    /** Every character drawn, in order, with its fill colour as 0xRRGGBB. */
    record Coloured(String text, List<Integer> colours) {
        /** The colour of the first character of {@code what}, where it first appears. */
        int colourOf(String what) {
            int at = text.indexOf(what);
            if (at < 0) throw new AssertionError("not in the PDF: " + what);
            return colours.get(at);
        }
    }

    static Coloured coloured(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Integer> colours = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                addOperator(new SetNonStrokingColorSpace(this));
                addOperator(new SetNonStrokingColor(this));
                addOperator(new SetNonStrokingColorN(this));
                addOperator(new SetNonStrokingDeviceRGBColor(this));
                addOperator(new SetNonStrokingDeviceGrayColor(this));
                addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                try {
                    int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    for (int i = 0; i < t.getUnicode().length(); i++) colours.add(rgb);
                    text.append(t.getUnicode());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                super.processTextPosition(t);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return new Coloured(text.toString(), colours);
    }

    /** Lightness as a grey-scale printer renders a colour (Rec. 601 luma, 0 to 255). */
    static double grey(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }
}
