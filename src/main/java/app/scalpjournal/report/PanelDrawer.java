package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Puts one photo panel on the page: its pixels composed at print resolution (upright, aligned, fresh
 * pixels with no EXIF) as a JPEG, framed, with a caption below. The JPEG is made on the side
 * ({@link PanelJpegs}); the layout goes on meanwhile.
 */
final class PanelDrawer {
    static final int DPI = 300;
    static final float JPEG_QUALITY = 0.85f;

    private final PageFlow flow;
    private final PanelImages images;
    private final PanelJpegs jpegs;

    PanelDrawer(PageFlow flow, UprightPhotos photos, PanelJpegs jpegs) {
        this.flow = flow;
        this.images = new PanelImages(photos);
        this.jpegs = jpegs;
    }

    /** Draws the panel with its top-left corner at ({@code x}, {@code top}); the caption (title, details) goes below the frame. */
    void draw(PhotoPanel panel, Photo reference, float x, float top, float w, float h, String title, String details) throws IOException {
        int[] px = framePixels(reference, w, h);
        int pxW = px[0];
        int pxH = px[1];
        PDImageXObject jpeg = jpegs.later(flow.doc, pxW, pxH, () -> images.compose(panel, reference, pxW, pxH));
        flow.image(jpeg, x, top - h, w, h);
        flow.label(x, top - h - 11, w, title, details);
    }

    /**
     * The frame's size in pixels at {@value #DPI} dpi. A frame of the reference photo's own shape
     * gets its long edge from the print size and its short edge in the photo's proportions, rounded
     * as the photo is when shrunk to that long edge: the photo then fills the frame pixel for pixel
     * instead of being resampled a second time for a fraction of a pixel.
     */
    static int[] framePixels(Photo reference, float w, float h) {
        int pxW = Math.max(1, Math.round(w / 72f * DPI));
        int pxH = Math.max(1, Math.round(h / 72f * DPI));
        double photoAspect = reference.height() / (double) reference.width();
        if (Math.abs(h / w / photoAspect - 1) > 0.005) {
            return new int[] {pxW, pxH};
        }
        if (pxW >= pxH) {
            return new int[] {pxW, Math.max(1, (int) Math.round(pxW * photoAspect))};
        }
        return new int[] {Math.max(1, (int) Math.round(pxH / photoAspect)), pxH};
    }
}
