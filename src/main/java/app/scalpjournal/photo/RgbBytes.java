package app.scalpjournal.photo;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Pictures as three bytes a pixel, one after another, in R, G, B order: the order in which the JDK's
 * JPEG decoder hands over its rows and its encoder takes them, so both copy rows whole. Into 3-byte
 * BGR (Java's usual type) the decoder copies a 12 MP photo pixel by pixel, a third of its time, and
 * the encoder pays the same again. The filter, the EXIF turns and the encoder take both orders.
 */
final class RgbBytes {
    private static final int[] ORDER = {0, 1, 2};
    private static final ComponentColorModel SRGB = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
            false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

    private RgbBytes() {
    }

    /** A new w x h picture in R, G, B byte order. */
    static BufferedImage create(int w, int h) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, w * 3, 3, ORDER, null);
        return new BufferedImage(SRGB, raster, false, null);
    }

    /** Whether the picture is three bytes a pixel, packed, in R, G, B order, starting at its array's first byte. */
    static boolean isRgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_CUSTOM && image.getColorModel() instanceof ComponentColorModel cm
                && !cm.hasAlpha() && cm.getColorSpace().isCS_sRGB() && whole(image, ORDER);
    }

    /** Three bytes a pixel, packed, in either order: what the filter and the turns work on directly. */
    static boolean packed(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR || isRgb(image);
    }

    /** A new picture of the same packed layout as {@code like}. */
    static BufferedImage like(BufferedImage like, int w, int h) {
        return isRgb(like) ? create(w, h) : new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    }

    /** A new 3-byte BGR copy of an R, G, B picture ({@link #isRgb}). */
    static BufferedImage toBgr(BufferedImage rgb) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] in = bytes(rgb);
        byte[] to = bytes(out);
        for (int i = 0; i < in.length; i += 3) {
            to[i] = in[i + 2];
            to[i + 1] = in[i + 1];
            to[i + 2] = in[i];
        }
        return out;
    }

    /** The packed bytes of a picture {@link #packed} accepts. */
    static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static boolean whole(BufferedImage image, int[] order) {
        WritableRaster r = image.getRaster();
        return r.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && r.getSampleModel() instanceof PixelInterleavedSampleModel sm && sm.getPixelStride() == 3
                && sm.getScanlineStride() == 3 * image.getWidth() && Arrays.equals(sm.getBandOffsets(), order)
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0 && r.getParent() == null;
    }
}
