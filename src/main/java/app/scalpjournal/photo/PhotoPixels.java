package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where every photo pixel the app shows or writes comes from: a photo at a requested size (the long
 * edge, in pixels), upright. Small sizes come from the cached thumbnail, screen sizes from the cached
 * preview, larger ones from the original, decoded subsampled and never beyond {@link #MAX_EDGE}, so
 * zooming into a 100-megapixel photo holds about 64 MB, not 400. Slow: call off the UI thread.
 */
public final class PhotoPixels {
    /** Full-resolution decoding stops here: a 12-megapixel phone photo (4032 px) is decoded whole. */
    public static final int MAX_EDGE = 4096;

    private final PreviewCache previews;

    public PhotoPixels(PreviewCache previews) {
        this.previews = previews;
    }

    /** The long edge actually delivered for a request: no more than the photo has, nor than {@link #MAX_EDGE}. */
    public static int deliveredEdge(Photo photo, int requested) {
        int longEdge = Math.max(photo.width(), photo.height());
        return Math.max(1, Math.min(Math.min(requested, longEdge), MAX_EDGE));
    }

    /**
     * The cached file that holds at least {@code longEdge} pixels (thumbnail or preview, made first when
     * missing), or empty when only the original has that many.
     */
    public Optional<Path> storedFile(Photo photo, int longEdge) throws IOException {
        int wanted = deliveredEdge(photo, longEdge);
        int photoEdge = Math.max(photo.width(), photo.height());
        if (wanted <= PreviewCache.THUMBNAIL_EDGE) {
            return Optional.of(previews.thumbnail(photo));
        }
        if (wanted <= PreviewCache.PREVIEW_EDGE || photoEdge <= PreviewCache.PREVIEW_EDGE) {
            return Optional.of(previews.preview(photo));
        }
        return Optional.empty();
    }

    /** The photo upright, its long edge at most {@code longEdge} (and {@link #MAX_EDGE}). */
    public BufferedImage read(Photo photo, int longEdge) throws IOException {
        int wanted = deliveredEdge(photo, longEdge);
        Optional<Path> stored = storedFile(photo, wanted);
        if (stored.isPresent()) {
            return ImageDecoder.readUpright(stored.get(), 1, wanted);
        }
        return previews.readOriginal(photo, wanted);
    }
}
