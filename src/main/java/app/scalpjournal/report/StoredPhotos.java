package app.scalpjournal.report;

import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PreviewCache;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Photo pixels for print: from the upright screen preview when that is big enough (it is for the
 * usual frame sizes, and decodes far faster than a 12-megapixel original), else from the original.
 * A preview comes in R, G, B byte order, which the JPEG codec copies a row at a time.
 */
public final class StoredPhotos implements UprightPhotos {
    private final PreviewCache previews;

    public StoredPhotos(PreviewCache previews) {
        this.previews = previews;
    }

    @Override
    public BufferedImage read(Photo photo, int maxLongEdge) throws IOException {
        int longEdge = Math.max(photo.width(), photo.height());
        if (maxLongEdge <= PreviewCache.PREVIEW_EDGE || longEdge <= PreviewCache.PREVIEW_EDGE) {
            return ImageDecoder.readUprightRgb(previews.preview(photo), 1, maxLongEdge);
        }
        return previews.readOriginal(photo, maxLongEdge);
    }
}
