package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** Decoded photo pixels, upright (EXIF orientation applied), no larger than asked. */
@FunctionalInterface
public interface UprightPhotos {
    BufferedImage read(Photo photo, int maxLongEdge) throws IOException;
}
