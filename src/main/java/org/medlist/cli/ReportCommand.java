package org.medlist.cli;

import org.medlist.app.MedList;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medlist.exchange.PrivateFile;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", description = "Write a person's appointment summary as a PDF.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Option(names = "--patient", paramLabel = "NAME", required = true) String patient;
    @Option(names = "--pdf", paramLabel = "FILE", required = true, description = "Where to write the PDF.") Path pdf;
    @Option(names = "--large-print", description = "Larger text (about 1.5 times).") boolean largePrint;
    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Paper size (default: ${DEFAULT-VALUE}).") String paper;

    @Override
    public Integer call() {
        SummaryPdf.Options options = new SummaryPdf.Options(SummaryPdf.Paper.fromCode(paper), largePrint);
        Summary summary;
        try (MedList app = root.openMedList()) {
            summary = app.summary(app.person(patient));
        }
        SummaryPdf.Rendered rendered = SummaryPdf.render(summary, options);
        PrivateFile.write(pdf, rendered.bytes());
        root.out().println("wrote " + pdf.toAbsolutePath() + " (" + rendered.pages() + (rendered.pages() == 1 ? " page)" : " pages)"));
        return MedListCommand.OK;
    }
}
