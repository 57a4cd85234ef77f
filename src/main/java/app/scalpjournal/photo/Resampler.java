package app.scalpjournal.photo;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shrinks images with a separable filter over the exact source area each output pixel covers, so
 * fine detail (hair) averages instead of aliasing the way skipping pixels does. Works on the
 * decoder's packed pixels directly: three bytes a pixel in either order (see {@link RgbBytes}) and
 * int RGB, one byte per channel, in fixed point.
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
    private static final int ONE = 1 << SHIFT;
    private static final int HALF = 1 << (SHIFT - 1);

    private Resampler() {
    }

    /** Whether {@link #shrink} handles this image's pixel layout: what JPEG decodes to, and plain RGB. */
    static boolean supports(BufferedImage image) {
        return RgbBytes.packed(image) || image.getType() == BufferedImage.TYPE_INT_RGB;
    }

    /**
     * A new image of {@code w} x {@code h} (each at most the source's) of the same layout. Works one
     * output row at a time: the source rows it covers are weighed into one row (small enough to stay
     * in the processor's cache), which is then shrunk along its length.
     */
    static BufferedImage shrink(BufferedImage src, int w, int h, Filter filter) {
        return shrink(src, w, h, filter, null);
    }

    /** As {@link #shrink(BufferedImage, int, int, Filter)}, into {@code reused}'s kept pixels for a packed picture (null: none). */
    static BufferedImage shrink(BufferedImage src, int w, int h, Filter filter, ReusedPixels reused) {
        int sw = src.getWidth();
        boolean bytes = RgbBytes.packed(src);
        BufferedImage out = !bytes ? new BufferedImage(w, h, src.getType()) : reused != null ? reused.shrunk(src, w, h) : RgbBytes.like(src, w, h);
        byte[] in = bytes ? RgbBytes.bytes(src) : unpack(((DataBufferInt) src.getRaster().getDataBuffer()).getData());
        byte[] dst = bytes ? RgbBytes.bytes(out) : new byte[w * h * 3];
        Weights wy = Weights.cached(src.getHeight(), h, filter);
        Weights wx = Weights.cached(sw, w, filter);
        byte[] line = new byte[sw * 3];
        int[] acc = new int[sw * 3];
        for (int y = 0; y < h; y++) {
            vertical(in, sw * 3, wy, y, acc, line);
            if (wx.taps == 2 && !wx.clamps) {
                horizontal2(line, wx, dst, y * w * 3);
            } else if (wx.taps == 3 && !wx.clamps) {
                horizontal3(line, wx, dst, y * w * 3);
            } else if (wx.taps == 4 && !wx.clamps) {
                horizontal4(line, wx, dst, y * w * 3);
            } else if (wx.taps == 5 && !wx.clamps) {
                horizontal5(line, wx, dst, y * w * 3);
            } else if (wx.taps == 8) {
                horizontal8(line, wx, dst, y * w * 3);
            } else {
                horizontal(line, wx, dst, y * w * 3);
            }
        }
        if (!bytes) {
            pack(dst, ((DataBufferInt) out.getRaster().getDataBuffer()).getData());
        }
        return out;
    }

    /**
     * Per output position {@code o}: the first source index {@code first[o]} and {@code taps}
     * fixed-point weights from there ({@code weights[o * taps ..]}, zero where a position needs
     * fewer), summing to exactly one. {@code clamps} when a weight is negative, so a sum can leave 0..255.
     */
    record Weights(int[] first, int[] weights, int taps, boolean clamps) {
        /**
         * Weights already worked out, by sizes and filter: one camera's photos all need the same few,
         * and working them out again costs each photo time and the first photos compiler time.
         */
        private static final Map<Long, Weights> KNOWN = new ConcurrentHashMap<>();
        private static final int KNOWN_MAX = 32;

        /** As {@link #of}; shared between threads, as nothing writes the arrays once they are made. */
        static Weights cached(int in, int out, Filter filter) {
            long key = (long) in << 33 | (long) out << 1 | filter.ordinal();
            Weights known = KNOWN.get(key);
            if (known == null) {
                if (KNOWN.size() >= KNOWN_MAX) {
                    KNOWN.clear();
                }
                known = of(in, out, filter);
                KNOWN.put(key, known);
            }
            return known;
        }

        static Weights of(int in, int out, Filter filter) {
            double scale = (double) out / in;
            double support = filter.support / scale;
            int[] lo = new int[out];
            int[] hi = new int[out];
            int taps = 1;
            for (int o = 0; o < out; o++) {
                double centre = (o + 0.5) / scale;
                lo[o] = Math.max(0, (int) Math.floor(centre - support));
                hi[o] = Math.min(in - 1, (int) Math.ceil(centre + support));
                while (lo[o] < hi[o] && filter.weight(lo[o], centre, scale) == 0) {
                    lo[o]++;
                }
                while (hi[o] > lo[o] && filter.weight(hi[o], centre, scale) == 0) {
                    hi[o]--;
                }
                taps = Math.max(taps, hi[o] - lo[o] + 1);
            }
            int[] first = new int[out];
            int[] weights = new int[out * taps];
            boolean clamps = false;
            for (int o = 0; o < out; o++) {
                double centre = (o + 0.5) / scale;
                first[o] = Math.min(lo[o], in - taps);
                double sum = 0;
                for (int i = lo[o]; i <= hi[o]; i++) {
                    sum += filter.weight(i, centre, scale);
                }
                int at = o * taps - first[o];
                int total = 0;
                int largest = at + lo[o];
                for (int i = lo[o]; i <= hi[o]; i++) {
                    weights[at + i] = (int) Math.round(filter.weight(i, centre, scale) / sum * ONE);
                    total += weights[at + i];
                    largest = weights[at + i] > weights[largest] ? at + i : largest;
                    clamps |= weights[at + i] < 0;
                }
                // Rounding can leave the sum a little off one; exactly one keeps flat colours flat and averages in 0..255.
                weights[largest] += ONE - total;
            }
            return new Weights(first, weights, taps, clamps);
        }
    }

    /**
     * The source rows of output row {@code y} weighed into one row. A preview weighs two or three
     * rows; those have loops of their own (small methods, which the JIT compiles quickly).
     */
    private static void vertical(byte[] src, int rowLen, Weights wy, int y, int[] acc, byte[] line) {
        int[] k = wy.weights;
        int from = y * wy.taps;
        int to = from + wy.taps - 1;
        while (k[from] == 0) {
            from++;
        }
        while (k[to] == 0) {
            to--;
        }
        int r0 = (wy.first[y] + from - y * wy.taps) * rowLen;
        if (to - from == 1 && !wy.clamps) {
            vertical2(src, r0, rowLen, k[from], k[to], line);
        } else if (to - from == 2 && !wy.clamps) {
            vertical3(src, r0, rowLen, k[from], k[from + 1], k[to], line);
        } else if (to - from == 3 && !wy.clamps) {
            vertical4(src, r0, rowLen, k[from], k[from + 1], k[from + 2], k[to], line);
        } else if (to - from == 4 && !wy.clamps) {
            vertical5(src, r0, rowLen, k, from, line);
        } else if (to - from == 7 && mirrored8(k, from)) {
            verticalMirrored8(src, r0, rowLen, k, from, line);
        } else {
            verticalAny(src, r0, rowLen, Arrays.copyOfRange(k, from, to + 1), acc, line);
        }
    }

    private static void vertical2(byte[] src, int r0, int rowLen, int w0, int w1, byte[] line) {
        int r1 = r0 + rowLen;
        for (int i = 0; i < rowLen; i++) {
            line[i] = (byte) ((w0 * (src[r0 + i] & 0xFF) + w1 * (src[r1 + i] & 0xFF) + HALF) >> SHIFT);
        }
    }

    private static void vertical3(byte[] src, int r0, int rowLen, int w0, int w1, int w2, byte[] line) {
        int r1 = r0 + rowLen;
        int r2 = r1 + rowLen;
        for (int i = 0; i < rowLen; i++) {
            line[i] = (byte) ((w0 * (src[r0 + i] & 0xFF) + w1 * (src[r1 + i] & 0xFF) + w2 * (src[r2 + i] & 0xFF) + HALF) >> SHIFT);
        }
    }

    /** Four rows: a box filter shrinking by about three, such as a preview printed in a small frame. */
    private static void vertical4(byte[] src, int r0, int rowLen, int w0, int w1, int w2, int w3, byte[] line) {
        int r1 = r0 + rowLen;
        int r2 = r1 + rowLen;
        int r3 = r2 + rowLen;
        for (int i = 0; i < rowLen; i++) {
            line[i] = (byte) ((w0 * (src[r0 + i] & 0xFF) + w1 * (src[r1 + i] & 0xFF) + w2 * (src[r2 + i] & 0xFF)
                    + w3 * (src[r3 + i] & 0xFF) + HALF) >> SHIFT);
        }
    }

    /** Five rows: a box filter shrinking by about four (a preview's thumbnail, on the way down). */
    private static void vertical5(byte[] src, int r0, int rowLen, int[] k, int from, byte[] line) {
        int w0 = k[from];
        int w1 = k[from + 1];
        int w2 = k[from + 2];
        int w3 = k[from + 3];
        int w4 = k[from + 4];
        int r1 = r0 + rowLen;
        int r2 = r1 + rowLen;
        int r3 = r2 + rowLen;
        int r4 = r3 + rowLen;
        for (int i = 0; i < rowLen; i++) {
            line[i] = (byte) ((w0 * (src[r0 + i] & 0xFF) + w1 * (src[r1 + i] & 0xFF) + w2 * (src[r2 + i] & 0xFF)
                    + w3 * (src[r3 + i] & 0xFF) + w4 * (src[r4 + i] & 0xFF) + HALF) >> SHIFT);
        }
    }

    /** Whether the eight weights from {@code at} read the same backwards, as the cubic filter's do away from the edges. */
    private static boolean mirrored8(int[] k, int at) {
        return k[at] == k[at + 7] && k[at + 1] == k[at + 6] && k[at + 2] == k[at + 5] && k[at + 3] == k[at + 4];
    }

    /**
     * Eight rows with {@link #mirrored8} weights (the cubic filter halving a picture: every thumbnail's
     * last step): rows weighed alike are added first, which halves the multiplications, the loop's cost.
     */
    private static void verticalMirrored8(byte[] src, int r0, int rowLen, int[] k, int from, byte[] line) {
        int w0 = k[from];
        int w1 = k[from + 1];
        int w2 = k[from + 2];
        int w3 = k[from + 3];
        int r1 = r0 + rowLen;
        int r2 = r1 + rowLen;
        int r3 = r2 + rowLen;
        int r4 = r3 + rowLen;
        int r5 = r4 + rowLen;
        int r6 = r5 + rowLen;
        int r7 = r6 + rowLen;
        for (int i = 0; i < rowLen; i++) {
            line[i] = clamp(w0 * ((src[r0 + i] & 0xFF) + (src[r7 + i] & 0xFF)) + w1 * ((src[r1 + i] & 0xFF) + (src[r6 + i] & 0xFF))
                    + w2 * ((src[r2 + i] & 0xFF) + (src[r5 + i] & 0xFF)) + w3 * ((src[r3 + i] & 0xFF) + (src[r4 + i] & 0xFF)));
        }
    }

    /** Any number of rows, weighed four at a time: a row at a time made a trip through the sums per row. */
    private static void verticalAny(byte[] src, int r0, int rowLen, int[] k, int[] acc, byte[] line) {
        Arrays.fill(acc, 0);
        int t = 0;
        for (; t + 4 <= k.length; t += 4) {
            int a = r0 + t * rowLen;
            int b = a + rowLen;
            int c = b + rowLen;
            int d = c + rowLen;
            int w0 = k[t];
            int w1 = k[t + 1];
            int w2 = k[t + 2];
            int w3 = k[t + 3];
            for (int i = 0; i < rowLen; i++) {
                acc[i] += w0 * (src[a + i] & 0xFF) + w1 * (src[b + i] & 0xFF) + w2 * (src[c + i] & 0xFF) + w3 * (src[d + i] & 0xFF);
            }
        }
        for (; t < k.length; t++) {
            int weight = k[t];
            int row = r0 + t * rowLen;
            for (int i = 0; i < rowLen; i++) {
                acc[i] += weight * (src[row + i] & 0xFF);
            }
        }
        for (int i = 0; i < rowLen; i++) {
            line[i] = clamp(acc[i]);
        }
    }

    /** One output row from a weighed row of source width, three bytes a pixel, any number of taps. */
    private static void horizontal(byte[] line, Weights wx, byte[] out, int dst) {
        int taps = wx.taps;
        for (int x = 0, kt = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int a = 0;
            int b = 0;
            int c = 0;
            for (int t = 0; t < taps; t++, p += 3) {
                int weight = wx.weights[kt++];
                a += weight * (line[p] & 0xFF);
                b += weight * (line[p + 1] & 0xFF);
                c += weight * (line[p + 2] & 0xFF);
            }
            out[dst++] = clamp(a);
            out[dst++] = clamp(b);
            out[dst++] = clamp(c);
        }
    }

    /** {@link #horizontal} for two non-negative taps (a box filter shrinking by less than two). */
    private static void horizontal2(byte[] line, Weights wx, byte[] out, int dst) {
        int[] k = wx.weights;
        for (int x = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int w0 = k[2 * x];
            int w1 = k[2 * x + 1];
            out[dst++] = round(w0 * (line[p] & 0xFF) + w1 * (line[p + 3] & 0xFF));
            out[dst++] = round(w0 * (line[p + 1] & 0xFF) + w1 * (line[p + 4] & 0xFF));
            out[dst++] = round(w0 * (line[p + 2] & 0xFF) + w1 * (line[p + 5] & 0xFF));
        }
    }

    /** {@link #horizontal} for three non-negative taps (a box filter shrinking by two or a little less: a 12 MP photo's preview). */
    private static void horizontal3(byte[] line, Weights wx, byte[] out, int dst) {
        int[] k = wx.weights;
        for (int x = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int w0 = k[3 * x];
            int w1 = k[3 * x + 1];
            int w2 = k[3 * x + 2];
            out[dst++] = round(w0 * (line[p] & 0xFF) + w1 * (line[p + 3] & 0xFF) + w2 * (line[p + 6] & 0xFF));
            out[dst++] = round(w0 * (line[p + 1] & 0xFF) + w1 * (line[p + 4] & 0xFF) + w2 * (line[p + 7] & 0xFF));
            out[dst++] = round(w0 * (line[p + 2] & 0xFF) + w1 * (line[p + 5] & 0xFF) + w2 * (line[p + 8] & 0xFF));
        }
    }

    /** {@link #horizontal} for four non-negative taps (a box filter shrinking by about three). */
    private static void horizontal4(byte[] line, Weights wx, byte[] out, int dst) {
        int[] k = wx.weights;
        for (int x = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int w0 = k[4 * x];
            int w1 = k[4 * x + 1];
            int w2 = k[4 * x + 2];
            int w3 = k[4 * x + 3];
            for (int c = 0; c < 3; c++, p++) {
                out[dst++] = round(w0 * (line[p] & 0xFF) + w1 * (line[p + 3] & 0xFF) + w2 * (line[p + 6] & 0xFF)
                        + w3 * (line[p + 9] & 0xFF));
            }
        }
    }

    /** {@link #horizontal} for five non-negative taps (a box filter shrinking by about four). */
    private static void horizontal5(byte[] line, Weights wx, byte[] out, int dst) {
        int[] k = wx.weights;
        for (int x = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int w0 = k[5 * x];
            int w1 = k[5 * x + 1];
            int w2 = k[5 * x + 2];
            int w3 = k[5 * x + 3];
            int w4 = k[5 * x + 4];
            for (int c = 0; c < 3; c++, p++) {
                out[dst++] = round(w0 * (line[p] & 0xFF) + w1 * (line[p + 3] & 0xFF) + w2 * (line[p + 6] & 0xFF)
                        + w3 * (line[p + 9] & 0xFF) + w4 * (line[p + 12] & 0xFF));
            }
        }
    }

    /**
     * {@link #horizontal} for eight taps, any weights (the cubic filter halving a picture). Where they are
     * {@link #mirrored8}, everywhere but near the edges, pixels weighed alike are added first.
     */
    private static void horizontal8(byte[] line, Weights wx, byte[] out, int dst) {
        int[] k = wx.weights;
        for (int x = 0; x < wx.first.length; x++) {
            int p = wx.first[x] * 3;
            int q = 8 * x;
            if (mirrored8(k, q)) {
                int w0 = k[q];
                int w1 = k[q + 1];
                int w2 = k[q + 2];
                int w3 = k[q + 3];
                for (int c = 0; c < 3; c++, p++) {
                    out[dst++] = clamp(w0 * ((line[p] & 0xFF) + (line[p + 21] & 0xFF)) + w1 * ((line[p + 3] & 0xFF) + (line[p + 18] & 0xFF))
                            + w2 * ((line[p + 6] & 0xFF) + (line[p + 15] & 0xFF)) + w3 * ((line[p + 9] & 0xFF) + (line[p + 12] & 0xFF)));
                }
            } else {
                for (int c = 0; c < 3; c++, p++) {
                    int a = 0;
                    for (int t = 0; t < 8; t++) {
                        a += k[q + t] * (line[p + 3 * t] & 0xFF);
                    }
                    out[dst++] = clamp(a);
                }
            }
        }
    }

    /** Rounds a fixed-point sum of non-negative weights (summing to one, so it stays in 0..255) back to a byte. */
    private static byte round(int acc) {
        return (byte) ((acc + HALF) >> SHIFT);
    }

    /** Rounds a fixed-point sum back to 0..255 (cubic weights can overshoot). */
    private static byte clamp(int acc) {
        return (byte) Math.max(0, Math.min(255, (acc + HALF) >> SHIFT));
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
