package app.scalpjournal.compare;

import app.scalpjournal.photo.Photo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The image files the compare view shows: the cached upright thumbnail and screen preview of a
 * photo, and the original decoded upright at a bounded size for when the user zooms in past the
 * preview. Implemented over the photo cache; slow, so called off the UI thread only.
 */
public interface PhotoImages {
    Path thumbnail(Photo photo) throws IOException;

    Path preview(Photo photo) throws IOException;

    BufferedImage full(Photo photo, int maxLongEdge) throws IOException;
}
