package app.scalpjournal.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images for tests, made on the fly: JPEGs with a chosen EXIF orientation, DateTimeOriginal and
 * OffsetTimeOriginal (the APP1 segment is built by hand; metadata-extractor only reads), and plain
 * images in any format ImageIO writes. The stored picture has four coloured quadrants so a test can
 * tell where a corner ended up after orientation: red top-left, green top-right, blue bottom-left,
 * yellow bottom-right.
 */
public final class TestImages {
    public static final Color TOP_LEFT = Color.RED;
    public static final Color TOP_RIGHT = Color.GREEN;
    public static final Color BOTTOM_LEFT = Color.BLUE;
    public static final Color BOTTOM_RIGHT = Color.YELLOW;

    private TestImages() {
    }

    /** EXIF fields to write; null leaves a field out. Date texts are written as given, garbage included. */
    public record Exif(Integer orientation, String dateTimeOriginal, String offsetTimeOriginal) {
        public static final Exif NONE = new Exif(null, null, null);

        public static Exif orientation(int orientation) {
            return new Exif(orientation, null, null);
        }

        /** {@code yyyy:MM:dd HH:mm:ss}, as cameras write it. */
        public static Exif taken(String dateTimeOriginal) {
            return new Exif(null, dateTimeOriginal, null);
        }

        public Exif withOffset(String offset) {
            return new Exif(orientation, dateTimeOriginal, offset);
        }

        public Exif withOrientation(int o) {
            return new Exif(o, dateTimeOriginal, offsetTimeOriginal);
        }
    }

