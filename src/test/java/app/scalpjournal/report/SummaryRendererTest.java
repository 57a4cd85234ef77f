package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.SideEffectBrief;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import app.scalpjournal.text.DateFormats;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

class SummaryRendererTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private static final String FOLDER = "private-journal-folder-4711";

    @TempDir
    Path dir;
    ReportFixture f;

    private String testName;

    @BeforeEach
    void open(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        f = new ReportFixture(dir.resolve(FOLDER));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] render(SummaryDocument doc, Paper paper) throws IOException {
        SummaryRenderer renderer = new SummaryRenderer(f.upright(), "Scalp Journal 9.9.9", ReportFixture.CLOCK);
        try (PDDocument pdf = renderer.render(doc, paper, p -> { })) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            Path keep = Path.of("target", "report-test", testName + "-" + paper + ".pdf");
            Files.createDirectories(keep.getParent());
            Files.write(keep, out.toByteArray());
            return out.toByteArray();
        }
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            texts.add(stripper.getText(pdf));
        }
        return texts;
    }

    private static SummarySources.Log log(List<TreatmentRow> rows, List<SideEffectRow> effects, List<SideEffectBrief> brief) {
        return new SummarySources.Log() {
            @Override
            public List<TreatmentRow> treatments(LocalDate from, LocalDate to) {
                return rows;
            }

            @Override
            public List<SideEffectRow> sideEffects(LocalDate from, LocalDate to) {
                return effects;
            }

            @Override
            public List<SideEffectBrief> sideEffectsInBrief(LocalDate from, LocalDate to) {
                return brief;
            }
        };
    }

    @Test
    void everyPartIsRealTextWithFooterAndPageNumbersOnEveryPage() throws Exception {
        Photo first = f.photo(JAN1, Region.CROWN);
        f.photo(JAN1.plusDays(84), Region.CROWN);
        f.photo(JAN1.plusDays(3), Region.HAIRLINE);
        f.photo(JAN1.plusDays(60), Region.HAIRLINE);
        f.note(JAN1, "Started the routine. Zoë, ñ, Ж — first photos.");
        f.note(JAN1.plusDays(60), "Scalp a bit itchy after the session.");
        var log = log(List.of(new TreatmentRow("Derma roller", "Microneedling", "needle 0.5 mm", JAN1.plusDays(7), null,
                        TreatmentRow.Until.ONGOING, "every 3 weeks", "4 times, about every 23 days")),
                List.of(new SideEffectRow(JAN1.plusDays(7), "Microneedling 0.5 mm", "redness, itching: pink for an hour")),
                List.of(new SideEffectBrief("Redness", 1, JAN1.plusDays(7), JAN1.plusDays(7), "Microneedling")));
        SummaryDocument doc = f.builder(log, p -> Map.of(), (p, r) -> Optional.empty(), f.days())
                .build(new SummaryRequest(null, null, List.of(), 2, true, "J. Núñez", LocalDate.of(2026, 4, 2), SummaryLayout.FULL,
                        new PatientWords("About two years ago, at the crown.", "Is the redness after rolling expected?", "")));

        try (PDDocument pdf = Loader.loadPDF(render(doc, Paper.A4))) {
            List<String> pages = pageTexts(pdf);
            assertEquals(2, pages.size(), "page 1, then notes, side effects and both regions' photos on page 2");
            String all = String.join("\n", pages);
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i).replaceAll("\\s+", " ");
                assertTrue(page.contains("Page " + (i + 1) + " of 2"), page);
                assertTrue(page.contains("This document shows photos and notes recorded by the patient."), page);
                assertTrue(page.contains("It contains no automated measurement or assessment."), page);
            }
            for (String expected : List.of("Visit summary", "J. Núñez", DateFormats.day(LocalDate.of(2026, 4, 2)),
                    DateFormats.day(JAN1) + " to " + DateFormats.day(JAN1.plusDays(84)), "In the patient’s words", "About two years ago",
                    "Is the redness after rolling expected?", "Derma roller (Microneedling)", "needle 0.5 mm", "ongoing", "every 3 weeks",
                    "4 times, about every 23 days", "Redness", "redness, itching: pink for an hour", "Zoë, ñ, Ж", "itchy after the session",
                    "Crown / vertex", "Hairline / front", DateFormats.day(JAN1) + " · day 1", DateFormats.day(JAN1.plusDays(84)) + " · day 85",
                    "84 days")) {
                assertTrue(all.replaceAll("\\s+", " ").contains(expected), "missing '" + expected + "' in:\n" + all);
            }
            assertTrue(all.indexOf("itchy after") < all.indexOf("Zoë"), "notes most recent first");
            assertFalse(all.contains(FOLDER));
            assertFalse(all.contains("IMG_"), "no original file names");
            assertFalse(all.contains(dir.toString()));
            assertEquals(PDRectangleSize.A4_WIDTH, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
        }
        assertTrue(first.id() > 0);
    }

    @Test
    void letterPaperWhenAsked() throws Exception {
        f.photo(JAN1, Region.TOP);
        try (PDDocument pdf = Loader.loadPDF(render(f.builder().build(SummaryRequest.everything(SummaryLayout.COMPACT)), Paper.LETTER))) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void noGpsNoExifNoPathsAndOnlyAppAndDateInMetadata() throws Exception {
        byte[] withGps = GpsJpeg.withGps(ReportFixture.jpeg(ReportFixture.texture(800, 1000, 7, "gps")));
        GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(withGps)).getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps.getGeoLocation(), "the test photo really carries a GPS position");
        f.photo(JAN1, Region.CROWN, 800, 1000, withGps);
        f.photo(JAN1.plusDays(30), Region.CROWN, 800, 1000, withGps.clone().length == 0 ? null : GpsJpeg.withGps(
                ReportFixture.jpeg(ReportFixture.texture(800, 1000, 8, "gps2"))));

        byte[] bytes = render(f.builder().build(SummaryRequest.everything(SummaryLayout.FULL)), Paper.A4);

        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Exif"), "no EXIF block anywhere in the file");
        assertFalse(raw.contains(FOLDER));
        assertFalse(raw.contains(System.getProperty("user.name")) && System.getProperty("user.name").length() > 3);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertEquals("jpg", image.getSuffix());
                        try (InputStream in = image.getCOSObject().createRawInputStream()) {
                            byte[] jpeg = in.readAllBytes();
                            assertFalse(hasMarker(jpeg, 0xE1), "no APP1 (EXIF/XMP) segment in embedded JPEG");
                            assertTrue(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                                    .getDirectoriesOfType(GpsDirectory.class).isEmpty());
                        }
                    }
                }
            }
            assertEquals(4, images, "first and latest on page 1, and on the photo page");
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Scalp Journal 9.9.9", info.getCreator());
            assertEquals("Scalp Journal 9.9.9", info.getProducer());
            assertNotNull(info.getCreationDate());
            assertNull(info.getAuthor());
            assertNull(info.getTitle());
            assertNull(info.getSubject());
            assertNull(info.getKeywords());
            assertEquals(3, info.getMetadataKeys().size(), "Creator, Producer, CreationDate only: " + info.getMetadataKeys());
            assertNull(pdf.getDocumentCatalog().getMetadata(), "no XMP packet");
        }
    }

    /** Walks the JPEG's header segments up to the image data. */
    private static boolean hasMarker(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int m = jpeg[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    @Test
    void photosAreEmbeddedAtAbout300DpiOfTheirPrintedSize() throws Exception {
        for (Region r : List.of(Region.CROWN, Region.TOP)) {
            for (int d = 0; d < 4; d++) {
                f.photo(JAN1.plusDays(d * 30L), r, 3000, 4000, null);
            }
        }
        byte[] bytes = render(f.builder().build(new SummaryRequest(null, null, List.of(), 4, true, "", null,
                SummaryLayout.FULL, PatientWords.NONE)), Paper.A4);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<ImagePlacements.Placed> placed = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                placed.addAll(ImagePlacements.on(page));
            }
            assertEquals(8 + 4, placed.size(), "4 dates of 2 regions, and the first and latest of each on page 1");
            for (ImagePlacements.Placed p : placed) {
                assertEquals(300, p.dpiX(), 3, "dpi " + p.dpiX() + " for " + p.image().getWidth() + "px over " + p.widthPt() + "pt");
                assertEquals(300, p.dpiY(), 3);
                assertTrue(p.image().getWidth() < 1500, "downscaled from the 3000 px original: " + p.image().getWidth());
            }
        }
    }

    @Test
    void alignedPhotoIsDrawnWithTheSavedTransform() throws Exception {
        // the later photo is the earlier one's pixels shifted right; aligned, the panels must match
        java.awt.image.BufferedImage base = ReportFixture.texture(600, 800, 3, "align");
        java.awt.image.BufferedImage shifted = new java.awt.image.BufferedImage(600, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = shifted.createGraphics();
        g.drawImage(base, 60, 0, null);
        g.dispose();
        Photo ref = f.photo(JAN1, Region.CROWN, 600, 800, ReportFixture.jpeg(base));
        Photo moved = f.photo(JAN1.plusDays(40), Region.CROWN, 600, 800, ReportFixture.jpeg(shifted));
        AffineTransform back = AffineTransform.getTranslateInstance(-60, 0);
        PanelImages images = new PanelImages(f.upright());
        PhotoPanel refPanel = new PhotoPanel(ref, JAN1, JAN1, "", Optional.empty());
        var a = images.compose(refPanel, ref, 300, 400);
        var aligned = images.compose(new PhotoPanel(moved, JAN1.plusDays(40), JAN1, "", Optional.of(back)), ref, 300, 400);
        var unaligned = images.compose(new PhotoPanel(moved, JAN1.plusDays(40), JAN1, "", Optional.empty()), ref, 300, 400);
        double alignedDiff = meanDiff(a, aligned, 60, 260);
        double unalignedDiff = meanDiff(a, unaligned, 60, 260);
        assertTrue(alignedDiff < 12, "aligned panel matches the reference: " + alignedDiff);
        assertTrue(unalignedDiff > 2 * alignedDiff, "without the alignment it does not: " + unalignedDiff);
        assertTrue(moved.id() > ref.id());
    }

    private static double meanDiff(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b, int x0, int x1) {
        long sum = 0;
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 8) & 255) - ((q >> 8) & 255));
                n++;
            }
        }
        return sum / (double) n;
    }

    @Test
    void panelsArePreparedTwoAtATimeAndEachLandsInItsOwnFrame() throws Exception {
        for (Region r : List.of(Region.CROWN, Region.TOP)) {
            f.photo(JAN1, r, 600, 800, null);
            f.photo(JAN1.plusDays(60), r, 600, 800, null);
        }
        // each read waits for a second one to start: one panel at a time never gets past the first
        CountDownLatch together = new CountDownLatch(2);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        UprightPhotos upright = f.upright();
        UprightPhotos pairs = (photo, edge) -> {
            together.countDown();
            try {
                if (!together.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("the panels were prepared one at a time");
                }
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            seen.add(photo.id());
            return upright.read(photo, edge);
        };
        SummaryRenderer renderer = new SummaryRenderer(pairs, "Scalp Journal 9.9.9", ReportFixture.CLOCK);
        List<Double> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = renderer.render(f.builder().build(SummaryRequest.everything(SummaryLayout.COMPACT)), Paper.A4, progress::add)) {
            pdf.save(out);
        }
        assertEquals(4, seen.size());
        assertEquals(1.0, progress.get(progress.size() - 1));
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<ImagePlacements.Placed> placed = ImagePlacements.on(pdf.getPage(0));
            assertEquals(4, placed.size());
            for (ImagePlacements.Placed p : placed) {
                java.awt.image.BufferedImage pixels = p.image().getImage();
                assertEquals(p.image().getWidth(), pixels.getWidth(), "the JPEG is the size the page says");
                assertEquals(300, p.dpiX(), 3);
            }
        }
    }

    @Test
    void aPhotoInAFrameOfItsOwnShapeFillsItPixelForPixel() throws Exception {
        // 120.792 × 90.594 pt is 503.3 × 377.5 px at 300 dpi: rounded on its own, the height would be a
        // pixel more than the photo's 4000 × 3000 shrunk to 503 px wide, and the photo would be resampled
        Photo photo = f.photo(JAN1, Region.CROWN, 4000, 3000, null);
        int[] px = PanelDrawer.framePixels(photo, 120.792f, 90.594f);
        assertEquals(503, px[0]);
        assertEquals(377, px[1]);
        java.awt.image.BufferedImage decoded = new java.awt.image.BufferedImage(503, 377, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
        decoded.getGraphics().drawImage(ReportFixture.texture(503, 377, 7, "pixels"), 0, 0, null);
        PanelImages images = new PanelImages((p, edge) -> {
            assertEquals(503, edge);
            return decoded;
        });
        var frame = images.compose(new PhotoPanel(photo, JAN1, JAN1, "", Optional.empty()), photo, px[0], px[1]);
        assertEquals(503, frame.getWidth());
        assertEquals(377, frame.getHeight());
        for (int y = 0; y < 377; y++) {
            for (int x = 0; x < 503; x++) {
                assertEquals(decoded.getRGB(x, y), frame.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void fontsParsedAheadServeOneDocumentAndTheNextParsesItsOwn() throws Exception {
        PdfFonts.parseAhead();
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            PdfFonts a = new PdfFonts(first);
            PdfFonts b = new PdfFonts(second);
            // a parsed font is read while its document is saved: two documents sharing one could interfere
            assertNotSame(ttf(a.regular), ttf(b.regular));
            assertNotSame(ttf(a.bold), ttf(b.bold));
        }
        f.note(JAN1, "Ωμέγα and Кириллица");
        SummaryRenderer.prepareAhead();
        try (PDDocument pdf = Loader.loadPDF(render(f.builder().build(SummaryRequest.everything(SummaryLayout.COMPACT)), Paper.A4))) {
            assertTrue(pageTexts(pdf).get(0).contains("Ωμέγα and Кириллица"));
        }
    }

    private static Object ttf(org.apache.pdfbox.pdmodel.font.PDType0Font font) {
        return ((org.apache.pdfbox.pdmodel.font.PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
    }

    @Test
    void aPanelThatCannotBeReadFailsTheRenderWithItsReason() throws Exception {
        f.photo(JAN1, Region.CROWN);
        f.photo(JAN1.plusDays(30), Region.CROWN);
        UprightPhotos broken = (photo, edge) -> {
            throw new IOException("preview of " + photo.id() + " is damaged");
        };
        SummaryRenderer renderer = new SummaryRenderer(broken, "Scalp Journal 9.9.9", ReportFixture.CLOCK);
        IOException e = assertThrows(IOException.class,
                () -> renderer.render(f.builder().build(SummaryRequest.everything(SummaryLayout.COMPACT)), Paper.A4, p -> { }).close());
        assertTrue(e.getMessage().endsWith("is damaged"), e.getMessage());
    }

    @Test
    void unsupportedScriptsAreMarkedAndLongNotesCut() throws Exception {
        f.note(JAN1, "Chinese note 头皮 ok");
        f.note(JAN1.plusDays(1), "long ".repeat(400) + "END-OF-NOTE");
        try (PDDocument pdf = Loader.loadPDF(render(f.builder().build(SummaryRequest.everything(SummaryLayout.FULL)), Paper.A4))) {
            String text = String.join("\n", pageTexts(pdf));
            assertTrue(text.contains("Chinese note " + PdfFonts.MISSING + PdfFonts.MISSING + " ok"), text);
            assertTrue(text.contains("[…]"), "a cut note is marked");
            assertFalse(text.contains("END-OF-NOTE"));
        }
    }

    @Test
    void aFutureDateIsMarkedOnPageOneWithTheWayToCorrectIt() throws Exception {
        f.photo(JAN1, Region.CROWN);
        f.photo(LocalDate.of(2027, 3, 3), Region.CROWN);
        try (PDDocument pdf = Loader.loadPDF(render(f.builder().build(SummaryRequest.everything(SummaryLayout.COMPACT)), Paper.A4))) {
            String first = pageTexts(pdf).get(0).replaceAll("\\s+", " ");
            assertTrue(first.contains("1 photo is dated after the day this summary was made (" + DateFormats.day(LocalDate.of(2027, 3, 3))
                    + " · Crown / vertex)"), first);
            assertTrue(first.contains("use “Correct date…” on the photo"), first);
        }
    }

    /** A4 width in points. */
    private static final class PDRectangleSize {
        static final float A4_WIDTH = 595.27563f;
    }
}
