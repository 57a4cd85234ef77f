package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.PhotoImages;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.sample.SampleImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Preview and thumbnail files drawn for test photos, standing in for the photo cache. Counts full decodes. */
final class SampleFiles implements PhotoImages {
    private final Path folder;
    private final Map<Long, Integer> seeds = new ConcurrentHashMap<>();
    final AtomicInteger fullDecodes = new AtomicInteger();

    SampleFiles(Path folder) {
        this.folder = folder;
    }

    /** Draws the preview (at most 1024 px) and thumbnail of a photo, framed a little differently per seed. */
    void add(Photo photo, int seed) {
        seeds.put(photo.id(), seed);
        double ratio = Math.min(1, 1024.0 / Math.max(photo.width(), photo.height()));
        write(draw(photo, seed, (int) Math.round(photo.width() * ratio), (int) Math.round(photo.height() * ratio)), preview(photo.id()));
        write(draw(photo, seed, 320, (int) Math.round(320.0 * photo.height() / photo.width())), thumb(photo.id()));
    }

    private static BufferedImage draw(Photo photo, int seed, int w, int h) {
        return SampleImages.draw(photo.region(), seed, seed == 0 ? SampleImages.Framing.NEUTRAL : SampleImages.Framing.jitter(seed), w, h);
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path preview(long id) {
        return folder.resolve(id + "-preview.jpg");
    }

    private Path thumb(long id) {
        return folder.resolve(id + "-thumb.jpg");
    }

    @Override
    public Path thumbnail(Photo photo) {
        return thumb(photo.id());
    }

    @Override
    public Path preview(Photo photo) {
        return preview(photo.id());
    }

    @Override
    public BufferedImage full(Photo photo, int maxLongEdge) {
        fullDecodes.incrementAndGet();
        return draw(photo, seeds.getOrDefault(photo.id(), 0), photo.width(), photo.height());
    }
}