    /** A w x h picture of four coloured quadrants. */
    public static BufferedImage quadrants(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        int hw = Math.max(1, w / 2);
        int hh = Math.max(1, h / 2);
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, hw, hh);
        g.setColor(TOP_RIGHT);
        g.fillRect(hw, 0, w - hw, hh);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, hh, hw, h - hh);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(hw, hh, w - hw, h - hh);
        g.dispose();
        return img;
    }

    /** A JPEG of {@link #quadrants} with the given EXIF. */
    public static byte[] jpeg(int w, int h, Exif exif) {
        return withExif(encode(quadrants(w, h), "jpg"), exif);
    }

    public static Path writeJpeg(Path file, int w, int h, Exif exif) {
        return write(file, jpeg(w, h, exif));
    }

    /** Writes an image in a format ImageIO (with TwelveMonkeys) can write: jpg, png, gif, bmp, tiff, webp is read-only. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format + " and " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG of {@link #quadrants} stored as four-channel Adobe CMYK (inverted, as Photoshop writes it)
     * or, with {@code ycck}, as YCCK. The JDK's writer encodes the raw channels; the APP14 marker tells
     * readers which transform applies.
     */
    public static byte[] cmykJpeg(int w, int h, boolean ycck) {
        BufferedImage src = quadrants(w, h);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = src.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                // Adobe CMYK stores inks inverted (255 - C = R, K = 0 ink stored as 255); YCCK is the
                // YCbCr transform of the inks C, M, Y themselves.
                int c = 255 - r;
                int m = 255 - g;
                int yy = 255 - b;
                int[] px = ycck
                        ? new int[] {clamp(0.299 * c + 0.587 * m + 0.114 * yy), clamp(128 - 0.168736 * c - 0.331264 * m + 0.5 * yy),
                            clamp(128 + 0.5 * c - 0.418688 * m - 0.081312 * yy), 255}
                        : new int[] {r, g, b, 255};
                raster.setPixel(x, y, px);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (ycck ? 2 : 0)};
        byte[] marked = new byte[jpeg.length + adobe.length];
        System.arraycopy(jpeg, 0, marked, 0, 2);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(jpeg, 2, marked, 2 + adobe.length, jpeg.length - 2);
        return marked;
    }

    /** A file shipped with the tests (for formats Java cannot write: WebP, HEIC). */
    public static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header declares another size than its pixels (a decompression bomb when large). */
    public static byte[] pngDeclaring(int declaredWidth, int declaredHeight) {
        byte[] png = encode(quadrants(8, 8), "png");
        ByteBuffer.wrap(png, 16, 8).putInt(declaredWidth).putInt(declaredHeight);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    /** A JPEG whose frame header declares another size than its data (a decompression bomb when large). */
    public static byte[] jpegDeclaring(int declaredWidth, int declaredHeight) {
        byte[] jpeg = jpeg(16, 16, Exif.NONE);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) declaredHeight).putShort((short) declaredWidth);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Inserts an EXIF APP1 segment after the JFIF APP0 segment (or after SOI when there is none). */
    public static byte[] withExif(byte[] jpeg, Exif exif) {
        if (exif == null || exif.equals(Exif.NONE)) {
            return jpeg;
        }
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        byte[] app1 = app1(exif);
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(app1, 0, out, at, app1.length);
        System.arraycopy(jpeg, at, out, at + app1.length, jpeg.length - at);
        return out;
    }

    /** One IFD entry; values of up to four bytes sit inline, longer ones in the data area. */
    private record Tag(int id, int type, int count, byte[] value) {
        static Tag shortValue(int id, int v) {
            return new Tag(id, 3, 1, new byte[] {(byte) (v >> 8), (byte) v});
        }

        static Tag longValue(int id, int v) {
            return new Tag(id, 4, 1, ByteBuffer.allocate(4).putInt(v).array());
        }

        static Tag ascii(int id, String s) {
            byte[] text = s.getBytes(StandardCharsets.ISO_8859_1);
            byte[] z = new byte[text.length + 1];
            System.arraycopy(text, 0, z, 0, text.length);
            return new Tag(id, 2, z.length, z);
        }
    }

    private static byte[] app1(Exif exif) {
        List<Tag> sub = new ArrayList<>();
        if (exif.dateTimeOriginal() != null) {
            sub.add(Tag.ascii(0x9003, exif.dateTimeOriginal()));
        }
        if (exif.offsetTimeOriginal() != null) {
            sub.add(Tag.ascii(0x9011, exif.offsetTimeOriginal()));
        }
        List<Tag> ifd0 = new ArrayList<>();
        if (exif.orientation() != null) {
            ifd0.add(Tag.shortValue(0x0112, exif.orientation()));
        }
        int ifd0Size = 2 + 12 * (ifd0.size() + (sub.isEmpty() ? 0 : 1)) + 4;
        int subOffset = 8 + ifd0Size;
        if (!sub.isEmpty()) {
            ifd0.add(Tag.longValue(0x8769, subOffset));
        }
        int subSize = sub.isEmpty() ? 0 : 2 + 12 * sub.size() + 4;
        ByteBuffer tiff = ByteBuffer.allocate(4096);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int dataAt = subOffset + subSize;
        ByteBuffer data = ByteBuffer.allocate(2048);
        dataAt = writeIfd(tiff, ifd0, data, dataAt);
        if (!sub.isEmpty()) {
            writeIfd(tiff, sub, data, dataAt);
        }
        tiff.put(data.array(), 0, data.position());
        int tiffLength = tiff.position();
        ByteBuffer seg = ByteBuffer.allocate(4 + 6 + tiffLength);
        seg.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
        seg.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        seg.put(tiff.array(), 0, tiffLength);
        return seg.array();
    }

    /** Writes an IFD at the buffer's position; long values go to {@code data}, which starts at offset {@code dataAt}. */
    private static int writeIfd(ByteBuffer tiff, List<Tag> tags, ByteBuffer data, int dataAt) {
        tiff.putShort((short) tags.size());
        int next = dataAt;
        for (Tag t : tags) {
            tiff.putShort((short) t.id()).putShort((short) t.type()).putInt(t.count());
            if (t.value().length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(t.value(), 0, inline, 0, t.value().length);
                tiff.put(inline);
            } else {
                tiff.putInt(next);
                data.put(t.value());
                next += t.value().length;
                if ((next & 1) == 1) {
                    data.put((byte) 0);
                    next++;
                }
            }
        }
        tiff.putInt(0);
        return next;
    }
}
