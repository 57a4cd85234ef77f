package app.scalpjournal.report.ui;

import app.scalpjournal.report.NothingToReportException;
import app.scalpjournal.report.Paper;
import app.scalpjournal.report.PatientWords;
import app.scalpjournal.report.ReportSettings;
import app.scalpjournal.report.SummaryPrinter;
import app.scalpjournal.report.SummaryDocument;
import app.scalpjournal.report.SummaryRequest;
import app.scalpjournal.report.VisitSummaries;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The visit summary dialog's state. A preview renders the PDF off the UI thread and keeps its
 * bytes; the page images come from those bytes, and Save and Print use the very same bytes, so
 * what is saved or printed is what was previewed. Changing an option makes the preview stale:
 * Save and Print wait for a fresh one.
 */
public final class VisitSummaryViewModel {
    /** Preview resolution: sharp on screen, quick to draw. */
    static final float PREVIEW_DPI = 80;

    /** Prints a rendered summary (the system dialog in the app) and says how it went. */
    @FunctionalInterface
    public interface Printer {
        SummaryPrinter.Result print(PDDocument summary) throws Exception;
    }

    private final VisitSummaries summaries;
    private final TaskRunner runner;
    private final Printer printer;
    private final Paper paper;

    private final SummaryOptions options = new SummaryOptions();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private int generation;
    private byte[] pdf;
    private SummaryRequest previewed;

    public VisitSummaryViewModel(VisitSummaries summaries, TaskRunner runner, Printer printer, Paper paper) {
        this.summaries = summaries;
        this.runner = runner;
        this.printer = printer;
        this.paper = paper;
    }

    /** Fills in the remembered values (off the UI thread), then previews. */
    public void load() {
        runner.run(() -> new Remembered(summaries.defaultFrom(), summaries.settings().name(),
                        summaries.settings().visitDate().orElse(null), summaries.settings().words()),
                r -> {
                    options.fill(r.lastSummary(), r.name(), r.visitDate(), r.words());
                    preview();
                },
                e -> message.set(Messages.get("summary.dialog.unreadable", e.getMessage())));
    }

    private record Remembered(LocalDate lastSummary, String name, LocalDate visitDate, PatientWords words) {
    }

    /** Drops the preview: an option changed. */
    public void invalidate() {
        generation++;
        ready.set(false);
    }

    /** What the user chooses: period, regions, layout, header and words. */
    public SummaryOptions options() {
        return options;
    }

    /** Builds and renders the summary in the background, then its page images one by one. */
    public void preview() {
        int mine = ++generation;
        ready.set(false);
        pages.clear();
        pdf = null;
        if (!options.anyRegion()) {
            busy.set(false);
            message.set(Messages.get("summary.dialog.noRegion"));
            return;
        }
        SummaryRequest request;
        try {
            request = options.request();
        } catch (IllegalArgumentException e) {
            busy.set(false);
            message.set(capitalized(e.getMessage()) + ".");
            return;
        }
        busy.set(true);
        progress.set(0);
        message.set(Messages.get("summary.dialog.preparing"));
        runner.run(() -> renderPdf(request, mine), bytes -> {
            if (mine != generation) {
                return;
            }
            pdf = bytes;
            previewed = request;
            renderPages(mine, bytes);
        }, e -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            message.set(e instanceof NothingToReportException ? e.getMessage() : Messages.get("summary.dialog.failed", e.getMessage()));
        });
    }

    /** Builds and renders the summary (off the UI thread), reporting progress while it is still wanted. */
    private byte[] renderPdf(SummaryRequest request, int mine) throws IOException {
        SummaryDocument summary = summaries.build(request);
        try (PDDocument doc = summaries.render(summary, paper, p -> runner.onUi(() -> {
            if (mine == generation) {
                progress.set(p * 0.7);
            }
        }))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Page images from the PDF's bytes, delivered one at a time so the first page shows at once. */
    private void renderPages(int mine, byte[] bytes) {
        runner.run(() -> {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                int count = doc.getNumberOfPages();
                for (int i = 0; i < count && mine == generation; i++) {
                    BufferedImage page = renderer.renderImageWithDPI(i, PREVIEW_DPI, ImageType.RGB);
                    double done = 0.7 + 0.3 * (i + 1) / count;
                    runner.onUi(() -> {
                        if (mine == generation) {
                            pages.add(page);
                            progress.set(done);
                        }
                    });
                }
                return count;
            }
        }, count -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            ready.set(true);
            progress.set(1);
            message.set(Messages.get("summary.dialog.made", count, Messages.get("summary.paper." + paper.name().toLowerCase(Locale.ROOT)),
                    Math.max(1, bytes.length / 1024)));
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                message.set(Messages.get("summary.dialog.previewFailed", e.getMessage()));
            }
        });
    }

    /** Saves the previewed document; {@code done} runs on the UI thread after a successful save. */
    public void save(Path target, Consumer<Path> done) {
        byte[] bytes = pdf;
        SummaryRequest request = previewed;
        if (!ready.get() || bytes == null) {
            return;
        }
        busy.set(true);
        message.set(Messages.get("summary.dialog.saving"));
        runner.run(() -> {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                summaries.save(doc, target);
            }
            summaries.madeFor(request, wordsChoice());
            return target;
        }, saved -> {
            busy.set(false);
            options.lastSummaryProperty().set(summaries.settings().lastSummary().orElse(null));
            message.set(Messages.get("summary.dialog.saved", saved.getFileName()));
            done.accept(saved);
        }, e -> {
            busy.set(false);
            message.set(Messages.get("summary.dialog.saveFailed", target.getFileName(), e.getMessage()));
        });
    }

    /** Prints the previewed document through the system print dialog, off the UI thread. */
    public void print() {
        byte[] bytes = pdf;
        SummaryRequest request = previewed;
        if (!ready.get() || bytes == null) {
            return;
        }
        busy.set(true);
        message.set(Messages.get("summary.dialog.printing"));
        runner.run(() -> {
            SummaryPrinter.Result result;
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                result = printer.print(doc);
            }
            if (result == SummaryPrinter.Result.PRINTED) {
                summaries.madeFor(request, wordsChoice());
            }
            return result;
        }, result -> {
            busy.set(false);
            message.set(switch (result) {
                case PRINTED -> Messages.get("summary.print.sent");
                case CANCELLED -> Messages.get("summary.print.cancelled");
                case NO_PRINTER -> Messages.get("summary.print.noPrinter");
            });
        }, e -> {
            busy.set(false);
            message.set(Messages.get("summary.dialog.printFailed", e.getMessage()));
        });
    }

    private ReportSettings.Words wordsChoice() {
        return options.words().keepProperty().get() ? ReportSettings.Words.KEEP : ReportSettings.Words.FORGET;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the pages shown are a complete, current preview: Save and Print act on them. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
