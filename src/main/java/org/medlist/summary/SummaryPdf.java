package org.medlist.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.SourceInfo;
import org.medlist.model.TimeOfDay;
import org.medlist.summary.PdfLayout.Run;

/**
 * Lays out a {@link Summary} as a PDF with real, selectable text. The printout in the window prints
 * these same pages, so what is previewed, printed and saved is one document.
 */
public final class SummaryPdf {
    public static final String NOT_ADVICE = "Not medical advice: what was entered in MedList and what its bundled sources "
            + "(listed on the last page) say. Talk to your doctor or pharmacist before changing any medicine.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public enum Paper {
        A4("a4", PDRectangle.A4), LETTER("letter", PDRectangle.LETTER);

        private final String code;
        private final PDRectangle size;

        Paper(String code, PDRectangle size) {
            this.code = code;
            this.size = size;
        }

        public String code() { return code; }

        public static Paper fromCode(String code) {
            for (Paper p : values()) if (p.code.equalsIgnoreCase(code.trim())) return p;
            throw new org.medlist.model.InvalidInputException("Unknown paper '" + code + "': use a4 or letter.");
        }

        /** Letter in the US and Canada, A4 elsewhere. */
        public static Paper forLocale(Locale locale) {
            String c = locale.getCountry();
            return c.equals("US") || c.equals("CA") ? LETTER : A4;
        }
    }

    public record Options(Paper paper, boolean largePrint) {
        public static Options standard() { return new Options(Paper.A4, false); }
    }

    private final float body;
    private final float small;
    private final float head;
    private final Options options;

    private SummaryPdf(Options options) {
        this.options = options;
        float scale = options.largePrint() ? 1.45f : 1f;
        body = 9f * scale;
        small = 7.6f * scale;
        head = 11.5f * scale;
    }

    /** A laid-out summary: the PDF file's bytes and its number of pages. */
    public record Rendered(byte[] bytes, int pages) {}

    public static Rendered render(Summary s, Options options) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new SummaryPdf(options).layOut(doc, s);
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layOut(PDDocument doc, Summary s) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Medication summary — " + s.personName());
        info.setCreator("MedList");
        info.setSubject("Knowledge base " + s.knowledgeBaseVersion());
        PdfLayout pdf = new PdfLayout(doc, options.paper().size, 3 * PdfLayout.lineHeight(small) + 8);
        pdf.newPage();
        header(pdf, s);
        medicines(pdf, s);
        schedule(pdf, s);
        warnings(pdf, s);
        notChecked(pdf, s);
        precautions(pdf, s);
        questions(pdf, s);
        stopped(pdf, s);
        sources(pdf, s);
        pdf.footers((page, pages) -> List.of(
                new Run("MedList summary for " + s.personName() + " · printed " + day(s.printedOn()) + " · knowledge base "
                        + s.knowledgeBaseVersion() + " · Page " + page + " of " + pages,
                        false, small, PdfLayout.MUTED),
                new Run(NOT_ADVICE, false, small, PdfLayout.MUTED)));
    }

    private void header(PdfLayout pdf, Summary s) {
        pdf.paragraph(0, new Run("Medication summary: " + s.personName(), true, head * 1.5f, PdfLayout.INK));
        pdf.space(2);
        String born = s.born().map(b -> day(b) + s.age().map(a -> " (age " + a + ")").orElse(""))
                .orElse(s.age().map(a -> "not recorded (age " + a + ")").orElse("Not recorded"));
        field(pdf, "Date of birth", born);
        field(pdf, "Allergies", s.allergies());
        field(pdf, "Conditions", s.conditions().isEmpty() ? "None recorded" : String.join("; ", s.conditions()));
        field(pdf, "Printed", day(s.printedOn()));
    }

    private void field(PdfLayout pdf, String label, String value) {
        pdf.paragraph(0, new Run(label + ": " + value, false, body, PdfLayout.INK));
    }

    private void medicines(PdfLayout pdf, Summary s) {
        pdf.heading("Current medicines (" + s.current().size() + ")", head, 3 * PdfLayout.lineHeight(body));
        if (s.current().isEmpty()) {
            pdf.paragraph(0, new Run("No current medicines are recorded.", false, body, PdfLayout.INK));
            return;
        }
        List<List<List<Run>>> rows = new ArrayList<>();
        for (Summary.Medicine m : s.current()) {
            List<Run> name = new ArrayList<>();
            name.add(new Run(m.name(), true, body, PdfLayout.INK));
            if (m.recognized()) {
                if (!m.ingredients().equalsIgnoreCase(m.name().strip())) name.add(new Run(m.ingredients(), false, small, PdfLayout.MUTED));
            } else {
                name.add(new Run("NOT CHECKED: not recognised", true, small, PdfLayout.SERIOUS));
            }
            rows.add(List.of(name, cell(join(m.strength(), m.dose())), cell(m.when()), cell(m.reason()), cell(m.prescriber()),
                    cell(m.started().map(SummaryPdf::day).orElse(""))));
        }
        pdf.table(new float[] {0.27f, 0.15f, 0.16f, 0.16f, 0.14f, 0.12f},
                List.of("Medicine", "Strength, dose", "When", "What for", "Prescriber", "Started"), rows, small);
    }

    private void schedule(PdfLayout pdf, Summary s) {
        List<Summary.Medicine> timed = s.current().stream().filter(m -> !m.times().isEmpty() || !m.whenText().isBlank()).toList();
        pdf.heading("Day schedule", head, 3 * PdfLayout.lineHeight(body));
        if (timed.isEmpty()) {
            pdf.paragraph(0, new Run("No times are recorded for the current medicines.", false, body, PdfLayout.INK));
            return;
        }
        List<String> header = new ArrayList<>(List.of("Medicine"));
        for (TimeOfDay t : TimeOfDay.values()) header.add(capitalise(t.word()));
        List<List<List<Run>>> rows = new ArrayList<>();
        for (Summary.Medicine m : timed) {
            List<List<Run>> row = new ArrayList<>();
            List<Run> name = new ArrayList<>(List.of(new Run(m.name(), true, body, PdfLayout.INK)));
            if (!m.whenText().isBlank()) name.add(new Run(m.whenText(), false, small, PdfLayout.MUTED));
            row.add(name);
            String mark = m.dose().isBlank() ? "✓" : m.dose();
            for (TimeOfDay t : TimeOfDay.values()) row.add(m.times().contains(t) ? cell(mark) : List.of());
            rows.add(row);
        }
        pdf.table(new float[] {0.30f, 0.14f, 0.14f, 0.14f, 0.14f, 0.14f}, header, rows, small);
    }

    private void warnings(PdfLayout pdf, Summary s) {
        pdf.heading("Interaction warnings", head, 3 * PdfLayout.lineHeight(body));
        pdf.paragraph(0, new Run(s.checkHeadline(), false, body, PdfLayout.INK));
        List<Summary.Warning> notes = new ArrayList<>();
        for (Summary.Warning w : s.warnings()) {
            boolean allergy = w.kind().equals("Allergy");
            if (!allergy && !w.severity().isWarning()) {
                notes.add(w);
                continue;
            }
            pdf.space(3);
            String grade = allergy ? "ALLERGY" : w.severity().label().toUpperCase(Locale.ROOT);
            pdf.paragraph(0,
                    new Run(symbol(w.severity()) + " " + grade + " · " + (allergy ? w.title().replaceFirst("^Allergy: ", "") : w.title()),
                            true, body, PdfLayout.SERIOUS),
                    new Run(w.explanation(), false, body, PdfLayout.INK),
                    new Run(w.kind() + " · Source: " + String.join(", ", w.sources()) + " · "
                            + w.discussedOn().map(d -> "Discussed with a doctor on " + day(d)).orElse("Not yet discussed with a doctor"),
                            false, small, PdfLayout.MUTED));
        }
        if (!notes.isEmpty()) {
            pdf.space(4);
            StringBuilder line = new StringBuilder("Also listed by the sources, minor or not graded (for information): ");
            for (int i = 0; i < notes.size(); i++) {
                Summary.Warning w = notes.get(i);
                if (i > 0) line.append("; ");
                line.append(w.title().replaceFirst(":[^:]*$", "")).append(" (").append(w.severity().label().toLowerCase(Locale.ROOT))
                        .append(", ").append(String.join(", ", w.sources()))
                        .append(w.discussedOn().map(d -> ", discussed " + day(d)).orElse("")).append(")");
            }
            pdf.paragraph(0, new Run(line.append('.').toString(), false, small, PdfLayout.INK));
        }
    }

    private void notChecked(PdfLayout pdf, Summary s) {
        if (s.notChecked().isEmpty()) return;
        pdf.heading("Not checked", head, 2 * PdfLayout.lineHeight(body));
        pdf.paragraph(0, new Run("MedList did not recognise these, so they were not checked against anything. "
                + "That says nothing about whether they go together: ask your pharmacist to check them.", false, body, PdfLayout.INK));
        for (Summary.NotChecked n : s.notChecked()) {
            pdf.paragraph(8, new Run("• " + n.name() + " (NOT CHECKED)"
                    + (n.suggestions().isEmpty() ? "" : " (did you mean " + String.join(", ", n.suggestions()) + "?)"), false, body, PdfLayout.INK));
        }
    }

    private void precautions(PdfLayout pdf, Summary s) {
        pdf.heading("Precautions to go through (" + s.openPrecautions().size() + " open)", head, 2 * PdfLayout.lineHeight(body));
        if (s.openPrecautions().isEmpty()) {
            pdf.paragraph(0, new Run("None open: every precaution for these medicines has been ticked in MedList.", false, body, PdfLayout.INK));
            return;
        }
        for (Summary.Precaution p : s.openPrecautions()) {
            pdf.paragraph(8,
                    new Run("☐ " + capitalise(p.topic().replace('_', ' ')) + " · " + p.medicines() + ": " + p.text(), false, body, PdfLayout.INK),
                    new Run("Source: " + String.join("; ", p.sources()), false, small, PdfLayout.MUTED));
        }
    }

    private void questions(PdfLayout pdf, Summary s) {
        pdf.heading("Questions for my doctor", head, 2 * PdfLayout.lineHeight(body));
        if (s.questions().isEmpty()) {
            pdf.paragraph(0, new Run("None written.", false, body, PdfLayout.MUTED));
            return;
        }
        int n = 1;
        for (String q : s.questions()) pdf.paragraph(8, new Run((n++) + ". " + q, false, body, PdfLayout.INK));
    }

    private void stopped(PdfLayout pdf, Summary s) {
        pdf.heading("Stopped in the last " + Summary.STOPPED_DAYS + " days", head, 2 * PdfLayout.lineHeight(body));
        if (s.recentlyStopped().isEmpty()) {
            pdf.paragraph(0, new Run("None.", false, body, PdfLayout.MUTED));
            return;
        }
        for (Summary.Stopped m : s.recentlyStopped()) {
            pdf.paragraph(8, new Run("• " + join(m.name(), m.strength()) + ": stopped " + day(m.stoppedOn())
                    + (m.reason().isBlank() ? "" : " (was for " + m.reason() + ")"), false, body, PdfLayout.INK));
        }
    }

    private void sources(PdfLayout pdf, Summary s) {
        pdf.heading("Knowledge base " + s.knowledgeBaseVersion() + ": sources and licences", head * 0.85f, 2 * PdfLayout.lineHeight(small));
        StringBuilder all = new StringBuilder();
        for (SourceInfo src : s.sources()) {
            if (all.length() > 0) all.append("  ·  ");
            all.append(src.name()).append(" (").append(src.version()).append("): ").append(src.licence());
        }
        pdf.paragraph(0, new Run(all.toString(), false, small, PdfLayout.MUTED));
    }

    /** A severity's symbol, shown with its word, never instead of it. */
    static String symbol(Severity s) {
        return switch (s) {
            case CONTRAINDICATED -> "✖";
            case MAJOR, MODERATE -> "⚠";
            case MINOR, UNKNOWN -> "•";
        };
    }

    private List<Run> cell(String text) {
        return text.isBlank() ? List.of() : List.of(new Run(text, false, body, PdfLayout.INK));
    }

    static String day(LocalDate d) { return DAY.format(d); }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + ", " + b;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
