package app.scalpjournal.report;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.photo.Photo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Draws a panel's photo into a frame of the section's reference photo's shape, at print resolution:
 * the reference photo fills it; another photo is placed with its saved alignment, or fitted and
 * centred when there is none. What falls outside the frame is clipped. The result is fresh pixels,
 * so nothing from the original file (EXIF, GPS) can travel with it.
 */
final class PanelImages {
    static final Color BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
    /** Decoding more than this gains nothing on paper and costs memory. */
    private static final int MAX_DECODE_EDGE = 4096;

    private final UprightPhotos photos;

    PanelImages(UprightPhotos photos) {
        this.photos = photos;
    }

    BufferedImage compose(PhotoPanel panel, Photo reference, int frameW, int frameH) throws IOException {
        Photo moving = panel.photo();
        double refW = reference.width();
        double refH = reference.height();
        AffineTransform placement = panel.alignment()
                .orElseGet(() -> Alignment.fitted(refW, refH, moving.width(), moving.height()));
        double fitRef = Math.min(frameW / refW, frameH / refH);
        double fitMoving = Math.min(refW / moving.width(), refH / moving.height());
        double zoom = 1;
        if (panel.alignment().isPresent()) {
            zoom = Math.max(1, Math.sqrt(Math.abs(placement.getDeterminant())) / fitMoving);
        }
        int wantedEdge = (int) Math.ceil(Math.max(moving.width(), moving.height()) * fitMoving * fitRef * zoom);
        BufferedImage pixels = photos.read(moving, Math.max(1, Math.min(MAX_DECODE_EDGE, wantedEdge)));

        // 3-byte BGR goes into the PDF's JPEG encoder as it is; int pixels it would unpack one by one.
        BufferedImage frame = new BufferedImage(frameW, frameH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, frameW, frameH);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.clipRect(0, 0, frameW, frameH);
            AffineTransform t = new AffineTransform();
            t.translate((frameW - refW * fitRef) / 2, (frameH - refH * fitRef) / 2);
            t.scale(fitRef, fitRef);
            t.concatenate(placement);
            t.scale(moving.width() / (double) pixels.getWidth(), moving.height() / (double) pixels.getHeight());
            g.drawImage(pixels, t, null);
        } finally {
            g.dispose();
        }
        return frame;
    }
}
