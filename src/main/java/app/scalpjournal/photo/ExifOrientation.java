package app.scalpjournal.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** EXIF orientation (1 to 8) applied to decoded pixels, so every photo is shown and printed upright. */
public final class ExifOrientation {
    private ExifOrientation() {
    }

    /** Width and height once the orientation is applied: 5 to 8 turn the picture a quarter. */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Applies an EXIF orientation (1 to 8) to a decoded image; other values are treated as 1. The
     * result is plain RGB (three bytes a pixel as JPEG decodes, kept so; else int RGB), or ARGB when
     * the image has transparency.
     */
    public static BufferedImage apply(BufferedImage src, int orientation) {
        return apply(src, orientation, null);
    }

    /** As {@link #apply(BufferedImage, int)}, turning packed pixels into {@code reused}'s kept ones (null: none). */
    static BufferedImage apply(BufferedImage src, int orientation, ReusedPixels reused) {
        if (RgbBytes.packed(src)) {
            return Turns.apply(src, orientation, reused);
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int o = orientation >= 1 && orientation <= 8 ? orientation : 1;
        boolean alpha = src.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (o == 1 && src.getType() == type) {
            return src;
        }
        // Maps stored pixel (x, y) to upright (u, v); see the EXIF spec's orientation table.
        AffineTransform t = switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean swap = swapsSides(o);
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
