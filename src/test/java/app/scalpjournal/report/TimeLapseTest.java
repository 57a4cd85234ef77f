package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.alignment.SavedPlacements;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeLapseTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    ReportFixture f;
    AlignmentRepository alignments;
    TimeLapses lapses;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir.resolve("journal"));
        alignments = new AlignmentRepository(f.library.database(), ReportFixture.CLOCK);
        lapses = new TimeLapses(f.entries, f.photos, new SavedPlacements(alignments, f.photos), f.days(), f.upright());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Photo solid(LocalDate date, Region region, Color color) throws Exception {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 600, 800);
        g.dispose();
        return f.photo(date, region, 600, 800, ReportFixture.jpeg(img));
    }

    @Test
    void framesComeInDateOrderAtTheChosenSizeAndPaceWithTheirLabels() throws Exception {
        solid(JAN1.plusDays(60), Region.CROWN, Color.BLUE);
        solid(JAN1, Region.CROWN, Color.RED);
        solid(JAN1.plusDays(30), Region.CROWN, Color.GREEN);
        solid(JAN1.plusDays(10), Region.TOP, Color.YELLOW);

        TimeLapses.Plan plan = lapses.plan(new TimeLapseRequest(Region.CROWN, null, null, 0.3, 480));
        assertEquals(List.of(JAN1, JAN1.plusDays(30), JAN1.plusDays(60)), plan.frames().stream().map(TimeLapses.Frame::date).toList());
        assertEquals(DateFormats.day(JAN1.plusDays(30)) + " · day 31", plan.frames().get(1).label());
        assertEquals(360, plan.width());
        assertEquals(480, plan.height());

        Path gif = dir.resolve("crown.gif");
        List<Integer> progress = new ArrayList<>();
        lapses.writeGif(plan, gif, (done, total) -> progress.add(done), () -> false);
        assertEquals(List.of(1, 2, 3), progress);

        List<BufferedImage> frames = readFrames(gif);
        assertEquals(3, frames.size());
        Color[] expected = {Color.RED, Color.GREEN, Color.BLUE};
        for (int i = 0; i < 3; i++) {
            BufferedImage frame = frames.get(i);
            assertEquals(360, frame.getWidth());
            assertEquals(480, frame.getHeight());
            assertClose(expected[i], new Color(frame.getRGB(180, 200)), "frame " + i);
            assertTrue(hasLabelText(frame), "frame " + i + " carries its label on a dark band");
        }
        assertEquals(List.of("30", "30", "30"), delays(gif));
        assertTrue(loops(gif), "the GIF loops");
    }

    @Test
    void datesLimitTheFramesAndAnEmptyRangeIsRefused() throws Exception {
        solid(JAN1, Region.CROWN, Color.RED);
        solid(JAN1.plusDays(30), Region.CROWN, Color.GREEN);
        solid(JAN1.plusDays(60), Region.CROWN, Color.BLUE);
        TimeLapses.Plan plan = lapses.plan(new TimeLapseRequest(Region.CROWN, JAN1.plusDays(20), JAN1.plusDays(70), 1, 480));
        assertEquals(2, plan.frames().size());
        assertTrue(plan.frames().get(0).label().endsWith("day 31"), "day N counts from the region's first photo, not the range");
        assertThrows(NothingToReportException.class,
                () -> lapses.plan(new TimeLapseRequest(Region.BACK, null, null, 1, 480)));
        assertThrows(IllegalArgumentException.class, () -> new TimeLapseRequest(Region.CROWN, null, null, 0, 480));
        assertThrows(IllegalArgumentException.class, () -> new TimeLapseRequest(Region.CROWN, null, null, 1, 100_000));
    }

    @Test
    void aSavedAlignmentRegistersAShiftedPair() throws Exception {
        BufferedImage base = shapes();
        BufferedImage shifted = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shifted.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.drawImage(base, 60, 0, null);
        g.dispose();
        Photo first = f.photo(JAN1, Region.CROWN, 600, 800, ReportFixture.jpeg(base));
        Photo later = f.photo(JAN1.plusDays(40), Region.CROWN, 600, 800, ReportFixture.jpeg(shifted));
        TimeLapseRequest request = new TimeLapseRequest(Region.CROWN, null, null, 0.5, 600);

        Path unaligned = dir.resolve("unaligned.gif");
        lapses.writeGif(lapses.plan(request), unaligned, (d, t) -> { }, () -> false);
        alignments.save(later.id(), first.id(), new Alignment(-0.1, 0, 1, 0));
        Path aligned = dir.resolve("aligned.gif");
        lapses.writeGif(lapses.plan(request), aligned, (d, t) -> { }, () -> false);

        List<BufferedImage> a = readFrames(aligned);
        List<BufferedImage> u = readFrames(unaligned);
        double alignedDiff = meanDiff(a.get(0), a.get(1));
        double unalignedDiff = meanDiff(u.get(0), u.get(1));
        assertTrue(alignedDiff < 8, "aligned frames match: " + alignedDiff);
        assertTrue(unalignedDiff > 3 * alignedDiff, "unaligned they do not: " + unalignedDiff + " vs " + alignedDiff);
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        for (int i = 0; i < 4; i++) {
            solid(JAN1.plusDays(i * 7L), Region.CROWN, new Color(60 * i, 100, 100));
        }
        TimeLapses.Plan plan = lapses.plan(TimeLapseRequest.of(Region.CROWN));
        Path gif = dir.resolve("out").resolve("crown.gif");
        Files.createDirectories(gif.getParent());
        int[] frames = {0};
        assertThrows(CancellationException.class, () -> lapses.writeGif(plan, gif, (d, t) -> frames[0] = d, () -> frames[0] >= 2));
        assertEquals(2, frames[0]);
        try (Stream<Path> left = Files.list(gif.getParent())) {
            assertEquals(List.of(), left.toList(), "neither the GIF nor its temporary file is left");
        }
    }

    /** Big dark discs on a light gradient: any shift shows. */
    private static BufferedImage shapes() {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(230, 220, 200), 600, 800, new Color(190, 200, 230)));
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(40, 30, 30));
        for (int i = 0; i < 6; i++) {
            g.fillOval(80 + (i % 3) * 150, 100 + (i / 3) * 300, 90, 90);
        }
        g.dispose();
        return img;
    }

    /** Mean green difference over the middle of the frames (away from the edges and the label band). */
    private static double meanDiff(BufferedImage a, BufferedImage b) {
        long sum = 0;
        long n = 0;
        for (int y = a.getHeight() / 4; y < a.getHeight() * 7 / 8; y++) {
            for (int x = a.getWidth() / 5; x < a.getWidth() * 4 / 5; x++) {
                sum += Math.abs(((a.getRGB(x, y) >> 8) & 255) - ((b.getRGB(x, y) >> 8) & 255));
                n++;
            }
        }
        return sum / (double) n;
    }

    private static void assertClose(Color expected, Color got, String what) {
        int d = Math.abs(expected.getRed() - got.getRed()) + Math.abs(expected.getGreen() - got.getGreen())
                + Math.abs(expected.getBlue() - got.getBlue());
        assertTrue(d < 60, what + ": expected about " + expected + ", got " + got);
    }

    /** The top band is dark with light text on it. */
    private static boolean hasLabelText(BufferedImage frame) {
        int light = 0;
        int dark = 0;
        for (int y = 3; y < 28; y++) {
            for (int x = 0; x < frame.getWidth() / 2; x++) {
                int gray = new Color(frame.getRGB(x, y)).getGreen();
                light += gray > 200 ? 1 : 0;
                dark += gray < 120 ? 1 : 0;
            }
        }
        return light > 30 && dark > light;
    }

    private static List<BufferedImage> readFrames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }

    private static List<String> delays(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                out.add(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
            }
            return out;
        } finally {
            reader.dispose();
        }
    }

    private static boolean loops(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            var apps = root.getElementsByTagName("ApplicationExtension");
            return apps.getLength() == 1 && "NETSCAPE".equals(((IIOMetadataNode) apps.item(0)).getAttribute("applicationID"));
        } finally {
            reader.dispose();
        }
    }
}
