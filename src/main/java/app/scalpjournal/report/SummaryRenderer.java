package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.NoteItem;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a {@link SummaryDocument} as PDF pages: an overview page (header, period, routines and
 * treatments, side effects, notes), then the regions' photos, with page numbers and the neutral
 * footer on every page. Photos are embedded as JPEGs at about {@value #DPI} dpi of their printed size.
 */
public final class SummaryRenderer {
    public static final String FOOTER = "This document shows photos and notes recorded by the patient. "
            + "It contains no automated measurement or assessment.";
    static final int DPI = 300;
    private static final float JPEG_QUALITY = 0.85f;
    private static final int NOTE_MAX_LINES = 6;

    private final UprightPhotos photos;
    private final String appName;
    private final Clock clock;

    /** @param appName the app and its version for the PDF's Creator/Producer, e.g. "Scalp Journal 0.1.0" */
    public SummaryRenderer(UprightPhotos photos, String appName, Clock clock) {
        this.photos = photos;
        this.appName = appName;
        this.clock = clock;
    }

    /** Renders the document; the caller owns (and closes) the result. {@code progress} gets 0..1. */
    public PDDocument render(SummaryDocument summary, Paper paper, DoubleConsumer progress) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setCreator(appName);
            info.setProducer(appName);
            info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
            doc.setDocumentInformation(info);
            PdfFonts fonts = new PdfFonts(doc);
            try (PageFlow flow = new PageFlow(doc, paper, fonts)) {
                overview(flow, summary);
                int total = summary.regions().stream().mapToInt(s -> s.panels().size()).sum();
                int[] done = {0};
                progress.accept(0);
                if (!summary.regions().isEmpty()) {
                    flow.newPage();
                }
                for (RegionSection section : summary.regions()) {
                    region(flow, section, () -> progress.accept(++done[0] / (double) Math.max(1, total)));
                }
            }
            footers(doc, fonts, paper);
            progress.accept(1);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    // ---- overview page --------------------------------------------------------------------------

    private void overview(PageFlow flow, SummaryDocument s) throws IOException {
        flow.text("Visit summary", flow.fonts.bold, 18, PageFlow.INK);
        flow.gap(4);
        flow.text("Photos, notes and log entries recorded by the patient in Scalp Journal.", flow.fonts.regular, 9, PageFlow.MUTED);
        flow.gap(10);
        if (!s.name().isEmpty()) {
            flow.field("Name", s.name());
        }
        if (s.visitDate() != null) {
            flow.field("Visit date", Labels.date(s.visitDate()));
        }
        flow.field("Period", Labels.date(s.from()) + " to " + Labels.date(s.to()) + " (" + Labels.days(s.from(), s.to()) + ")");
        String regions = s.regions().isEmpty() ? "none in this period"
                : s.regions().stream().map(r -> r.region().label() + " (" + r.panels().size()
                        + (r.panels().size() == 1 ? " date" : " dates") + ")").collect(Collectors.joining(", "));
        flow.field("Photos", regions);
        if (!s.emptyRegions().isEmpty()) {
            flow.field("No photos of", s.emptyRegions().stream().map(Region::label).collect(Collectors.joining(", ")));
        }
        flow.gap(6);
        flow.rule();

        flow.heading("Routines and treatments");
        if (s.treatments().isEmpty()) {
            flow.paragraph("None logged in this period.", PageFlow.MUTED);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (TreatmentRow t : s.treatments()) {
                rows.add(List.of(t.kind(), t.details(), Labels.date(t.first()), t.last() == null ? "ongoing" : Labels.date(t.last()), t.howOften()));
            }
            flow.table(List.of("Kind", "Details", "First", "Last", "How often"), new float[] {0.17f, 0.38f, 0.14f, 0.14f, 0.17f}, rows);
        }

        flow.heading("Side effects logged");
        if (s.sideEffects().isEmpty()) {
            flow.paragraph("None logged in this period.", PageFlow.MUTED);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (SideEffectRow e : s.sideEffects()) {
                rows.add(List.of(Labels.date(e.date()), e.item(), e.effects()));
            }
            flow.table(List.of("Date", "Logged with", "Side effects and notes"), new float[] {0.14f, 0.31f, 0.55f}, rows);
        }

        if (s.notesIncluded()) {
            flow.heading("Notes, most recent first");
            if (s.notes().isEmpty()) {
                flow.paragraph("No notes in this period.", PageFlow.MUTED);
            }
            for (NoteItem note : s.notes()) {
                List<String> lines = flow.fonts.wrapShortened(note.text(), flow.fonts.regular, 9, flow.contentWidth() - 80, NOTE_MAX_LINES);
                flow.note(Labels.date(note.date()), lines);
            }
        }
    }

    // ---- region pages ---------------------------------------------------------------------------

    private void region(PageFlow flow, RegionSection section, Runnable panelDone) throws IOException {
        List<PhotoPanel> panels = section.panels();
        int n = panels.size();
        int cols = n == 3 ? 3 : Math.min(n, 2);
        int rows = (n + cols - 1) / cols;
        float gap = 14;
        float colW = (flow.contentWidth() - (cols - 1) * gap) / cols;
        Photo reference = panels.get(0).photo();
        float aspect = Math.max(0.5f, Math.min(1.6f, reference.height() / (float) reference.width()));
        // two regions of one row fit a page; a region of two rows fills one
        float maxFrameH = rows == 1 ? 255 : 285;
        float frameH = Math.min(colW * aspect, maxFrameH);
        float frameW = frameH / aspect;
        float labelH = 44;
        float headH = 42;
        flow.ensure(headH + rows * (frameH + labelH));

        flow.gap(4);
        flow.text(section.region().label(), flow.fonts.bold, 13, PageFlow.INK);
        flow.gap(3);
        flow.text(Labels.intervals(panels), flow.fonts.regular, 9, PageFlow.MUTED);
        flow.gap(8);

        int framePxW = Math.round(frameW / 72f * DPI);
        int framePxH = Math.round(frameH / 72f * DPI);
        PanelImages images = new PanelImages(photos);
        for (int r = 0; r < rows; r++) {
            float top = flow.y();
            for (int c = 0; c < cols && r * cols + c < n; c++) {
                PhotoPanel panel = panels.get(r * cols + c);
                float x = flow.left() + c * (colW + gap) + (colW - frameW) / 2;
                BufferedImage pixels = images.compose(panel, reference, framePxW, framePxH);
                PDImageXObject jpeg = JPEGFactory.createFromImage(flow.doc, pixels, JPEG_QUALITY, DPI);
                flow.image(jpeg, x, top - frameH, frameW, frameH);
                flow.label(x, top - frameH - 12, frameW, Labels.panelTitle(panel), panelDetails(panel));
                panelDone.run();
            }
            flow.moveTo(top - frameH - labelH);
        }
        flow.gap(10);
    }

    private static String panelDetails(PhotoPanel panel) {
        String aligned = panel.alignment().isPresent() ? "Aligned as saved in Compare." : "";
        return (panel.conditions() + (panel.conditions().isEmpty() || aligned.isEmpty() ? "" : " ") + aligned).strip();
    }

    // ---- every page -----------------------------------------------------------------------------

    private static void footers(PDDocument doc, PdfFonts fonts, Paper paper) throws IOException {
        int total = doc.getNumberOfPages();
        float left = PageFlow.MARGIN;
        float right = paper.size().getWidth() - PageFlow.MARGIN;
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String number = "Page " + (i + 1) + " of " + total;
            float numberW = PdfFonts.width(fonts.regular, 8, number);
            List<String> lines = fonts.wrap(FOOTER, fonts.regular, 7.5f, right - left - numberW - 16);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(PageFlow.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, PageFlow.FOOTER_TOP);
                cs.lineTo(right, PageFlow.FOOTER_TOP);
                cs.stroke();
                float y = PageFlow.FOOTER_TOP - 11;
                PageFlow.show(cs, fonts.regular, 8, PageFlow.INK, right - numberW, y, number);
                for (String line : lines) {
                    PageFlow.show(cs, fonts.regular, 7.5f, PageFlow.MUTED, left, y, line);
                    y -= 9.5f;
                }
            }
        }
    }
}
