package app.scalpjournal.compare.ui;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PreviewCache;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Drawn pictures for test photos, written where the journal keeps its previews and thumbnails. */
final class SampleFiles {
    private final PreviewCache cache;

    SampleFiles(LibraryLayout layout) {
        this.cache = new PreviewCache(layout);
    }

    /**
     * Writes the photo's preview (its own size up to 2048 px, as the importer does) and thumbnail, framed
     * a little differently per seed. No original: the photos are small enough for the preview to be all of it.
     */
    void add(Photo photo, int seed) {
        double ratio = Math.min(1, (double) PreviewCache.PREVIEW_EDGE / Math.max(photo.width(), photo.height()));
        int w = (int) Math.round(photo.width() * ratio);
        int h = (int) Math.round(photo.height() * ratio);
        BufferedImage preview = draw(photo, seed, w, h);
        write(preview, cache.previewPath(photo.sha256()));
        write(ImageDecoder.fit(preview, PreviewCache.THUMBNAIL_EDGE), cache.thumbnailPath(photo.sha256()));
    }

    /** A quick picture that differs per seed (the sample journal's drawings take too long for a test's set-up). */
    private static BufferedImage draw(Photo photo, int seed, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0xd9a98a), w, h, new Color(0x8a5a44)));
            g.fillRect(0, 0, w, h);
            Random random = new Random(seed);
            g.setColor(new Color(0x3b2a20));
            for (int i = 0; i < 40; i++) {
                int x = random.nextInt(w);
                int y = random.nextInt(h);
                g.fillOval(x, y, w / 40, w / 40);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, h / 12)));
            g.drawString(photo.region().id() + " " + seed, w / 20, h - h / 10);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void write(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
