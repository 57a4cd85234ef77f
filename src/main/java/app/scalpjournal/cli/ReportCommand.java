package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.NothingToReportException;
import app.scalpjournal.report.Paper;
import app.scalpjournal.report.PatientWords;
import app.scalpjournal.report.ReportSettings;
import app.scalpjournal.report.SummaryLayout;
import app.scalpjournal.report.SummaryDocument;
import app.scalpjournal.report.SummaryRenderer;
import app.scalpjournal.report.SummaryRequest;
import app.scalpjournal.report.VisitSummaries;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code report --out FILE.pdf ...}: the window's visit summary, as a PDF file. */
@Command(name = ReportCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Writes a visit summary PDF: the period's routines and treatments, side effects and notes, "
                + "and per region the chosen dates' photos side by side. Paper is A4 or Letter by your locale.",
                "Exit status: 0 written, 1 nothing to report in the range (or the file cannot be written), 2 usage error."})
public final class ReportCommand implements Callable<Integer> {
    static final String NAME = "report";

    static final class LayoutConverter implements picocli.CommandLine.ITypeConverter<SummaryLayout> {
        @Override
        public SummaryLayout convert(String value) {
            return SummaryLayout.fromId(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a layout; use compact or full"));
        }
    }

    @Mixin
    CommandEnv env;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "The PDF file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "First day to include (default: the start of the journal).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "Last day to include (default: the latest entry).")
    LocalDate to;

    @Option(names = "--region", paramLabel = "R", converter = Converters.Region.class,
            description = "A region to show (repeatable): hairline, top, crown, left-temple, right-temple, back, other."
                    + " Default: every region with photos in the range.")
    List<Region> regions = new ArrayList<>();

    @Option(names = "--dates", paramLabel = "N", defaultValue = "2",
            description = "Dates per region, 1 to 4: 2 = first and latest, more are spread evenly (default: ${DEFAULT-VALUE}).")
    int dates;

    @Option(names = "--no-notes", description = "Leave the notes out.")
    boolean noNotes;

    @Option(names = "--name", paramLabel = "TEXT", description = "Name or initials for the header.")
    String name;

    @Option(names = "--layout", paramLabel = "compact|full", defaultValue = "compact", converter = LayoutConverter.class,
            description = "compact: page 1 (treatments, side effects, first and latest photo of each region) and the notes,"
                    + " one or two pages; full: also pages of photos with --dates per region (default: ${DEFAULT-VALUE}).")
    SummaryLayout layout;

    @Option(names = "--first-noticed", paramLabel = "TEXT", description = "In your words: when you first noticed the hair loss.")
    String noticed;

    @Option(names = "--questions", paramLabel = "TEXT", description = "In your words: what you want to ask at this visit.")
    String questions;

    @Option(names = "--for-clinician", paramLabel = "TEXT", description = "In your words: anything else for the clinician.")
    String other;

    @Option(names = "--saved-words", description = "Use the words kept with the journal (from the window) for any of the three not given here.")
    boolean savedWords;

    @Option(names = "--keep-words", description = "Keep this summary's words with the journal for the next summary.")
    boolean keepWords;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = env.out();
        PrintWriter err = env.err();
        SummaryRenderer.prepareAhead();
        try (AppContext context = env.openSession()) {
            VisitSummaries summaries = context.visitSummaries();
            SummaryRequest request = request(savedWords ? summaries.settings().words() : PatientWords.NONE);
            SummaryDocument summary;
            try {
                summary = summaries.build(request);
            } catch (NothingToReportException e) {
                err.println(Messages.get("cli.error", Messages.get("cli.report.nothing", e.getMessage())));
                err.flush();
                return 1;
            }
            try (PDDocument pdf = summaries.render(summary, Paper.forUser(), p -> { })) {
                summaries.save(pdf, out);
                summaries.madeFor(request, keepWords ? ReportSettings.Words.KEEP : ReportSettings.Words.UNCHANGED);
                stdout.println(Messages.get(pdf.getNumberOfPages() == 1 ? "cli.report.wrote.onePage" : "cli.report.wrote", out,
                        String.valueOf(pdf.getNumberOfPages()), String.valueOf(Math.max(1, Files.size(out) / 1024)),
                        String.valueOf(summary.from()), String.valueOf(summary.to())));
            } catch (IOException e) {
                err.println(Messages.get("cli.error", Messages.get("cli.cannotWrite", out, e.getMessage())));
                err.flush();
                return 1;
            }
        }
        stdout.flush();
        return 0;
    }

    private SummaryRequest request(PatientWords saved) {
        PatientWords words = new PatientWords(noticed != null ? noticed : saved.noticed(), questions != null ? questions : saved.questions(),
                other != null ? other : saved.other());
        try {
            return new SummaryRequest(from, to, regions.stream().distinct().toList(), dates, !noNotes, name, null, layout, words);
        } catch (IllegalArgumentException e) {
            throw env.usageError(e.getMessage());
        }
    }
}
