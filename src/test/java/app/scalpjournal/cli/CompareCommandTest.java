package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code compare} command end to end on a journal filled through {@code import}. */
class CompareCommandTest {
    private static final String[] DATES = {"2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10"};

    @TempDir
    Path dir;
    Path journal;

    /** Four crown photos, each one flat colour (red, two greens, blue), so the image shows which photo went where. */
    @BeforeEach
    void journal() throws Exception {
        journal = dir.resolve("journal");
        for (int i = 0; i < DATES.length; i++) {
            Path photo = dir.resolve("crown-" + i + ".jpg");
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            // The middle ones differ a little: the same bytes twice would be one photo.
            g.setColor(i == 0 ? Color.RED : i == DATES.length - 1 ? Color.BLUE : new Color(0, 255 - 30 * i, 0));
            g.fillRect(0, 0, 400, 300);
            g.dispose();
            ImageIO.write(img, "jpg", photo.toFile());
            CliRun imported = CliRun.run(journal, "import", "--region", "crown", "--date", DATES[i], "--note", "Note " + i, photo.toString());
            assertEquals(0, imported.exit(), imported.err());
        }
    }

    @Test
    void writesTheFirstAndLatestDatesSideBySideWithTheirLabels() throws Exception {
        Path out = dir.resolve("crown.png");
        CliRun run = CliRun.run(journal, "compare", "--region", "crown", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Wrote " + out + ": crown, 2026-01-10 and 2026-04-10 (side-by-side)"), run.out());
        BufferedImage image = ImageIO.read(out.toFile());
        // Both 400 px photos at their own resolution, with margins, a title line and captions.
        assertTrue(image.getWidth() >= 800 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
        Color leftMiddle = new Color(image.getRGB(image.getWidth() / 4, image.getHeight() / 2));
        Color rightMiddle = new Color(image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2));
        assertTrue(leftMiddle.getRed() > 200 && leftMiddle.getBlue() < 60, "left is the first (red) photo: " + leftMiddle);
        assertTrue(rightMiddle.getBlue() > 200 && rightMiddle.getRed() < 60, "right is the latest (blue) photo: " + rightMiddle);
        assertTrue(hasLightText(image, image.getHeight() - 60, image.getHeight()), "captions under the photos");
    }

    @Test
    void writesAStripOfTheDatesBetweenTwoChosenOnesAsJpeg() throws Exception {
        Path out = dir.resolve("strip.jpg");
        CliRun run = CliRun.run(journal, "compare", "--region", "crown", "--left", "2026-02-10", "--right", "2026-04-10",
                "--mode", "strip", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        BufferedImage image = ImageIO.read(out.toFile());
        Files.createDirectories(Path.of("target", "snapshots"));
        Files.copy(out, Path.of("target", "snapshots", "compare-cli-strip.jpg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Three dates in one row of three tiles.
        assertTrue(image.getWidth() >= 3 * 400, "width " + image.getWidth());
        assertTrue(image.getHeight() < 2 * 300, "one row, height " + image.getHeight());
        Color first = new Color(image.getRGB(image.getWidth() / 6, image.getHeight() / 2));
        assertTrue(first.getGreen() > 150 && first.getRed() < 80, "the strip starts at the left date (green): " + first);
    }

    @Test
    void swipeAndOverlayDrawTheLaterPhotoOverTheEarlier() throws Exception {
        Path swipe = dir.resolve("swipe.png");
        assertEquals(0, CliRun.run(journal, "compare", "--region", "crown", "--mode", "swipe", "--out", swipe.toString()).exit());
        BufferedImage image = ImageIO.read(swipe.toFile());
        int y = image.getHeight() / 2;
        assertTrue(new Color(image.getRGB(image.getWidth() / 4, y)).getRed() > 200, "left of the line: the earlier photo");
        assertTrue(new Color(image.getRGB(image.getWidth() * 3 / 4, y)).getBlue() > 200, "right of the line: the later photo");
        Path overlay = dir.resolve("overlay.png");
        assertEquals(0, CliRun.run(journal, "compare", "--region", "crown", "--mode", "overlay", "--out", overlay.toString()).exit());
        Color mixed = new Color(ImageIO.read(overlay.toFile()).getRGB(image.getWidth() / 2, y));
        assertTrue(mixed.getRed() > 80 && mixed.getBlue() > 80, "half and half: " + mixed);
    }

    @Test
    void refusesADateWithoutAPhotoAndBadOptions() throws Exception {
        Path out = dir.resolve("none.png");
        CliRun missing = CliRun.run(journal, "compare", "--region", "crown", "--left", "2026-01-11", "--out", out.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no crown photo on 2026-01-11 (dates with crown photos: 2026-01-10, 2026-02-10"), missing.err());
        assertFalse(Files.exists(out));
        CliRun empty = CliRun.run(journal, "compare", "--region", "back", "--out", out.toString());
        assertEquals(1, empty.exit());
        assertTrue(empty.err().contains("no back photos"), empty.err());
        assertEquals(2, CliRun.run(journal, "compare", "--region", "crown", "--mode", "blink", "--out", out.toString()).exit());
        assertEquals(2, CliRun.run(journal, "compare", "--region", "scalp", "--out", out.toString()).exit());
        assertEquals(2, CliRun.run(journal, "compare", "--region", "crown").exit());
        assertFalse(Files.exists(out));
    }

    private static boolean hasLightText(BufferedImage image, int fromY, int toY) {
        for (int y = Math.max(0, fromY); y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (new Color(image.getRGB(x, y)).getGreen() > 200) {
                    return true;
                }
            }
        }
        return false;
    }
}
