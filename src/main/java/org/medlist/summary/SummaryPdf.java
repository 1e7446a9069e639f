package org.medlist.summary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.SourceInfo;
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

        PDRectangle size() { return size; }

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
        head = 11f * scale;
    }

    /**
     * A laid-out summary: the PDF file's bytes, its number of pages, and how many of them are the
     * clinical part (the pages before the patient's appendix).
     */
    public record Rendered(byte[] bytes, int pages, int clinicalPages) {}

    public static Rendered render(Summary s, Options options) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int clinical = new SummaryPdf(options).layOut(doc, s);
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages(), clinical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out the clinical part, then the patient's appendix and the sources; returns the clinical part's page count. */
    private int layOut(PDDocument doc, Summary s) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Medication summary — " + s.personName());
        info.setCreator("MedList");
        info.setSubject("Knowledge base " + s.knowledgeBaseVersion());
        PdfLayout pdf = new PdfLayout(doc, options.paper().size, 3 * PdfLayout.lineHeight(small) + 8);
        pdf.newPage();
        header(pdf, s);
        medicines(pdf, s);
        mattersMost(pdf, s);
        changes(pdf, s);
        moderate(pdf, s);
        forInformation(pdf, s);
        notChecked(pdf, s);
        questions(pdf, s);
        int clinical = pdf.pages();
        if (!s.openPrecautions().isEmpty()) {
            pdf.newPage();
            precautions(pdf, s);
        }
        sources(pdf, s);
        pdf.footers((page, pages) -> List.of(
                new Run("MedList · " + s.personName() + " · printed " + day(s.printedOn()) + " · knowledge base "
                        + s.knowledgeBaseVersion() + " (sources: page " + pages + ") · Page " + page + " of " + pages,
                        false, small, PdfLayout.MUTED),
                new Run(NOT_ADVICE, false, small, PdfLayout.MUTED)));
        return clinical;
    }

    private void header(PdfLayout pdf, Summary s) {
        pdf.paragraph(0, new Run("Medication summary: " + s.personName(), true, head * 1.45f, PdfLayout.INK));
        pdf.space(2);
        String born = s.born().map(b -> day(b) + s.age().map(a -> " (age " + a + ")").orElse(""))
                .orElse(s.age().map(a -> "not recorded (age " + a + ")").orElse("Not recorded"));
        pdf.flow(0, 0, label("Date of birth:"), value(born), separator(), label("Pregnancy:"), value(s.pregnancy()), separator(),
                label("Printed:"), value(day(s.printedOn())));
        pdf.flow(0, 0, label("Allergies: "), new Run(s.allergies(), true, body, PdfLayout.INK));
        pdf.flow(0, 0, label("Conditions: "), value(s.conditions().isEmpty() ? "None recorded" : String.join("; ", s.conditions())));
    }

    private Run label(String text) { return new Run(text, true, body, PdfLayout.MUTED); }

    private Run value(String text) { return new Run(text, false, body, PdfLayout.INK); }

    private Run separator() { return new Run("  ·  ", false, body, PdfLayout.RULE); }

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
                // the ingredient line only when the name does not already say it ("Coumadin" → warfarin, not "Warfarin 5 mg")
                if (!m.name().strip().toLowerCase(Locale.ROOT).startsWith(m.ingredients().toLowerCase(Locale.ROOT))) {
                    name.add(new Run(m.ingredients(), false, small, PdfLayout.MUTED));
                }
            } else {
                name.add(new Run("NOT CHECKED: not recognised", true, small, PdfLayout.SERIOUS));
            }
            List<Run> when = m.when().isBlank() ? List.of(new Run(NO_TIME, false, body, PdfLayout.MUTED)) : cell(m.when());
            rows.add(List.of(name, cell(join(m.strength(), m.dose())), when, cell(m.reason()), cell(m.prescriber()),
                    cell(m.started().map(SummaryPdf::day).orElse(""))));
        }
        pdf.table(new float[] {0.25f, 0.14f, 0.17f, 0.16f, 0.15f, 0.13f},
                List.of("Medicine", "Strength, dose", "When", "What for", "Prescriber", "Started"), rows, small);
    }

    /** What the "when" column says for a medicine with no recorded time: the row stays, the gap is named. */
    public static final String NO_TIME = "no time recorded";

    /** Serious-or-worse findings of every kind, and the cautions that rest on this person's profile. */
    private void mattersMost(PdfLayout pdf, Summary s) {
        pdf.heading("What matters most", head, 3 * PdfLayout.lineHeight(body));
        pdf.paragraph(0, new Run(s.checkHeadline(), false, body, PdfLayout.INK));
        List<Summary.Warning> serious = s.warnings().stream().filter(w -> section(w) == Section.MOST).toList();
        if (serious.isEmpty()) {
            pdf.paragraph(0, new Run("No warning is graded serious or worse for the checked medicines.", false, body, PdfLayout.MUTED));
        }
        for (Summary.Warning w : serious) warningLine(pdf, w);
        if (!s.profileCautions().isEmpty()) {
            pdf.space(2);
            pdf.paragraph(0, new Run("For this person's profile (age, conditions, pregnancy):", true, small, PdfLayout.MUTED));
            for (Summary.Precaution p : s.profileCautions()) {
                pdf.space(1.5f);
                pdf.flow(0, 10, new Run(PROFILE_SYMBOL + " " + p.forWhom().toUpperCase(Locale.ROOT) + " ·", true, body, PROFILE),
                        new Run(p.medicines() + ":", true, body, PdfLayout.INK),
                        new Run(SummaryBuilder.firstSentence(p.text()), false, body, PdfLayout.INK),
                        new Run(String.join("; ", p.sources().stream().map(SummaryPdf::shortSource).toList()), false, small, PdfLayout.MUTED));
            }
        }
    }

    /** One line per finding: symbol and word in the level's colour, the title, the kind, its sources, and when it was discussed. */
    private void warningLine(PdfLayout pdf, Summary.Warning w) {
        Level level = level(w);
        pdf.space(1.5f);
        String title = w.kind().equals("Allergy") ? w.title().replaceFirst("^Allergy: ", "") : w.title();
        pdf.flow(0, 10, new Run(level.symbol() + " " + level.word() + " ·", level.bold(), body, level.color()),
                new Run(title, true, body, PdfLayout.INK),
                new Run(w.kind() + " · Source: " + String.join(", ", w.sources())
                        + w.discussedOn().map(d -> " · Discussed with a doctor on " + day(d)).orElse(""), false, small, PdfLayout.MUTED));
    }

    /** A source citation up to its first colon ("FDA Drug Safety Communication, 8 Apr 2016"); the appendix prints it whole. */
    static String shortSource(String source) {
        int colon = source.indexOf(':');
        return colon > 10 ? source.substring(0, colon) : source;
    }

    private void changes(PdfLayout pdf, Summary s) {
        Summary.Changes c = s.changes();
        pdf.heading("What changed since " + day(c.since()), head, 2 * PdfLayout.lineHeight(body));
        pdf.paragraph(0, new Run("Since " + day(c.since()) + " (" + c.sinceWhy() + "), as recorded in MedList.", false, small, PdfLayout.MUTED));
        if (c.isEmpty()) {
            pdf.paragraph(0, new Run("No medicine was started, stopped or changed in MedList since " + day(c.since()) + ".", false, body, PdfLayout.INK));
            return;
        }
        changeLines(pdf, "Started", c.started());
        changeLines(pdf, "Stopped", c.stopped());
        changeLines(pdf, "Changed", c.changed());
    }

    private void changeLines(PdfLayout pdf, String what, List<Summary.Change> changes) {
        for (Summary.Change ch : changes) {
            boolean plain = ch.what().equalsIgnoreCase(what); // "Stopped: X — 3 Nov 2026", not "stopped" twice
            pdf.flow(0, 10, new Run(what + ":", true, body, PdfLayout.INK), new Run(ch.medicine() + " —", true, body, PdfLayout.INK),
                    new Run(plain ? day(ch.on()) : ch.what() + " (" + day(ch.on()) + ")", false, body, PdfLayout.INK));
        }
    }

    private void moderate(PdfLayout pdf, Summary s) {
        List<Summary.Warning> moderate = s.warnings().stream().filter(w -> section(w) == Section.MODERATE).toList();
        if (moderate.isEmpty()) return;
        pdf.heading("Moderate warnings (" + moderate.size() + ")", head, 2 * PdfLayout.lineHeight(body));
        for (Summary.Warning w : moderate) warningLine(pdf, w);
    }

    /** Minor and ungraded listings, one compact paragraph per grade and source: information, never a warning. */
    private void forInformation(PdfLayout pdf, Summary s) {
        List<Summary.Warning> notes = s.warnings().stream().filter(w -> section(w) == Section.INFORMATION).toList();
        if (notes.isEmpty()) return;
        pdf.heading("For information: minor or not graded (" + notes.size() + ")", head * 0.9f, 2 * PdfLayout.lineHeight(small));
        Map<String, List<Summary.Warning>> groups = new LinkedHashMap<>();
        for (Summary.Warning w : notes) {
            groups.computeIfAbsent(level(w).word() + "|" + String.join(", ", w.sources()), k -> new ArrayList<>()).add(w);
        }
        for (var g : groups.entrySet()) {
            Summary.Warning first = g.getValue().get(0);
            Level level = level(first);
            StringBuilder line = new StringBuilder();
            for (Summary.Warning w : g.getValue()) {
                if (line.length() > 0) line.append("; ");
                line.append(w.title().replaceFirst(":[^:]*$", "")).append(w.discussedOn().map(d -> " (discussed " + day(d) + ")").orElse(""));
            }
            pdf.space(1.5f);
            pdf.flow(0, 0, new Run(level.symbol() + " " + level.word() + " (" + String.join(", ", first.sources()) + "):", true, small, level.color()),
                    new Run(line.append('.').toString(), false, small, PdfLayout.INK));
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
        pdf.heading("Appendix for the patient: precautions to go through (" + s.openPrecautions().size() + " open)", head,
                2 * PdfLayout.lineHeight(body));
        pdf.paragraph(0, new Run("These are for you, the patient, to read and tick in MedList once you have gone through them. "
                + "Precautions already ticked are not printed.", false, small, PdfLayout.MUTED));
        for (Summary.Precaution p : s.openPrecautions()) {
            pdf.space(2);
            pdf.paragraph(8,
                    new Run("☐ " + capitalise(p.topic().replace('_', ' ')) + " · " + p.medicines() + ": " + p.text(), false, body, PdfLayout.INK),
                    new Run("Source: " + String.join("; ", p.sources()), false, small, PdfLayout.MUTED));
        }
    }

    private void questions(PdfLayout pdf, Summary s) {
        pdf.heading("Questions for the doctor", head, 2 * PdfLayout.lineHeight(body));
        if (s.questions().isEmpty()) {
            pdf.paragraph(0, new Run("None written.", false, body, PdfLayout.MUTED));
            return;
        }
        int n = 1;
        for (String q : s.questions()) pdf.paragraph(8, new Run((n++) + ". " + q, false, body, PdfLayout.INK));
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

    /** Where a finding prints: by its grade alone, so a kind this layout has never heard of still lands in the right place. */
    enum Section { MOST, MODERATE, INFORMATION }

    static Section section(Summary.Warning w) {
        if (w.kind().equals("Allergy") || w.severity().compareTo(Severity.MAJOR) <= 0) return Section.MOST;
        if (w.severity().isWarning()) return Section.MODERATE;
        return Section.INFORMATION;
    }

    /**
     * How a level looks: a word and a symbol always, a colour besides. The colours differ in lightness
     * too (dark red, red, amber, grey), so they stay apart on a grey-scale printer; serious and worse are bold.
     */
    record Level(String word, String symbol, Color color, boolean bold) {}

    static final Color MOST_SERIOUS = new Color(0x6e, 0x00, 0x00);
    static final Color SERIOUS = new Color(0xb0, 0x00, 0x00);
    static final Color MODERATE = new Color(0xb8, 0x6e, 0x00);
    static final Color PROFILE = new Color(0x1f, 0x4e, 0x8c);
    static final String PROFILE_SYMBOL = "●";

    static Level level(Summary.Warning w) {
        if (w.kind().equals("Allergy")) return new Level("ALLERGY", "✖", MOST_SERIOUS, true);
        return level(w.severity());
    }

    static Level level(Severity s) {
        String word = s.label().toUpperCase(Locale.ROOT);
        return switch (s) {
            case CONTRAINDICATED -> new Level(word, "✖", MOST_SERIOUS, true);
            case MAJOR -> new Level(word, "⚠", SERIOUS, true);
            case MODERATE -> new Level(word, "◆", MODERATE, true);
            case MINOR -> new Level(word, "•", PdfLayout.MUTED, true);
            default -> new Level(word, "○", PdfLayout.MUTED, true);
        };
    }

    /** A severity's symbol, shown with its word, never instead of it. */
    static String symbol(Severity s) { return level(s).symbol(); }

    private List<Run> cell(String text) {
        return text.isBlank() ? List.of() : List.of(new Run(text, false, body, PdfLayout.INK));
    }

    public static String day(LocalDate d) { return DAY.format(d); }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + ", " + b;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
