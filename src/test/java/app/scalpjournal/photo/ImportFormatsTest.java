package app.scalpjournal.photo;

import static app.scalpjournal.photo.ImportOrientationTest.assertColor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every format the issue lists imports, with the right stored extension and an upright thumbnail. */
class ImportFormatsTest extends ImportTestBase {
    private Photo importBytes(String name, byte[] bytes, String ext, int w, int h) throws Exception {
        Photo photo = imported(TestImages.write(in.resolve(name), bytes));
        assertEquals(ext, photo.ext());
        assertEquals(w, photo.width());
        assertEquals(h, photo.height());
        Path original = context.library().layout().original(photo.sha256(), ext);
        assertTrue(Files.isRegularFile(original));
        assertTrue(Files.isRegularFile(context.previews().thumbnail(photo)));
        return photo;
    }

    private BufferedImage thumb(Photo photo) throws Exception {
        return ImageIO.read(context.previews().thumbnail(photo).toFile());
    }

    @Test
    void cmykAndYcckJpegsImportWithTheirColours() throws Exception {
        for (boolean ycck : new boolean[] {false, true}) {
            Photo photo = importBytes(ycck ? "ycck.jpg" : "cmyk.jpg", TestImages.cmykJpeg(64, 48, ycck), "jpg", 64, 48);
            BufferedImage t = thumb(photo);
            Color tl = new Color(t.getRGB(4, 4));
            Color br = new Color(t.getRGB(t.getWidth() - 4, t.getHeight() - 4));
            assertTrue(tl.getRed() > 150 && tl.getGreen() < 110 && tl.getBlue() < 110, (ycck ? "YCCK " : "CMYK ") + "red corner was " + tl);
            assertTrue(br.getRed() > 150 && br.getGreen() > 150 && br.getBlue() < 110, (ycck ? "YCCK " : "CMYK ") + "yellow corner was " + br);
        }
    }

    @Test
    void webpLossyAndLosslessImport() throws Exception {
        Photo lossy = importBytes("a.webp", TestImages.resource("quadrants-lossy.webp"), "webp", 64, 48);
        assertColor(TestImages.TOP_LEFT, thumb(lossy).getRGB(3, 3));
        Photo lossless = importBytes("b.webp", TestImages.resource("quadrants-lossless.webp"), "webp", 64, 48);
        assertColor(TestImages.BOTTOM_RIGHT, thumb(lossless).getRGB(60, 44));
    }

    @Test
    void pngGifBmpTiffImport() throws Exception {
        BufferedImage q = TestImages.quadrants(40, 30);
        importBytes("a.png", TestImages.encode(q, "png"), "png", 40, 30);
        importBytes("a.gif", TestImages.encode(q, "gif"), "gif", 40, 30);
        importBytes("a.bmp", TestImages.encode(q, "bmp"), "bmp", 40, 30);
        Photo tiff = importBytes("a.tif", TestImages.encode(TestImages.quadrants(40, 32), "tiff"), "tif", 40, 32);
        assertColor(TestImages.TOP_RIGHT, thumb(tiff).getRGB(36, 2));
    }

    @Test
    void sixteenBitTransparentGreyAndPalettePngsImport() throws Exception {
        BufferedImage grey16 = new BufferedImage(30, 20, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = grey16.getRaster();
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 20; y++) {
                r.setSample(x, y, 0, x * 2000);
            }
        }
        importBytes("grey16.png", TestImages.encode(grey16, "png"), "png", 30, 20);

        BufferedImage rgba = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = rgba.createGraphics();
        g.setColor(new Color(255, 0, 0, 128));
        g.fillRect(0, 0, 15, 20);
        g.dispose();
        Photo transparent = importBytes("alpha.png", TestImages.encode(rgba, "png"), "png", 30, 20);
        assertColor(Color.WHITE, thumb(transparent).getRGB(25, 10));

        BufferedImage grey = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
        importBytes("grey.jpg", TestImages.encode(grey, "jpg"), "jpg", 30, 20);

        byte[] reds = {0, (byte) 255};
        IndexColorModel palette = new IndexColorModel(1, 2, reds, new byte[2], new byte[2]);
        BufferedImage indexed = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_BINARY, palette);
        importBytes("palette.png", TestImages.encode(indexed, "png"), "png", 30, 20);

        Photo rgba64 = importBytes("rgba64.png", TestImages.encode(sixteenBitRgba(24, 16), "png"), "png", 24, 16);
        assertColor(Color.RED, thumb(rgba64).getRGB(2, 2));
    }

    /** 16 bits per channel with alpha: opaque red on the left, fully transparent on the right. */
    private static BufferedImage sixteenBitRgba(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {16, 16, 16, 16},
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        for (int x = 0; x < w / 2; x++) {
            for (int y = 0; y < h; y++) {
                raster.setPixel(x, y, new int[] {65535, 0, 0, 65535});
            }
        }
        return new BufferedImage(cm, raster, false, null);
    }

    @Test
    void extremeAspectRatiosAndOnePixelImport() throws Exception {
        Photo wide = importBytes("wide.png", TestImages.encode(TestImages.quadrants(4000, 1), "png"), "png", 4000, 1);
        BufferedImage t = thumb(wide);
        assertEquals(320, t.getWidth());
        assertEquals(1, t.getHeight());
        importBytes("tall.jpg", TestImages.jpeg(2, 5000, Exif.NONE), "jpg", 2, 5000);
        Photo dot = importBytes("dot.gif", TestImages.encode(TestImages.quadrants(1, 1), "gif"), "gif", 1, 1);
        assertEquals(1, thumb(dot).getWidth());
    }

    @Test
    void anExtensionThatLiesIsReplacedByTheDetectedFormat() throws Exception {
        Photo photo = importBytes("really-a-png.jpg", TestImages.encode(TestImages.quadrants(20, 10), "png"), "png", 20, 10);
        assertEquals("really-a-png.jpg", photo.originalName());
        importBytes("really-a-jpeg.png", TestImages.jpeg(20, 10, Exif.NONE), "jpg", 20, 10);
    }
}
