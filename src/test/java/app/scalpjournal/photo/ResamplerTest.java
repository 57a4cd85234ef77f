package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResamplerTest {
    /** The layouts the filter works on directly: 3-byte BGR, int RGB and three bytes in R, G, B order ({@link RgbBytes}). */
    static final int[] LAYOUTS = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_CUSTOM};

    @TempDir
    Path dir;

    /** A new image of one of {@link #LAYOUTS}. */
    static BufferedImage image(int layout, int w, int h) {
        return layout == BufferedImage.TYPE_CUSTOM ? RgbBytes.create(w, h) : new BufferedImage(w, h, layout);
    }

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
        for (int type : LAYOUTS) {
            BufferedImage flat = image(type, 1000, 750);
            for (int y = 0; y < flat.getHeight(); y++) {
                for (int x = 0; x < flat.getWidth(); x++) {
                    flat.setRGB(x, y, 0xC81E5A);
                }
            }
            for (int edge : new int[] {700, PreviewCache.THUMBNAIL_EDGE}) {
                BufferedImage out = ImageDecoder.fit(flat, edge);
                assertEquals(edge, out.getWidth());
                assertEquals(type, out.getType());
                assertEquals(RgbBytes.isRgb(flat), RgbBytes.isRgb(out));
                for (int y = 0; y < out.getHeight(); y++) {
                    for (int x = 0; x < out.getWidth(); x++) {
                        assertEquals(0xC81E5A, out.getRGB(x, y) & 0xFFFFFF, "type " + type + " edge " + edge + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    /**
     * Every path (two to five and many taps, both filters, both pixel layouts) gives, within the two roundings
     * (one level and a half), what weighing the source in floating point by the filter gives.
     */
    @Test
    void everyPathMatchesTheFilterComputedInFloatingPoint() {
        Random random = new Random(7);
        int[][] sizes = {{400, 300, 205, 154}, {400, 300, 250, 190}, {400, 300, 196, 147}, {400, 300, 131, 98},
            {400, 300, 120, 90}, {400, 300, 97, 73}, {400, 300, 64, 48}, {400, 300, 200, 150}};
        for (int type : LAYOUTS) {
            BufferedImage noise = image(type, 400, 300);
            for (int y = 0; y < 300; y++) {
                for (int x = 0; x < 400; x++) {
                    noise.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            for (Resampler.Filter filter : Resampler.Filter.values()) {
                for (int[] s : sizes) {
                    BufferedImage out = Resampler.shrink(noise, s[2], s[3], filter);
                    for (int y = 0; y < s[3]; y += 7) {
                        for (int x = 0; x < s[2]; x += 5) {
                            for (int shift = 0; shift <= 16; shift += 8) {
                                double want = reference(noise, x, y, s[2], s[3], filter, shift);
                                int got = out.getRGB(x, y) >> shift & 0xFF;
                                assertTrue(Math.abs(got - want) <= 1.5, filter + " " + s[2] + "x" + s[3] + " type " + type
                                        + " at " + x + "," + y + ": " + got + " not " + want);
                            }
                        }
                    }
                }
            }
        }
    }

    /** One channel of output pixel (x, y), vertical first then horizontal, rounded and clamped after each as the filter does. */
    private static double reference(BufferedImage src, int x, int y, int w, int h, Resampler.Filter filter, int shift) {
        double sx = (double) w / src.getWidth();
        double sy = (double) h / src.getHeight();
        double total = 0;
        double weights = 0;
        for (int i = 0; i < src.getWidth(); i++) {
            double wx = filter.weight(i, (x + 0.5) / sx, sx);
            if (wx == 0) {
                continue;
            }
            double column = 0;
            double columnWeights = 0;
            for (int j = 0; j < src.getHeight(); j++) {
                double wy = filter.weight(j, (y + 0.5) / sy, sy);
                column += wy * (src.getRGB(i, j) >> shift & 0xFF);
                columnWeights += wy;
            }
            total += wx * Math.max(0, Math.min(255, Math.round(column / columnWeights)));
            weights += wx;
        }
        return Math.max(0, Math.min(255, total / weights));
    }

    /**
     * Halving with the cubic filter (a thumbnail's last step) adds the pixels it weighs alike before
     * multiplying: the result is exactly, byte for byte, what weighing every tap gives, edges included.
     */
    @Test
    void halvingWithTheCubicFilterGivesExactlyTheSumOverEveryTap() {
        Random random = new Random(11);
        BufferedImage noise = RgbBytes.create(64, 48);
        random.nextBytes(RgbBytes.bytes(noise));
        byte[] got = RgbBytes.bytes(Resampler.shrink(noise, 32, 24, Resampler.Filter.CUBIC));
        Resampler.Weights wy = Resampler.Weights.of(48, 24, Resampler.Filter.CUBIC);
        Resampler.Weights wx = Resampler.Weights.of(64, 32, Resampler.Filter.CUBIC);
        assertEquals(8, wx.taps());
        byte[] in = RgbBytes.bytes(noise);
        for (int y = 0; y < 24; y++) {
            int[] line = new int[64 * 3];
            for (int i = 0; i < line.length; i++) {
                int sum = 0;
                for (int t = 0; t < wy.taps(); t++) {
                    sum += wy.weights()[y * wy.taps() + t] * (in[(wy.first()[y] + t) * 64 * 3 + i] & 0xFF);
                }
                line[i] = fixedPointToByte(sum);
            }
            for (int x = 0; x < 32; x++) {
                for (int c = 0; c < 3; c++) {
                    int sum = 0;
                    for (int t = 0; t < wx.taps(); t++) {
                        sum += wx.weights()[x * wx.taps() + t] * line[(wx.first()[x] + t) * 3 + c];
                    }
                    assertEquals(fixedPointToByte(sum), got[(y * 32 + x) * 3 + c] & 0xFF, "at " + x + "," + y + " channel " + c);
                }
            }
        }
    }

    /** The filter's rounding: weights in 14-bit fixed point, the sum rounded and clamped to 0..255. */
    private static int fixedPointToByte(int sum) {
        return Math.max(0, Math.min(255, (sum + (1 << 13)) >> 14));
    }

    /** A camera's photos share their sizes: the weights are worked out once, and are the same as worked out afresh. */
    @Test
    void weightsAreWorkedOutOncePerSizeAndFilter() {
        Resampler.Weights preview = Resampler.Weights.cached(4000, 2048, Resampler.Filter.BOX);
        assertSame(preview, Resampler.Weights.cached(4000, 2048, Resampler.Filter.BOX));
        assertNotSame(preview, Resampler.Weights.cached(4000, 2048, Resampler.Filter.CUBIC));
        assertNotSame(preview, Resampler.Weights.cached(4000, 2047, Resampler.Filter.BOX));
        assertNotSame(preview, Resampler.Weights.cached(3000, 2048, Resampler.Filter.BOX));
        for (int out = 100; out < 200; out++) {
            Resampler.Weights kept = Resampler.Weights.cached(1000, out, Resampler.Filter.CUBIC);
            Resampler.Weights fresh = Resampler.Weights.of(1000, out, Resampler.Filter.CUBIC);
            assertArrayEquals(fresh.first(), kept.first());
            assertArrayEquals(fresh.weights(), kept.weights());
            assertEquals(fresh.taps(), kept.taps());
            assertSame(kept, Resampler.Weights.cached(1000, out, Resampler.Filter.CUBIC));
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
