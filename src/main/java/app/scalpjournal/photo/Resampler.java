package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Shrinks images with a separable filter over the exact source area each output pixel covers, so
 * fine detail (hair) averages instead of aliasing the way skipping pixels does. Works on the
 * decoder's packed pixels directly: 3-byte BGR (what JPEG decodes to) and int RGB, one byte per
 * channel, in fixed point.
 */
final class Resampler {
    /** How source pixels are weighed into an output pixel. */
    enum Filter {
        /** The share of each source pixel inside the output pixel's footprint: an exact area average. */
        BOX(0.5) {
            @Override
            double weight(int i, double centre, double scale) {
                double half = support / scale;
                return Math.max(0, Math.min(i + 1, centre + half) - Math.max(i, centre - half));
            }
        },
        /** Catmull-Rom: sharper edges than an average, for thumbnails. */
        CUBIC(2) {
            @Override
            double weight(int i, double centre, double scale) {
                double a = Math.abs((i + 0.5 - centre) * scale);
                if (a < 1) {
                    return 1.5 * a * a * a - 2.5 * a * a + 1;
                }
                return a < 2 ? -0.5 * a * a * a + 2.5 * a * a - 4 * a + 2 : 0;
            }
        };

        /** Half the filter's width, in output pixels. */
        final double support;

        Filter(double support) {
            this.support = support;
        }

        /** The weight of source pixel {@code i} for the output pixel centred at {@code centre} (source units). */
        abstract double weight(int i, double centre, double scale);
    }

    private static final int SHIFT = 14;

    private Resampler() {
    }

    /** Whether {@link #shrink} handles this image's pixel layout: what JPEG decodes to, and plain RGB. */
    static boolean supports(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB;
    }

    /** A new image of {@code w} x {@code h} (each at most the source's) of the same type. */
    static BufferedImage shrink(BufferedImage src, int w, int h, Filter filter) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, src.getType());
        boolean bytes = src.getType() == BufferedImage.TYPE_3BYTE_BGR;
        byte[] in = bytes ? ((DataBufferByte) src.getRaster().getDataBuffer()).getData()
                : unpack(((DataBufferInt) src.getRaster().getDataBuffer()).getData());
        // Rows first: that pass runs along memory (the JIT vectorises it) over the most pixels.
        byte[] mid = new byte[sw * 3 * h];
        vertical(in, sw * 3, Weights.of(sh, h, filter), mid);
        if (bytes) {
            horizontal(mid, sw, h, Weights.of(sw, w, filter), ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
        } else {
            byte[] shrunk = new byte[w * h * 3];
            horizontal(mid, sw, h, Weights.of(sw, w, filter), shrunk);
            pack(shrunk, ((DataBufferInt) out.getRaster().getDataBuffer()).getData());
        }
        return out;
    }

    /** Per output position: the first source index and the fixed-point weights of the sources it covers. */
    private record Weights(int[] first, int[][] weights) {
        static Weights of(int in, int out, Filter filter) {
            double scale = (double) out / in;
            double support = filter.support / scale;
            int[] first = new int[out];
            int[][] weights = new int[out][];
            for (int o = 0; o < out; o++) {
                double centre = (o + 0.5) / scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(in - 1, (int) Math.ceil(centre + support));
                while (lo < hi && filter.weight(lo, centre, scale) == 0) {
                    lo++;
                }
                while (hi > lo && filter.weight(hi, centre, scale) == 0) {
                    hi--;
                }
                double sum = 0;
                for (int i = lo; i <= hi; i++) {
                    sum += filter.weight(i, centre, scale);
                }
                int[] fixed = new int[hi - lo + 1];
                for (int i = lo; i <= hi; i++) {
                    fixed[i - lo] = (int) Math.round(filter.weight(i, centre, scale) / sum * (1 << SHIFT));
                }
                first[o] = lo;
                weights[o] = fixed;
            }
            return new Weights(first, weights);
        }
    }

    private static void horizontal(byte[] src, int sw, int sh, Weights wx, byte[] out) {
        int w = wx.first.length;
        int dst = 0;
        for (int y = 0; y < sh; y++) {
            int row = y * sw * 3;
            for (int x = 0; x < w; x++) {
                int[] k = wx.weights[x];
                int p = row + wx.first[x] * 3;
                int a = 0;
                int b = 0;
                int c = 0;
                for (int t = 0; t < k.length; t++, p += 3) {
                    a += k[t] * (src[p] & 0xFF);
                    b += k[t] * (src[p + 1] & 0xFF);
                    c += k[t] * (src[p + 2] & 0xFF);
                }
                out[dst++] = clamp(a);
                out[dst++] = clamp(b);
                out[dst++] = clamp(c);
            }
        }
    }

    private static void vertical(byte[] src, int rowLen, Weights wy, byte[] out) {
        int h = wy.first.length;
        int[] acc = new int[rowLen];
        for (int y = 0; y < h; y++) {
            Arrays.fill(acc, 0);
            int[] k = wy.weights[y];
            for (int t = 0; t < k.length; t++) {
                int weight = k[t];
                int row = (wy.first[y] + t) * rowLen;
                for (int i = 0; i < rowLen; i++) {
                    acc[i] += weight * (src[row + i] & 0xFF);
                }
            }
            int dst = y * rowLen;
            for (int i = 0; i < rowLen; i++) {
                out[dst + i] = clamp(acc[i]);
            }
        }
    }

    /** Rounds a fixed-point sum back to 0..255 (cubic weights can overshoot). */
    private static byte clamp(int acc) {
        int v = (acc + (1 << (SHIFT - 1))) >> SHIFT;
        return (byte) (v < 0 ? 0 : Math.min(255, v));
    }

    private static byte[] unpack(int[] rgb) {
        byte[] out = new byte[rgb.length * 3];
        for (int i = 0, j = 0; i < rgb.length; i++) {
            out[j++] = (byte) (rgb[i] >> 16);
            out[j++] = (byte) (rgb[i] >> 8);
            out[j++] = (byte) rgb[i];
        }
        return out;
    }

    private static void pack(byte[] s, int[] d) {
        for (int i = 0, j = 0; i < d.length; i++, j += 3) {
            d[i] = (s[j] & 0xFF) << 16 | (s[j + 1] & 0xFF) << 8 | (s[j + 2] & 0xFF);
        }
    }
}
