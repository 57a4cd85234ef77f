package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Decoded photo pixels, upright (EXIF orientation applied), no larger than asked; possibly in R, G, B
 * byte order ({@link app.scalpjournal.photo.ImageDecoder#readUprightRgb}), so drawn on only after
 * {@link app.scalpjournal.photo.ImageDecoder#drawable}.
 */
@FunctionalInterface
public interface UprightPhotos {
    BufferedImage read(Photo photo, int maxLongEdge) throws IOException;
}
