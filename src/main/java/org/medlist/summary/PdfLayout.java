package org.medlist.summary;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout on top of PDFBox: paragraphs and tables that wrap and break across pages,
 * with the footer written once the page count is known. Text is drawn with embedded DejaVu Sans so
 * that any Latin, Greek or Cyrillic name prints; a character the font lacks prints as "?" instead of
 * failing the whole summary.
 */
final class PdfLayout {
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color RULE = new Color(0xc8, 0xcd, 0xd2);
    static final Color SERIOUS = new Color(0xa4, 0x0e, 0x26);
    static final Color CUT = new Color(0x40, 0x40, 0x40);

    /** A piece of a cell or paragraph: text in one font, size and colour. */
    record Run(String text, boolean bold, float size, Color color) {}

    private final PDDocument doc;
    private final PDRectangle paper;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> regularHas = new HashMap<>();
    private final Map<Integer, Boolean> boldHas = new HashMap<>();
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final float margin = 40;
    private final float footerSpace;
    private PDPageContentStream cs;
    private float y;

    PdfLayout(PDDocument doc, PDRectangle paper, float footerSpace) {
        this.doc = doc;
        this.paper = paper;
        this.footerSpace = footerSpace;
        this.regular = font(doc, "DejaVuSans.ttf");
        this.bold = font(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font font(PDDocument doc, String file) {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/org/medlist/summary/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("font missing from the jar: " + file);
            return PDType0Font.load(doc, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width() { return paper.getWidth() - 2 * margin; }

    float left() { return margin; }

    void newPage() {
        closePage();
        PDPage page = new PDPage(paper);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = paper.getHeight() - margin;
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void ensure(float height) {
        if (cs == null || y - height < margin + footerSpace) newPage();
    }

    void space(float points) { y -= points; }

    static float lineHeight(float size) { return size * 1.3f; }

    /** A paragraph of runs, each wrapped to the width; kept on one page when it is short. */
    void paragraph(float indent, Run... runs) {
        List<Line> lines = new ArrayList<>();
        for (Run r : runs) lines.addAll(wrap(r, width() - indent));
        float total = 0;
        for (Line l : lines) total += lineHeight(l.run.size());
        if (total < 120) ensure(total);
        for (Line l : lines) {
            ensure(lineHeight(l.run.size()));
            y -= l.run.size();
            text(left() + indent, y, l.run, l.text);
            y -= lineHeight(l.run.size()) - l.run.size();
        }
    }

    /**
     * Runs that share lines (a bold severity word, then the title, then a muted source), wrapped word by
     * word; lines after the first start at {@code hanging}. Kept on one page when short.
     */
    void flow(float indent, float hanging, Run... runs) {
        List<List<Line>> lines = flowLines(runs, width() - indent, width() - hanging);
        float total = 0;
        for (List<Line> l : lines) total += lineHeight(maxSize(l));
        if (total < 120) ensure(total);
        boolean first = true;
        for (List<Line> line : lines) {
            float size = maxSize(line);
            ensure(lineHeight(size));
            y -= size;
            float x = left() + (first ? indent : hanging);
            for (Line piece : line) {
                text(x, y, piece.run, piece.text);
                x += measure(piece.text, piece.run);
            }
            y -= lineHeight(size) - size;
            first = false;
        }
    }

    private static float maxSize(List<Line> line) {
        float max = 0;
        for (Line l : line) max = Math.max(max, l.run.size());
        return max;
    }

    /** Greedy fill of words from several runs; each piece of a line keeps its run's style (a trailing space is part of the piece). */
    private List<List<Line>> flowLines(Run[] runs, float firstWidth, float restWidth) {
        List<List<Line>> lines = new ArrayList<>();
        List<Line> line = new ArrayList<>();
        float used = 0;
        float space;
        for (Run r : runs) {
            space = measure(" ", r);
            for (String word : safe(r.text(), r.bold()).split(" ")) {
                if (word.isEmpty()) continue;
                float max = lines.isEmpty() ? firstWidth : restWidth;
                float w = measure(word, r);
                if (used > 0 && used + w > max) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                    max = restWidth;
                }
                if (w > max) { // longer than a whole line: broken between characters, the last piece continues the line
                    List<String> pieces = breakWord(word, r, Math.min(max, restWidth)); // the pieces after the first go on hanging lines
                    for (int i = 0; i < pieces.size() - 1; i++) {
                        line.add(new Line(r, pieces.get(i)));
                        lines.add(line);
                        line = new ArrayList<>();
                    }
                    word = pieces.get(pieces.size() - 1);
                    w = measure(word, r);
                }
                line.add(new Line(r, word + " "));
                used += w + space;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    /** The lines {@code run} wraps to at {@code maxWidth}, as plain strings (for absolute layouts such as the wallet card). */
    List<String> wrapText(Run run, float maxWidth) {
        List<String> out = new ArrayList<>();
        for (Line l : wrap(run, maxWidth)) out.add(l.text);
        return out;
    }

    /** Text at a fixed place (the wallet card's panels); the text must come from {@link #safe} or {@link #wrapText}. */
    void textAt(float x, float baseline, Run run, String safeText) {
        text(x, baseline, run, safeText);
    }

    /** A line from one point to another, solid or dashed (fold lines). */
    void line(float x1, float y1, float x2, float y2, float thickness, Color color, boolean dashed) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(thickness);
            cs.setLineDashPattern(dashed ? new float[] {3, 2} : new float[] {}, 0);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle (the card's title band). */
    void fill(float x, float y0, float w, float h, Color color) {
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, y0, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float pageWidth() { return paper.getWidth(); }

    float pageHeight() { return paper.getHeight(); }

    /** The number of pages begun so far. */
    int pages() { return doc.getNumberOfPages(); }

    /** Closes the last page without footers (the wallet card has none). */
    void finish() { closePage(); }

    /** A heading that never ends a page on its own: {@code keepWithNext} points must fit below it. */
    void heading(String text, float size, float keepWithNext) {
        if (cs != null && y < paper.getHeight() - margin - 1) space(size * 0.6f);
        ensure(lineHeight(size) + keepWithNext);
        y -= size;
        text(left(), y, new Run(text, true, size, INK), safe(text, true));
        y -= lineHeight(size) - size + 2;
        rule(left(), left() + width(), y + 1, 0.8f);
        y -= 3;
    }

    /**
     * A table whose cells wrap; a row never splits across pages, and the header row is repeated on
     * each new page. {@code widths} are fractions of the text width.
     */
    void table(float[] widths, List<String> header, List<List<List<Run>>> rows, float headerSize) {
        float pad = 3;
        List<List<List<Line>>> headerCells = new ArrayList<>();
        List<List<Line>> hc = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) hc.add(wrap(new Run(header.get(i), true, headerSize, MUTED), widths[i] * width() - 2 * pad));
        headerCells.add(hc);
        boolean headerDrawn = false;
        for (List<List<Run>> row : rows) {
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                List<Line> cellLines = new ArrayList<>();
                for (Run r : row.get(i)) cellLines.addAll(wrap(r, widths[i] * width() - 2 * pad));
                cells.add(cellLines);
            }
            float height = rowHeight(cells) + 2 * pad;
            float headerHeight = rowHeight(hc) + 2 * pad;
            if (!headerDrawn || y - height < margin + footerSpace) {
                if (y - height - (headerDrawn ? 0 : headerHeight) < margin + footerSpace) newPage();
                drawRow(widths, hc, pad, true);
                headerDrawn = true;
            }
            drawRow(widths, cells, pad, false);
        }
    }

    private float rowHeight(List<List<Line>> cells) {
        float max = 0;
        for (List<Line> cell : cells) {
            float h = 0;
            for (Line l : cell) h += lineHeight(l.run.size());
            max = Math.max(max, h);
        }
        return max;
    }

    private void drawRow(float[] widths, List<List<Line>> cells, float pad, boolean header) {
        float top = y;
        float x = left();
        for (int i = 0; i < cells.size(); i++) {
            float cy = top - pad;
            for (Line l : cells.get(i)) {
                cy -= l.run.size();
                text(x + pad, cy, l.run, l.text);
                cy -= lineHeight(l.run.size()) - l.run.size();
            }
            x += widths[i] * width();
        }
        y = top - rowHeight(cells) - 2 * pad;
        rule(left(), left() + width(), y, header ? 0.8f : 0.3f);
    }

    /** Writes {@code lines} at the foot of every page; {@code lineFor} receives page number and count. */
    void footers(java.util.function.BiFunction<Integer, Integer, List<Run>> lineFor) {
        closePage();
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = foot;
                float fy = margin + footerSpace - 6;
                rule(left(), left() + width(), fy, 0.5f);
                for (Run r : lineFor.apply(i + 1, count)) {
                    for (Line l : wrap(r, width())) {
                        fy -= lineHeight(r.size());
                        text(left(), fy + (lineHeight(r.size()) - r.size()), r, l.text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                cs = null;
            }
        }
    }

    private void closePage() {
        if (cs == null) return;
        try {
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cs = null;
    }

    private record Line(Run run, String text) {}

    /**
     * Greedy word wrap by measured width; a word longer than the line is broken between characters
     * (grapheme clusters, so a surrogate pair or a letter and its accent stay together). Linear in the
     * text: every width is a sum of cached per-character widths, measured once per piece.
     */
    private List<Line> wrap(Run run, float maxWidth) {
        List<Line> out = new ArrayList<>();
        float space = measure(" ", run);
        for (String paragraph : run.text().split("\\R", -1)) {
            String text = safe(paragraph, run.bold());
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : text.split(" ")) {
                float w = measure(word, run);
                if (line.length() == 0 && used == 0 && w <= maxWidth) {
                    line.append(word);
                    used = w;
                    continue;
                }
                if (used + space + w <= maxWidth) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0) out.add(new Line(run, line.toString()));
                line.setLength(0);
                String rest = word;
                if (w > maxWidth) {
                    List<String> pieces = breakWord(word, run, maxWidth);
                    for (int i = 0; i < pieces.size() - 1; i++) out.add(new Line(run, pieces.get(i)));
                    rest = pieces.get(pieces.size() - 1);
                }
                line.append(rest);
                used = measure(rest, run);
            }
            out.add(new Line(run, line.toString()));
        }
        return out;
    }

    /** {@code word} in pieces no wider than {@code maxWidth} (at least one grapheme each), cut only between grapheme clusters. */
    private List<String> breakWord(String word, Run run, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(word);
        int start = 0;
        float used = 0;
        for (int from = graphemes.first(), to = graphemes.next(); to != BreakIterator.DONE; from = to, to = graphemes.next()) {
            float w = measure(word.substring(from, to), run);
            if (used + w > maxWidth && from > start) {
                pieces.add(word.substring(start, from));
                start = from;
                used = 0;
            }
            used += w;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** The width of text from {@link #safe}: the sum of its characters' advance widths, each read from the font once. */
    float measure(String safeText, Run run) {
        Map<Integer, Float> widths = run.bold() ? boldWidths : regularWidths;
        PDType0Font f = run.bold() ? bold : regular;
        float units = 0;
        for (int i = 0; i < safeText.length(); ) {
            int cp = safeText.codePointAt(i);
            units += widths.computeIfAbsent(cp, c -> glyphWidth(f, c));
            i += Character.charCount(cp);
        }
        return units / 1000f * run.size();
    }

    private static float glyphWidth(PDType0Font f, int cp) {
        try {
            return f.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("no width for U+" + Integer.toHexString(cp) + " after safe()", e);
        }
    }

    /** The text with tabs and control characters as spaces and characters the font lacks as "?". */
    String safe(String text, boolean isBold) {
        PDType0Font f = isBold ? bold : regular;
        Map<Integer, Boolean> known = isBold ? boldHas : regularHas;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(f, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDType0Font f, int cp) {
        try {
            f.encode(new String(Character.toChars(cp))); // throws when the font has no glyph for it
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void text(float x, float baseline, Run run, String safeText) {
        try {
            cs.beginText();
            cs.setFont(run.bold() ? bold : regular, run.size());
            cs.setNonStrokingColor(run.color());
            cs.newLineAtOffset(x, baseline);
            cs.showText(safeText);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float x1, float x2, float at, float thickness) {
        try {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(thickness);
            cs.moveTo(x1, at);
            cs.lineTo(x2, at);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
