package app.scalpjournal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The visit summary as one service for the window and the command line: select, render, save,
 * and remember what the next summary starts from.
 */
public final class VisitSummaries {
    private final SummaryBuilder builder;
    private final SummaryRenderer renderer;
    private final ReportSettings settings;
    private final Clock clock;

    public VisitSummaries(SummaryBuilder builder, SummaryRenderer renderer, ReportSettings settings, Clock clock) {
        this.builder = builder;
        this.renderer = renderer;
        this.settings = settings;
        this.clock = clock;
    }

    public ReportSettings settings() {
        return settings;
    }

    /** Where a new summary starts by default: the day of the last one, else the start of the journal (null). */
    public LocalDate defaultFrom() {
        return settings.lastSummary().orElse(null);
    }

    public SummaryDocument build(SummaryRequest request) {
        return builder.build(request);
    }

    /** The pages; the caller closes the document. */
    public PDDocument render(SummaryDocument summary, Paper paper, DoubleConsumer progress) throws IOException {
        return renderer.render(summary, paper, progress);
    }

    /** Writes the PDF next to its target first, so a failed save never leaves half a file under the chosen name. */
    public void save(PDDocument pdf, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".summary-", ".pdf.tmp");
        try {
            pdf.save(tmp.toFile());
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Remembers that a summary was handed out today, with its header, and keeps or forgets the patient's words. */
    public void madeFor(SummaryRequest request, ReportSettings.Words words) {
        settings.remember(LocalDate.now(clock), request.name(), request.visitDate(), request.words(), words);
    }
}
