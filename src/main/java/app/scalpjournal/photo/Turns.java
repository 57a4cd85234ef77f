package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Applies an EXIF orientation to 3-byte BGR pixels (what JPEG decodes to) by moving bytes, so the
 * picture keeps its layout: drawing it into another image type costs more than the turn, and the
 * JPEG encoder and the shrinking filter take 3-byte BGR as it is.
 */
final class Turns {
    private Turns() {
    }

    /** The upright picture: {@code src} itself for orientation 1 (and unknown values), else a new image. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (src.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("3-byte BGR only, not type " + src.getType());
        }
        if (orientation < 2 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        int dw = swap ? h : w;
        BufferedImage out = new BufferedImage(dw, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] in = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
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
