package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Puts one photo panel on the page: its pixels composed at print resolution (upright, aligned, fresh
 * pixels with no EXIF) as a JPEG, framed, with a caption below.
 */
final class PanelDrawer {
    static final int DPI = 300;
    private static final float JPEG_QUALITY = 0.85f;

    private final PageFlow flow;
    private final PanelImages images;
    private final Runnable panelDone;

    PanelDrawer(PageFlow flow, UprightPhotos photos, Runnable panelDone) {
        this.flow = flow;
        this.images = new PanelImages(photos);
        this.panelDone = panelDone;
    }

    /** Draws the panel with its top-left corner at ({@code x}, {@code top}); the caption (title, details) goes below the frame. */
    void draw(PhotoPanel panel, Photo reference, float x, float top, float w, float h, String title, String details) throws IOException {
        int pxW = Math.max(1, Math.round(w / 72f * DPI));
        int pxH = Math.max(1, Math.round(h / 72f * DPI));
        PDImageXObject jpeg = JPEGFactory.createFromImage(flow.doc, images.compose(panel.photo(), panel.alignment(), reference, pxW, pxH),
                JPEG_QUALITY, DPI);
        flow.image(jpeg, x, top - h, w, h);
        flow.label(x, top - h - 11, w, title, details);
        panelDone.run();
    }
}
