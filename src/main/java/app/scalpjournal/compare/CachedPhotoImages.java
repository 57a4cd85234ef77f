package app.scalpjournal.compare;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PreviewCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** The compare view's images from the journal: cached thumbnails and previews, and originals decoded upright. */
public final class CachedPhotoImages implements PhotoImages {
    private final PreviewCache previews;
    private final LibraryLayout layout;

    public CachedPhotoImages(PreviewCache previews, LibraryLayout layout) {
        this.previews = previews;
        this.layout = layout;
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
        return ImageDecoder.readUpright(layout.original(photo.sha256(), photo.ext()), photo.orientation(), maxLongEdge);
    }
}
