package app.scalpjournal.report;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

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
        return compose(panel.photo(), panel.alignment(), reference, frameW, frameH);
    }

    /**
     * {@code moving} placed by {@code alignment} (its upright pixels to the reference's), else fitted and
     * centred. When the decoded pixels already are the frame, pixel for pixel, they are returned as they are.
     */
    BufferedImage compose(Photo moving, Optional<AffineTransform> alignment, Photo reference, int frameW, int frameH) throws IOException {
        double refW = reference.width();
        double refH = reference.height();
        AffineTransform placement = alignment
                .orElseGet(() -> Alignment.fitted(refW, refH, moving.width(), moving.height()));
        double fitRef = Math.min(frameW / refW, frameH / refH);
        double fitMoving = Math.min(refW / moving.width(), refH / moving.height());
        double zoom = 1;
        if (alignment.isPresent()) {
            zoom = Math.max(1, Math.sqrt(Math.abs(placement.getDeterminant())) / fitMoving);
        }
        int wantedEdge = (int) Math.ceil(Math.max(moving.width(), moving.height()) * fitMoving * fitRef * zoom);
        BufferedImage pixels = photos.read(moving, Math.max(1, Math.min(MAX_DECODE_EDGE, wantedEdge)));

        AffineTransform t = new AffineTransform();
        t.translate((frameW - refW * fitRef) / 2, (frameH - refH * fitRef) / 2);
        t.scale(fitRef, fitRef);
        t.concatenate(placement);
        t.scale(moving.width() / (double) pixels.getWidth(), moving.height() / (double) pixels.getHeight());
        return place(pixels, t, frameW, frameH);
    }

    /** The frame with {@code pixels} drawn by {@code t} on the background. */
    private static BufferedImage place(BufferedImage pixels, AffineTransform t, int frameW, int frameH) {
        boolean pixelForPixel = pixels.getWidth() == frameW && pixels.getHeight() == frameH && fillsFrame(t, frameW, frameH);
        if (pixelForPixel && ImageDecoder.encodesWhole(pixels)) {
            // already the frame, pixel for pixel: resampling it again would only soften it
            return pixels;
        }
        // 3-byte BGR goes into the PDF's JPEG encoder as it is; int pixels it would unpack one by one.
        BufferedImage source = ImageDecoder.drawable(pixels);
        BufferedImage frame = new BufferedImage(frameW, frameH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        try {
            if (pixelForPixel) {
                g.drawImage(source, 0, 0, null);
                return frame;
            }
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, frameW, frameH);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.clipRect(0, 0, frameW, frameH);
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return frame;
    }

    /**
     * Whether {@code t} maps an image of the frame's size onto the whole frame, upright and within
     * half a pixel at every edge: then drawing it would be a copy.
     */
    static boolean fillsFrame(AffineTransform t, int frameW, int frameH) {
        if (t.getShearX() != 0 || t.getShearY() != 0 || t.getScaleX() <= 0 || t.getScaleY() <= 0) {
            return false;
        }
        double left = t.getTranslateX();
        double top = t.getTranslateY();
        double right = left + t.getScaleX() * frameW;
        double bottom = top + t.getScaleY() * frameH;
        return Math.abs(left) <= 0.5 && Math.abs(top) <= 0.5 && Math.abs(right - frameW) <= 0.5 && Math.abs(bottom - frameH) <= 0.5;
    }
}
