package org.medlist.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.medlist.app.MedList;
import org.medlist.exchange.PrivateFile;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Person;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryPdf;
import org.medlist.summary.WalletCardPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", description = "Write a person's appointment summary (or wallet card) as a PDF.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME", required = true) String patient;
    @Option(names = "--pdf", paramLabel = "FILE", required = true, description = "Where to write the PDF.") Path pdf;
    @Option(names = "--large-print", description = "Larger text (about 1.5 times).") boolean largePrint;
    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Paper size (default: ${DEFAULT-VALUE}).") String paper;
    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "List what changed since this day (default: the last printed summary, or the last 90 days).") String since;
    @Option(names = "--card", description = "Write the one-page wallet card instead of the summary.") boolean card;
    @Option(names = "--json", description = "Print {\"pages\", \"since\"} as JSON.") boolean json;

    @Override
    public Integer call() {
        SummaryPdf.Options options = new SummaryPdf.Options(SummaryPdf.Paper.fromCode(paper), largePrint);
        Optional<LocalDate> from = AddCommand.parseDate(since);
        try (MedList app = root.openMedList()) {
            if (from.isPresent() && from.get().isAfter(app.today())) throw new InvalidInputException("--since " + since + " is in the future.");
            Person person = app.person(patient);
            Summary summary = app.summary(person, from);
            SummaryPdf.Rendered rendered = card ? WalletCardPdf.render(summary, options.paper()) : SummaryPdf.render(summary, options);
            PrivateFile.write(pdf, rendered.bytes());
            // the next summary's "what changed" starts here; a card is recorded too, but does not move that day
            app.recordPrinted(person.id(), card);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("pages", rendered.pages());
                out.put("since", card ? null : summary.changes().since().toString());
                root.out().println(Json.write(out));
            } else {
                root.out().println("wrote " + pdf.toAbsolutePath() + " (" + rendered.pages() + (rendered.pages() == 1 ? " page)" : " pages)"));
            }
        }
        return MedListCommand.OK;
    }
}
