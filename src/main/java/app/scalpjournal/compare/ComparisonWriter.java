package app.scalpjournal.compare;

import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PreviewCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes a comparison as a PNG or JPEG file, the photos at the screen previews' resolution: the one
 * path behind the window's "Save image…" and the {@code compare} command. No display needed.
 */
public final class ComparisonWriter {
    private final PhotoPixels pixels;
    private final ComparisonRenderer renderer = new ComparisonRenderer();

    public ComparisonWriter(PhotoPixels pixels) {
        this.pixels = pixels;
    }

    /** Draws the comparison; each photo comes from its cached preview. */
    public BufferedImage render(Comparison comparison) {
        return renderer.render(comparison, p -> {
            try {
                return pixels.read(p.photo(), PreviewCache.PREVIEW_EDGE);
            } catch (IOException e) {
                throw new UncheckedIOException(p.photo().originalName() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Writes PNG, or JPEG for a .jpg/.jpeg name, under a temporary name first so no half-written file is left. */
    public void write(Comparison comparison, Path file) throws IOException {
        BufferedImage image;
        try {
            image = render(comparison);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpg" : "png";
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try {
            if (!ImageIO.write(image, format, tmp.toFile())) {
                throw new IOException("no " + format + " writer is available");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
