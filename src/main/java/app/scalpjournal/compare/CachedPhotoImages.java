package app.scalpjournal.compare;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PreviewCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** The compare view's images from the journal: cached thumbnails and previews, and originals decoded upright. */
public final class CachedPhotoImages implements PhotoImages {
    private final PreviewCache previews;

    public CachedPhotoImages(PreviewCache previews) {
        this.previews = previews;
    }

    @Override
    public Path thumbnail(Photo photo) throws IOException {
        return previews.thumbnail(photo);
    }

    @Override
    public Path preview(Photo photo) throws IOException {
        return previews.preview(photo);
    }

    @Override
    public BufferedImage full(Photo photo, int maxLongEdge) throws IOException {
        return previews.readOriginal(photo, maxLongEdge);
    }
}
