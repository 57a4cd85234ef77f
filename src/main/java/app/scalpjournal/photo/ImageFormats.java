package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Which image formats are imported, told from the content (never the file name), and the reader for one. */
final class ImageFormats {
    /** Formats we import, by ImageIO format name, with the extension the stored original gets. */
    static final Map<String, String> EXTENSIONS = Map.of(
            "jpeg", "jpg", "png", "png", "gif", "gif", "bmp", "bmp", "tiff", "tif", "webp", "webp");

    static {
        // Picks up TwelveMonkeys' readers even when the classpath was scanned before they were added.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private ImageFormats() {
    }

    static ImageInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImageRejectedException("not a regular file");
        }
        if (Files.size(file) == 0) {
            throw new ImageRejectedException("empty file (0 bytes)");
        }
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new ImageRejectedException("cannot be read");
        }
        return in;
    }

    static ImageReader readerFor(ImageInputStream in, Path file) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (EXTENSIONS.containsKey(formatName(reader))) {
                reader.setInput(in, true, true);
                return reader;
            }
        }
        if (heifExtension(file) != null) {
            // Callers send HEIF through HeifDecoder; reaching this is a mistake, said plainly.
            throw new ImageRejectedException(Messages.get("heic.direct"));
        }
        throw new ImageRejectedException("not an image (unrecognised content; JPEG, PNG, GIF, BMP, TIFF, WebP and HEIC are supported)");
    }

    static String formatName(ImageReader reader) {
        try {
            return reader.getFormatName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The extension a HEIF file's original gets ("heic", or "avif" for AVIF), or null when the file
     * is no HEIF. HEIF/HEIC/AVIF files are ISO-BMFF: "ftyp" at offset 4 followed by a brand.
     */
    static String heifExtension(Path file) {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 12) < 12) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        String box = new String(head, 4, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!box.startsWith("ftyp")) {
            return null;
        }
        String brand = box.substring(4);
        if (brand.equals("avif") || brand.equals("avis")) {
            return "avif";
        }
        return List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1").contains(brand) ? "heic" : null;
    }
}
