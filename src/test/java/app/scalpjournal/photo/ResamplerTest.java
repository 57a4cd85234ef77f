package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResamplerTest {
    @TempDir
    Path dir;

    /** One-pixel stripes are the worst case: skipping every other pixel turns them all black or all white. */
    @Test
    void shrinkingAveragesFineDetailInsteadOfSkippingPixels() {
        BufferedImage stripes = new BufferedImage(4000, 40, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < stripes.getHeight(); y++) {
            for (int x = 0; x < stripes.getWidth(); x++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        BufferedImage preview = ImageDecoder.fit(stripes, PreviewCache.PREVIEW_EDGE);
        assertEquals(2048, preview.getWidth());
        for (int x = 0; x < preview.getWidth(); x++) {
            int grey = preview.getRGB(x, preview.getHeight() / 2) & 0xFF;
            assertTrue(grey > 110 && grey < 145, "column " + x + " is " + grey + ", not an average of black and white");
        }
    }

    @Test
    void flatColoursKeepTheirValueAndChannelOrderInBothPixelLayoutsAndFilters() {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB}) {
            BufferedImage flat = new BufferedImage(1000, 750, type);
            for (int y = 0; y < flat.getHeight(); y++) {
                for (int x = 0; x < flat.getWidth(); x++) {
                    flat.setRGB(x, y, 0xC81E5A);
                }
            }
            for (int edge : new int[] {700, PreviewCache.THUMBNAIL_EDGE}) {
                BufferedImage out = ImageDecoder.fit(flat, edge);
                assertEquals(edge, out.getWidth());
                assertEquals(type, out.getType());
                for (int y = 0; y < out.getHeight(); y++) {
                    for (int x = 0; x < out.getWidth(); x++) {
                        assertEquals(0xC81E5A, out.getRGB(x, y) & 0xFFFFFF, "type " + type + " edge " + edge + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void aTwelveMegapixelPhotoGivesAFullSizePreviewTurnedUpright() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("big.jpg"), 4000, 3000, TestImages.Exif.NONE);
        BufferedImage preview = ImageDecoder.readUpright(photo, 1, PreviewCache.PREVIEW_EDGE);
        assertEquals(2048, preview.getWidth());
        assertEquals(1536, preview.getHeight());
        BufferedImage turned = ImageDecoder.readUpright(photo, 6, PreviewCache.PREVIEW_EDGE);
        assertEquals(1536, turned.getWidth());
        assertEquals(2048, turned.getHeight());
        ImportOrientationTest.assertColor(ImportOrientationTest.UPRIGHT_TOP_LEFT[6], turned.getRGB(100, 100));
    }
}
