package app.scalpjournal.report;

import app.scalpjournal.report.SummaryDocument.NoteItem;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link SummaryDocument} as PDF pages: page 1 ({@link OverviewPage}), then with no forced
 * page break the notes, every side effect in full and, in the full layout, the photo pages; page
 * numbers and the neutral footer on every page. Photos are embedded as JPEGs at about
 * {@value PanelDrawer#DPI} dpi of their printed size, made a core each while the pages are laid out.
 */
public final class SummaryRenderer {
    /** Lines of a note: fewer in the compact layout, so it stays on two pages. */
    private static final int NOTE_LINES_COMPACT = 3;
    private static final int NOTE_LINES_FULL = 6;

    private final UprightPhotos photos;
    private final String appName;
    private final Clock clock;

    /** @param appName the app and its version for the PDF's Creator/Producer, e.g. "Scalp Journal 0.1.0" */
    public SummaryRenderer(UprightPhotos photos, String appName, Clock clock) {
        this.photos = photos;
        this.appName = appName;
        this.clock = clock;
    }

    /**
     * Starts, on a background thread, what a summary begins with and what needs no journal: parsing
     * the bundled fonts and loading the JPEG codec. For a caller that is about to open a
     * journal and render one summary (the command line), so that happens on a spare core meanwhile.
     */
    public static void prepareAhead() {
        Thread t = new Thread(() -> {
            PdfFonts.parseAhead();
            PanelJpegs.warmUp();
        }, "summary-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** The line at the foot of every page. */
    public static String footer() {
        return Messages.get("summary.footer");
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
            int total = summary.regions().stream().mapToInt(s -> s.firstAndLatest().size() + s.panels().size()).sum();
            int[] done = {0};
            progress.accept(0);
            try (PanelJpegs jpegs = new PanelJpegs(PanelDrawer.JPEG_QUALITY)) {
                pages(doc, paper, fonts, summary, jpegs);
                footers(doc, fonts, paper);
                jpegs.finish(() -> progress.accept(++done[0] / (double) Math.max(1, total)));
            }
            progress.accept(1);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** Lays out every page; the panels' pixels follow in {@code jpegs}. */
    private void pages(PDDocument doc, Paper paper, PdfFonts fonts, SummaryDocument summary, PanelJpegs jpegs) throws IOException {
        try (PageFlow flow = new PageFlow(doc, paper, fonts)) {
            PanelDrawer drawer = new PanelDrawer(flow, photos, jpegs);
            boolean wordsShortened = new OverviewPage(flow, new PhotoGrid(flow, drawer)).draw(summary);
            notes(flow, summary);
            sideEffects(flow, summary.sideEffects());
            if (wordsShortened) {
                wordsInFull(flow, summary.words());
            }
            new PhotoPages(flow, drawer).draw(summary.regions());
        }
    }

    private static void notes(PageFlow flow, SummaryDocument s) throws IOException {
        if (!s.notesIncluded()) {
            return;
        }
        flow.heading(Messages.get("summary.notes.title"));
        if (s.notes().isEmpty()) {
            flow.paragraph(Messages.get("summary.notes.none"), PageFlow.MUTED);
        }
        int maxLines = s.layout() == SummaryLayout.COMPACT ? NOTE_LINES_COMPACT : NOTE_LINES_FULL;
        for (NoteItem note : s.notes()) {
            List<String> lines = flow.fonts.wrapShortened(note.text(), flow.fonts.regular, 9, flow.contentWidth() - 80, maxLines);
            flow.note(Labels.date(note.date()), lines);
        }
    }

    private static void sideEffects(PageFlow flow, List<SideEffectRow> sideEffects) throws IOException {
        if (sideEffects.isEmpty()) {
            return;
        }
        flow.heading(Messages.get("summary.sideEffects.fullTitle"));
        List<List<String>> rows = new ArrayList<>();
        for (SideEffectRow e : sideEffects) {
            rows.add(List.of(Labels.date(e.date()), e.item(), e.effects()));
        }
        flow.table(List.of(Messages.get("summary.sideEffects.date"), Messages.get("summary.sideEffects.loggedWith"),
                Messages.get("summary.sideEffects.notes")), new float[] {0.14f, 0.31f, 0.55f}, rows);
    }

    private static void wordsInFull(PageFlow flow, PatientWords w) throws IOException {
        flow.heading(Messages.get("summary.words.fullTitle"));
        flow.field(Messages.get("summary.words.noticed"), w.noticed(), Integer.MAX_VALUE);
        flow.field(Messages.get("summary.words.questions"), w.questions(), Integer.MAX_VALUE);
        flow.field(Messages.get("summary.words.other"), w.other(), Integer.MAX_VALUE);
    }

    private static void footers(PDDocument doc, PdfFonts fonts, Paper paper) throws IOException {
        int total = doc.getNumberOfPages();
        float left = PageFlow.MARGIN;
        float right = paper.size().getWidth() - PageFlow.MARGIN;
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String number = Messages.get("summary.pageNumber", i + 1, total);
            float numberW = PdfFonts.width(fonts.regular, 8, number);
            List<String> lines = fonts.wrap(footer(), fonts.regular, 7.5f, right - left - numberW - 16);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setStrokingColor(PageFlow.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, PageFlow.FOOTER_TOP);
                cs.lineTo(right, PageFlow.FOOTER_TOP);
                cs.stroke();
                float y = PageFlow.FOOTER_TOP - 11;
                PageFlow.show(cs, fonts.regular, 8, PageFlow.INK, right - numberW, y, fonts.safe(number));
                for (String line : lines) {
                    PageFlow.show(cs, fonts.regular, 7.5f, PageFlow.MUTED, left, y, line);
                    y -= 9.5f;
                }
            }
        }
    }
}
