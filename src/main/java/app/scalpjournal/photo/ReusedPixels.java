package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * One full-size picture's pixels, kept by an import's worker for its next photo: the photos of one
 * camera share a size, so a 12-megapixel photo decodes into the 36 MB its predecessor used instead
 * of a fresh block each time (which the collector must then clear away, and which grows the heap).
 * Every row is written by each decode; a decode that stops early throws or warns, and such a photo
 * is refused, so no pixel of one photo can end up in another's preview.
 */
final class ReusedPixels {
    private BufferedImage image;

    /**
     * Points the read at the kept pixels when the picture decodes whole (no subsampling) to three
     * bytes a pixel, keeping a new image when the size differs; other layouts decode as usual. The
     * kept pixels are in R, G, B order, which the decoder fills a row at a time (see {@link RgbBytes}).
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
}
