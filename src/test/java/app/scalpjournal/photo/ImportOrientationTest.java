package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportOrientationTest extends ImportTestBase {
    /** Which stored corner shows up at the upright top-left, per EXIF orientation 1..8. */
    static final Color[] UPRIGHT_TOP_LEFT = {null,
            TestImages.TOP_LEFT, TestImages.TOP_RIGHT, TestImages.BOTTOM_RIGHT, TestImages.BOTTOM_LEFT,
            TestImages.TOP_LEFT, TestImages.BOTTOM_LEFT, TestImages.BOTTOM_RIGHT, TestImages.TOP_RIGHT};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationIsStoredAndShownUpright(int orientation) throws Exception {
        Path file = TestImages.writeJpeg(in.resolve("o" + orientation + ".jpg"), 600, 300, Exif.orientation(orientation));
        Photo photo = imported(file);

        boolean quarterTurn = orientation >= 5;
        assertEquals(orientation, photo.orientation());
        assertEquals(quarterTurn ? 300 : 600, photo.width());
        assertEquals(quarterTurn ? 600 : 300, photo.height());

        Path original = context.library().layout().original(photo.sha256(), "jpg");
        BufferedImage full = ImageDecoder.readUpright(original, orientation, 0);
        assertEquals(photo.width(), full.getWidth());
        assertEquals(photo.height(), full.getHeight());
        assertColor(UPRIGHT_TOP_LEFT[orientation], full.getRGB(5, 5));

        BufferedImage thumb = ImageIO.read(context.previews().thumbnail(photo).toFile());
        assertEquals(quarterTurn ? 160 : 320, thumb.getWidth());
        assertEquals(quarterTurn ? 320 : 160, thumb.getHeight());
        assertColor(UPRIGHT_TOP_LEFT[orientation], thumb.getRGB(3, 3));
        assertTrue(Files.isRegularFile(context.previews().preview(photo)));
    }

    static void assertColor(Color expected, int rgb) {
        Color actual = new Color(rgb);
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 90, "expected " + expected + " but was " + actual);
    }
}
