package app.scalpjournal.photo;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.TempFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Upright JPEG thumbnails (about 320 px) and screen previews (about 2048 px long edge) in
 * {@code cache/}, keyed by the original's SHA-256. Made once at import, rebuilt from the original
 * when missing; the folder can be deleted at any time.
 */
public final class PreviewCache {
    public static final int THUMBNAIL_EDGE = 320;
    public static final int PREVIEW_EDGE = 2048;
    private static final float QUALITY = 0.85f;

    private final LibraryLayout layout;
    private final OriginalStore store;

    public PreviewCache(LibraryLayout layout) {
        this.layout = layout;
        this.store = new OriginalStore(layout);
    }

    public Path thumbnail(Photo photo) throws IOException {
        return ensure(photo, thumbnailPath(photo.sha256()));
    }

    public Path preview(Photo photo) throws IOException {
        return ensure(photo, previewPath(photo.sha256()));
    }

    public Path thumbnailPath(String sha256) {
        return layout.cache().resolve("thumbs").resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    public Path previewPath(String sha256) {
        return layout.cache().resolve("previews").resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }

    /** Writes both sizes from an upright image at least preview-sized (or the whole picture when smaller). */
    void store(String sha256, BufferedImage upright) throws IOException {
        BufferedImage preview = ImageDecoder.fit(upright, PREVIEW_EDGE);
        write(preview, previewPath(sha256));
        write(ImageDecoder.fit(preview, THUMBNAIL_EDGE), thumbnailPath(sha256));
    }

    /** Removes a photo's cached images (after the photo is purged). */
    void remove(String sha256) throws IOException {
        Files.deleteIfExists(thumbnailPath(sha256));
        Files.deleteIfExists(previewPath(sha256));
    }

    /**
     * A photo's original, decoded upright no larger than {@code maxLongEdge} (0 = full size): HEIC/HEIF
     * through the platform's converter, everything else directly.
     */
    public BufferedImage readOriginal(Photo photo, int maxLongEdge) throws IOException {
        Path original = store.path(photo);
        if (ImageFormats.heifExtension(original) != null) {
            return HeifDecoder.decode(original, store.newTemp(".jpg"), maxLongEdge).decoded().image();
        }
        return ImageDecoder.readUpright(original, photo.orientation(), maxLongEdge);
    }

    private Path ensure(Photo photo, Path wanted) throws IOException {
        if (!Files.isRegularFile(wanted)) {
            store(photo.sha256(), readOriginal(photo, PREVIEW_EDGE));
        }
        return wanted;
    }

    /** Writes a JPEG under a temporary name and renames it, so a half-written file is never seen. */
    private void write(BufferedImage image, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = TempFiles.newTemp(layout, ".jpg");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(rgb(image), null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * JPEG has no alpha: transparent pixels are shown on white. The writer takes three-byte pixels as
     * they are (R, G, B order fastest: see {@link RgbBytes}); int pixels it would unpack one by one,
     * which doubles the cost of encoding.
     */
    private static BufferedImage rgb(BufferedImage image) {
        if (RgbBytes.packed(image)) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
