package app.scalpjournal.photo;

import java.awt.image.BufferedImage;

/**
 * Applies an EXIF orientation to three-byte pixels (what JPEG decodes to, in either byte order: see
 * {@link RgbBytes}) by moving bytes, so the picture keeps its layout: drawing it into another image
 * type costs more than the turn, and the JPEG encoder and the shrinking filter take these as they are.
 */
final class Turns {
    private Turns() {
    }

    /** The upright picture: {@code src} itself for orientation 1 (and unknown values), else a new image. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        return apply(src, orientation, null);
    }

    /** As {@link #apply(BufferedImage, int)}, into {@code reused}'s kept pixels (null: a new image). */
    static BufferedImage apply(BufferedImage src, int orientation, ReusedPixels reused) {
        if (!RgbBytes.packed(src)) {
            throw new IllegalArgumentException("three bytes a pixel only, not type " + src.getType());
        }
        if (orientation < 2 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        int dw = swap ? h : w;
        BufferedImage out = reused != null ? reused.turned(src, dw, swap ? w : h) : RgbBytes.like(src, dw, swap ? w : h);
        byte[] in = RgbBytes.bytes(src);
        byte[] to = RgbBytes.bytes(out);
        // Upright (u, v) of stored pixel (x, y), from the EXIF orientation table: u = u0 + ux*x + uy*y, v likewise.
        int[] m = switch (orientation) {
            case 2 -> new int[] {w - 1, -1, 0, 0, 0, 1};
            case 3 -> new int[] {w - 1, -1, 0, h - 1, 0, -1};
            case 4 -> new int[] {0, 1, 0, h - 1, 0, -1};
            case 5 -> new int[] {0, 0, 1, 0, 1, 0};
            case 6 -> new int[] {h - 1, 0, -1, 0, 1, 0};
            case 7 -> new int[] {h - 1, 0, -1, w - 1, -1, 0};
            default -> new int[] {0, 0, 1, w - 1, -1, 0};
        };
        // Moving one stored pixel right moves this far in the output, in bytes.
        int step = 3 * (m[1] + m[4] * dw);
        for (int y = 0, p = 0; y < h; y++) {
            int q = 3 * ((m[3] + m[5] * y) * dw + m[0] + m[2] * y);
            for (int x = 0; x < w; x++, p += 3, q += step) {
                to[q] = in[p];
                to[q + 1] = in[p + 1];
                to[q + 2] = in[p + 2];
            }
        }
        return out;
    }
}
