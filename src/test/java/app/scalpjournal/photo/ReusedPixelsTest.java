package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusedPixelsTest {
    @TempDir
    Path dir;

    /** The second photo of a size decodes into the first one's pixels, and shows only itself. */
    @Test
    void photosOfOneSizeShareThePixelsYetEachShowsItsOwnPicture() throws Exception {
        Path red = TestImages.write(dir.resolve("red.jpg"), TestImages.encode(flat(Color.RED, 900, 600), "jpg"));
        Path quadrants = TestImages.writeJpeg(dir.resolve("quadrants.jpg"), 900, 600, TestImages.Exif.NONE);
        Path blue = TestImages.write(dir.resolve("blue.jpg"), TestImages.encode(flat(Color.BLUE, 900, 600), "jpg"));
        ReusedPixels reused = new ReusedPixels();

        BufferedImage first = ImageDecoder.decode(red, 1, 0, reused).image();
        assertColor(Color.RED, first.getRGB(450, 300));
        BufferedImage second = ImageDecoder.decode(quadrants, 1, 0, reused).image();
        assertEquals(first, second, "same size, same pixels: nothing new allocated");
        ImportOrientationTest.assertColor(TestImages.TOP_LEFT, second.getRGB(10, 10));
        ImportOrientationTest.assertColor(TestImages.BOTTOM_RIGHT, second.getRGB(890, 590));
        BufferedImage turned = ImageDecoder.decode(blue, 6, 0, reused).image();
        assertEquals(600, turned.getWidth());
        assertColor(Color.BLUE, turned.getRGB(300, 450));
    }

    /**
     * The kept pixels are in R, G, B byte order, which the decoder fills a row at a time (into 3-byte BGR it
     * goes pixel by pixel): the same picture as a plain decode, and the preview shrunk and turned from it alike.
     */
    @Test
    void keptPixelsAreInRgbOrderAndHoldTheSamePictureAsAPlainDecode() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("quadrants.jpg"), 3000, 2000, TestImages.Exif.NONE);
        BufferedImage plain = ImageDecoder.decode(photo, 1, 0).image();
        BufferedImage kept = ImageDecoder.decode(photo, 1, 0, new ReusedPixels()).image();
        assertTrue(RgbBytes.isRgb(kept));
        assertArrayEquals(plain.getRGB(0, 0, 3000, 2000, null, 0, 3000), kept.getRGB(0, 0, 3000, 2000, null, 0, 3000));
        BufferedImage preview = ImageDecoder.decode(photo, 6, PreviewCache.PREVIEW_EDGE, new ReusedPixels()).image();
        BufferedImage plainPreview = ImageDecoder.decode(photo, 6, PreviewCache.PREVIEW_EDGE).image();
        assertTrue(RgbBytes.isRgb(preview));
        assertArrayEquals(plainPreview.getRGB(0, 0, 1365, 2048, null, 0, 1365), preview.getRGB(0, 0, 1365, 2048, null, 0, 1365));
    }

    /**
     * A preview read for print ({@link ImageDecoder#readUprightRgb}) comes in R, G, B order also when it is
     * decoded subsampled (a small frame), with the same picture as a plain read; {@link ImageDecoder#drawable}
     * turns it into 3-byte BGR for Java2D, the same picture again.
     */
    @Test
    void aPreviewReadForPrintIsInRgbOrderEvenSubsampledAndDrawableGivesTheSamePictureAsBgr() throws Exception {
        Path preview = TestImages.writeJpeg(dir.resolve("preview.jpg"), 2048, 1536, TestImages.Exif.NONE);
        assertEquals(2, ImageDecoder.subsampling(2048, 503), "a 503 px frame decodes every other pixel, then filters");
        for (int edge : new int[] {0, 671, 503}) {
            BufferedImage plain = ImageDecoder.readUpright(preview, 1, edge);
            BufferedImage rgb = ImageDecoder.readUprightRgb(preview, 1, edge);
            assertTrue(RgbBytes.isRgb(rgb), "edge " + edge);
            assertTrue(ImageDecoder.encodesWhole(rgb));
            int w = plain.getWidth();
            int h = plain.getHeight();
            assertEquals(w, rgb.getWidth());
            assertEquals(h, rgb.getHeight());
            int[] expected = plain.getRGB(0, 0, w, h, null, 0, w);
            assertArrayEquals(expected, rgb.getRGB(0, 0, w, h, null, 0, w), "edge " + edge);
            BufferedImage drawable = ImageDecoder.drawable(rgb);
            assertEquals(BufferedImage.TYPE_3BYTE_BGR, drawable.getType());
            assertArrayEquals(expected, drawable.getRGB(0, 0, w, h, null, 0, w), "edge " + edge);
            assertSame(drawable, ImageDecoder.drawable(drawable), "3-byte BGR is drawable as it is");
        }
    }

    /** A camera's photos share their shrunk and their turned previews' pixels too, and each preview shows only its own photo. */
    @Test
    void previewsOfOneSizeShareThePixelsYetEachShowsItsOwnPicture() throws Exception {
        Path red = TestImages.write(dir.resolve("red.jpg"), TestImages.encode(flat(Color.RED, 3000, 2000), "jpg"));
        Path blue = TestImages.write(dir.resolve("blue.jpg"), TestImages.encode(flat(Color.BLUE, 3000, 2000), "jpg"));
        ReusedPixels reused = new ReusedPixels();
        BufferedImage first = ImageDecoder.decode(red, 1, PreviewCache.PREVIEW_EDGE, reused).image();
        assertColor(Color.RED, first.getRGB(1024, 600));
        BufferedImage second = ImageDecoder.decode(blue, 1, PreviewCache.PREVIEW_EDGE, reused).image();
        assertSame(first, second);
        assertColor(Color.BLUE, second.getRGB(1024, 600));
        BufferedImage turnedRed = ImageDecoder.decode(red, 6, PreviewCache.PREVIEW_EDGE, reused).image();
        assertEquals(2048, turnedRed.getHeight());
        assertColor(Color.RED, turnedRed.getRGB(600, 1024));
        BufferedImage turnedBlue = ImageDecoder.decode(blue, 6, PreviewCache.PREVIEW_EDGE, reused).image();
        assertSame(turnedRed, turnedBlue);
        assertColor(Color.BLUE, turnedBlue.getRGB(600, 1024));
    }

    /** A photo cut short after a good one of its size is refused, so the good one's pixels are never taken for it. */
    @Test
    void aPhotoCutShortAfterAGoodOneIsRefused() throws Exception {
        byte[] good = TestImages.encode(flat(Color.RED, 900, 600), "jpg");
        Path whole = TestImages.write(dir.resolve("whole.jpg"), good);
        Path cut = TestImages.write(dir.resolve("cut.jpg"), Arrays.copyOf(TestImages.jpeg(900, 600, TestImages.Exif.NONE), good.length / 3));
        ReusedPixels reused = new ReusedPixels();
        ImageDecoder.decode(whole, 1, 0, reused);
        assertThrows(ImageRejectedException.class, () -> ImageDecoder.requireWhole(ImageDecoder.decode(cut, 1, 0, reused)));
    }

    private static BufferedImage flat(Color colour, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static void assertColor(Color expected, int rgb) {
        ImportOrientationTest.assertColor(expected, rgb);
    }
}
