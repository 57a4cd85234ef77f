package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * One full-size picture's pixels, and its shrunk and turned preview's, kept by an import's worker for
 * its next photo: the photos of one camera share a size, so a 12-megapixel photo decodes into the
 * 36 MB its predecessor used, and its preview into the predecessor's 9 MB, instead of fresh blocks
 * each time (which the collector clears away only now and then, so the heap grew by each photo's).
 * Every row is written by each decode; a decode that stops early throws or warns, and such a photo
 * is refused, so no pixel of one photo can end up in another's preview. One used for a single
 * picture ({@link ImageDecoder#readUprightRgb}) just gives it the R, G, B layout.
 */
final class ReusedPixels {
    private BufferedImage image;
    private BufferedImage shrunk;
    private BufferedImage turned;

    /**
     * Points the read at the kept pixels when the picture decodes to three bytes a pixel, {@code width} x
     * {@code height} once subsampled, keeping a new image when the size differs; other layouts decode as
     * usual. The kept pixels are in R, G, B order, which the decoder fills a row at a time (see {@link RgbBytes}).
     */
    void offer(ImageReader reader, ImageReadParam param, int width, int height) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null || raw.getBufferedImageType() != BufferedImage.TYPE_3BYTE_BGR) {
            return;
        }
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = null;
            image = RgbBytes.create(width, height);
        }
        param.setDestination(image);
    }

    /** A picture of {@code like}'s layout, {@code w} x {@code h}, to shrink into: the last photo's when it fits. Overwritten whole. */
    BufferedImage shrunk(BufferedImage like, int w, int h) {
        shrunk = kept(shrunk, like, w, h);
        return shrunk;
    }

    /** As {@link #shrunk}, to turn a picture upright into. */
    BufferedImage turned(BufferedImage like, int w, int h) {
        turned = kept(turned, like, w, h);
        return turned;
    }

    private static BufferedImage kept(BufferedImage kept, BufferedImage like, int w, int h) {
        boolean fits = kept != null && kept.getWidth() == w && kept.getHeight() == h && RgbBytes.isRgb(kept) == RgbBytes.isRgb(like);
        return fits ? kept : RgbBytes.like(like, w, h);
    }
}
