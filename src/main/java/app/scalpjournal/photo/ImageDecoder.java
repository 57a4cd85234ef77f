package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.imgscalr.Scalr;

/**
 * Reads images safely: the format is detected from the content, the declared size is checked against
 * a pixel budget before any pixels are decoded, large images are decoded subsampled, and the EXIF
 * orientation is applied. TwelveMonkeys' readers (registered through the classpath) add CMYK/YCCK
 * JPEG, TIFF and WebP.
 */
public final class ImageDecoder {
    /** Decompression bombs declare huge sizes; nothing above this many pixels is decoded. */
    public static final long PIXEL_BUDGET = 100_000_000L;
    /** Long edges up to this are thumbnail-sized: few pixels, so the sharper, costlier filter is used. */
    static final int SMALL_EDGE = 640;

    private ImageDecoder() {
    }

    /** What the header says, read without decoding pixels. {@code ext} is the detected format's extension. */
    public record Probe(String ext, int width, int height) {
    }

    /** A decoded image and any warnings the reader gave (truncated or damaged data that still decoded). */
    public record Decoded(BufferedImage image, List<String> warnings) {
    }

    /**
     * Detects the format and reads the declared size. Throws {@link ImageRejectedException} with a
     * one-line reason for anything we do not import.
     */
    public static Probe probe(Path file) throws IOException {
        try (ImageInputStream in = ImageFormats.open(file)) {
            ImageReader reader = ImageFormats.readerFor(in, file);
            try {
                int[] size = checkedSize(reader);
                return new Probe(ImageFormats.EXTENSIONS.get(ImageFormats.formatName(reader)), size[0], size[1]);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Reads the file upright, no larger than {@code maxLongEdge} on its long edge (0 = full size). */
    public static BufferedImage readUpright(Path file, int orientation, int maxLongEdge) throws IOException {
        return decode(file, orientation, maxLongEdge).image();
    }

    /**
     * As {@link #readUpright}, a picture that decodes to three bytes a pixel (any colour JPEG) in R, G, B
     * byte order: the JPEG decoder and encoder copy its rows whole, where they move 3-byte BGR pixel by
     * pixel. For pixels on their way to a JPEG; Java2D draws this layout slowly, so {@link #drawable} first.
     */
    public static BufferedImage readUprightRgb(Path file, int orientation, int maxLongEdge) throws IOException {
        return decode(file, orientation, maxLongEdge, new ReusedPixels()).image();
    }

    /** Whether the JPEG encoder takes the picture's rows whole: three bytes a pixel, in either byte order. */
    public static boolean encodesWhole(BufferedImage image) {
        return RgbBytes.packed(image);
    }

    /** The picture in a layout Java2D draws with its fast loops: R, G, B bytes become a new 3-byte BGR image, anything else stays. */
    public static BufferedImage drawable(BufferedImage image) {
        return RgbBytes.isRgb(image) ? RgbBytes.toBgr(image) : image;
    }

    /** As {@link #readUpright}, keeping the reader's warnings. */
    public static Decoded decode(Path file, int orientation, int maxLongEdge) throws IOException {
        return decode(file, orientation, maxLongEdge, null);
    }

    /** As {@link #decode(Path, int, int)}, decoding a whole picture into {@code reused}'s pixels when they fit. */
    static Decoded decode(Path file, int orientation, int maxLongEdge, ReusedPixels reused) throws IOException {
        try (ImageInputStream in = ImageFormats.open(file)) {
            ImageReader reader = ImageFormats.readerFor(in, file);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                int[] size = checkedSize(reader);
                int w = size[0];
                int h = size[1];
                BufferedImage raw = readPixels(reader, subsampling(Math.max(w, h), maxLongEdge), w, h, reused);
                // Shrinking first turns far fewer pixels: a quarter turn of a 12 MP photo costs more than its shrink.
                return new Decoded(ExifOrientation.apply(fit(raw, maxLongEdge, reused), orientation, reused), List.copyOf(warnings));
            } catch (OutOfMemoryError e) {
                throw new ImageRejectedException("too large to decode in the available memory");
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decodes the first image ({@code width} by {@code height}), every {@code step}-th pixel in each
     * direction; read whole, into {@code reused}'s pixels when it has them (null for none).
     */
    private static BufferedImage readPixels(ImageReader reader, int step, int width, int height, ReusedPixels reused)
            throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        if (reused != null) {
            reused.offer(reader, param, (width + step - 1) / step, (height + step - 1) / step);
        }
        BufferedImage raw;
        try {
            raw = reader.read(0, param);
        } catch (IIOException | RuntimeException e) {
            // Readers throw all kinds of runtime exceptions on damaged data; all mean the same to the user.
            throw new ImageRejectedException(damage(shortMessage(e)));
        }
        if (raw == null) {
            throw new ImageRejectedException("damaged image data");
        }
        return raw;
    }

    /**
     * Refuses an image whose reader warned while decoding it: a truncated or corrupt JPEG decodes
     * with warnings only (the missing part grey), and must not be stored as if it were a good photo.
     */
    public static void requireWhole(Decoded decoded) throws ImageRejectedException {
        for (String warning : decoded.warnings()) {
            if (!aboutColourProfile(warning)) {
                throw new ImageRejectedException(damage(warning));
            }
        }
    }

    /** A CMYK JPEG without an ICC profile warns about its colours, yet every pixel is there: not damage. */
    private static boolean aboutColourProfile(String warning) {
        String w = String.valueOf(warning).toLowerCase(java.util.Locale.ROOT);
        return w.contains("icc") || w.contains("color profile");
    }

    /** The reason for a decoder's complaint: a file cut short says so, anything else is damaged data. */
    static String damage(String detail) {
        String d = String.valueOf(detail).toLowerCase(java.util.Locale.ROOT);
        boolean early = d.contains("premature end") || d.contains("eof") || d.contains("end of file")
                || d.contains("unexpected end") || d.contains("truncated");
        return early ? Messages.get("import.endsEarly", detail) : Messages.get("import.damaged", detail);
    }

    /**
     * How many source pixels to step over while decoding: far above the target, reading every n-th
     * pixel still leaves at least twice the target for the filter in {@link #fit} to average down,
     * so nothing aliases; closer than that, every pixel is read.
     */
    static int subsampling(int longEdge, int maxLongEdge) {
        if (maxLongEdge <= 0 || longEdge <= maxLongEdge) {
            return 1;
        }
        return Math.max(1, longEdge / (2 * maxLongEdge));
    }

    /**
     * Scales down (never up) so the long edge is at most {@code maxLongEdge}; 0 keeps the size. Each
     * output pixel averages the source area it covers (a box filter, cheap on 12 MP); sizes up to
     * {@link #SMALL_EDGE} finish with a cubic filter, which keeps fine strands sharp in thumbnails.
     */
    public static BufferedImage fit(BufferedImage image, int maxLongEdge) {
        return fit(image, maxLongEdge, null);
    }

    /** As {@link #fit(BufferedImage, int)}, a preview-sized picture into {@code reused}'s kept pixels (null: none). */
    static BufferedImage fit(BufferedImage image, int maxLongEdge, ReusedPixels reused) {
        int w = image.getWidth();
        int h = image.getHeight();
        int longEdge = Math.max(w, h);
        if (maxLongEdge <= 0 || longEdge <= maxLongEdge) {
            return image;
        }
        double scale = (double) maxLongEdge / longEdge;
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        if (!Resampler.supports(image)) {
            return Scalr.resize(image, Scalr.Method.QUALITY, Scalr.Mode.FIT_EXACT, tw, th);
        }
        if (maxLongEdge > SMALL_EDGE) {
            return Resampler.shrink(image, tw, th, Resampler.Filter.BOX, reused);
        }
        // Thumbnails: average down to twice the size, then a cubic filter keeps strands crisp.
        BufferedImage halfway = longEdge > 2 * maxLongEdge
                ? Resampler.shrink(image, Math.max(1, 2 * tw), Math.max(1, 2 * th), Resampler.Filter.BOX) : image;
        return Resampler.shrink(halfway, tw, th, Resampler.Filter.CUBIC);
    }

    /** The declared {width, height}, refused when damaged or over the pixel budget. */
    private static int[] checkedSize(ImageReader reader) throws IOException {
        int w;
        int h;
        try {
            w = reader.getWidth(0);
            h = reader.getHeight(0);
        } catch (IIOException | RuntimeException e) {
            throw new ImageRejectedException("damaged image header (" + shortMessage(e) + ")");
        }
        if (w <= 0 || h <= 0) {
            throw new ImageRejectedException("damaged image header (size " + w + "x" + h + ")");
        }
        if ((long) w * h > PIXEL_BUDGET) {
            throw new ImageRejectedException("declares " + w + "x" + h + " pixels, more than the "
                    + PIXEL_BUDGET / 1_000_000 + " megapixel limit");
        }
        return new int[] {w, h};
    }

    static String shortMessage(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
