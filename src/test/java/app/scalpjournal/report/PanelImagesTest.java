package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import app.scalpjournal.testsupport.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panels from previews read for print, which come in R, G, B byte order (see {@link StoredPhotos}). */
class PanelImagesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    /** The JPEG encoder copies R, G, B rows whole, so a preview that already is the frame goes to it untouched. */
    @Test
    void aPrintPreviewThatFillsItsFramePixelForPixelGoesToTheEncoderAsItIs() throws Exception {
        Photo photo = photo(4000, 3000);
        BufferedImage preview = rgbPreview(Color.RED, 503, 377);
        PanelImages images = new PanelImages((p, edge) -> preview);
        assertSame(preview, images.compose(photo, Optional.empty(), photo, 503, 377));
    }

    /** Placed in a frame of another shape, the R, G, B preview is drawn with its own colours on the background. */
    @Test
    void aPrintPreviewPlacedInAFrameOfAnotherShapeKeepsItsColours() throws Exception {
        Photo landscape = photo(4000, 3000);
        Photo portrait = photo(3000, 4000);
        PanelImages images = new PanelImages((p, edge) -> rgbPreview(Color.RED, edge, edge * 3 / 4));
        BufferedImage frame = images.compose(landscape, Optional.empty(), portrait, 377, 503);
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, frame.getType());
        assertColor(Color.RED, frame.getRGB(188, 251));
        assertColor(PanelImages.BACKGROUND, frame.getRGB(188, 5));
    }

    /** A time-lapse frame is drawn on (its date band), so it is made 3-byte BGR with the preview's colours. */
    @Test
    void aTimeLapseFrameFromAnRgbPreviewIsDrawableAndKeepsItsColours() throws Exception {
        Photo photo = photo(4000, 3000);
        BufferedImage preview = rgbPreview(Color.BLUE, 400, 300);
        FrameDrawer drawer = new FrameDrawer((p, edge) -> preview, photo, 400, 300);
        BufferedImage frame = drawer.draw(new TimeLapses.Frame(photo, DAY, "1 Jan 2026", Optional.empty()));
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, frame.getType());
        assertColor(Color.BLUE, frame.getRGB(200, 200));
    }

    private BufferedImage rgbPreview(Color colour, int w, int h) throws java.io.IOException {
        BufferedImage flat = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        Path file = TestImages.write(dir.resolve(colour.getRGB() + "-" + w + ".jpg"), TestImages.encode(flat, "jpg"));
        BufferedImage rgb = ImageDecoder.readUprightRgb(file, 1, 0);
        assertEquals(BufferedImage.TYPE_CUSTOM, rgb.getType(), "the layout a print preview is read in");
        return rgb;
    }

    private static Photo photo(int w, int h) {
        return new Photo(1, 1, "0".repeat(64), "jpg", "IMG_1.jpg", 1, TakenAt.of(DAY.atTime(8, 0)), DateSource.EXIF, w, h, 1,
                Region.CROWN, Instant.EPOCH);
    }

    private static void assertColor(Color expected, int rgb) {
        Color c = new Color(rgb);
        String message = "expected " + expected + ", was " + c;
        assertEquals(expected.getRed(), c.getRed(), 12, message);
        assertEquals(expected.getGreen(), c.getGreen(), 12, message);
        assertEquals(expected.getBlue(), c.getBlue(), 12, message);
    }
}
