package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TurnsTest {
    /** Moving bytes gives exactly the picture that drawing through the EXIF orientation's transform gives. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void turningBytesMatchesDrawingThroughTheOrientationTransform(int orientation) {
        for (BufferedImage bytes : new BufferedImage[] {new BufferedImage(7, 4, BufferedImage.TYPE_3BYTE_BGR), RgbBytes.create(7, 4)}) {
            BufferedImage ints = new BufferedImage(7, 4, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(orientation);
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 7; x++) {
                    int rgb = random.nextInt(0x1000000);
                    bytes.setRGB(x, y, rgb);
                    ints.setRGB(x, y, rgb);
                }
            }
            BufferedImage turned = ExifOrientation.apply(bytes, orientation);
            BufferedImage drawn = ExifOrientation.apply(ints, orientation);
            assertEquals(bytes.getType(), turned.getType());
            assertEquals(RgbBytes.isRgb(bytes), RgbBytes.isRgb(turned));
            assertEquals(drawn.getWidth(), turned.getWidth());
            assertEquals(drawn.getHeight(), turned.getHeight());
            int w = drawn.getWidth();
            int h = drawn.getHeight();
            assertArrayEquals(drawn.getRGB(0, 0, w, h, null, 0, w), turned.getRGB(0, 0, w, h, null, 0, w), "orientation " + orientation);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9})
    void uprightAndUnknownOrientationsKeepTheDecodedPicture(int orientation) {
        BufferedImage bytes = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
        assertSame(bytes, ExifOrientation.apply(bytes, orientation));
    }
}
