package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Prints milliseconds per imported 12-megapixel JPEG (copy, hash, validate, thumbnail and preview,
 * database row), with the importer using every core. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.ImportBenchmark [photos]}
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Path work = Files.createTempDirectory("import-bench");
        try {
            Path in = work.resolve("in");
            Files.createDirectories(in);
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                byte[] jpeg = TestImages.withExif(photoLike(4000, 3000, i), Exif.taken("2026:03:01 10:00:00").withOrientation(6));
                Files.write(in.resolve(String.format("IMG_%04d.jpg", i)), jpeg);
                bytes += jpeg.length;
            }
            System.out.printf("%d JPEGs of 4000x3000 (12 MP), %.1f MB each, %d cores, max heap %d MB%n",
                    count, bytes / 1e6 / count, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            warmUp(work);
            try (AppContext context = new AppContext(Library.open(work.resolve("journal")), Clock.systemDefaultZone())) {
                long start = System.nanoTime();
                ImportSummary summary = context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.CROWN),
                        ImportListener.NONE, () -> false);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("import: %s in %d ms = %d ms per photo (wall clock, all cores)%n", summary.line(), ms, ms / count);
                Runtime rt = Runtime.getRuntime();
                System.out.printf("heap in use after import: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Lets the JIT compile the decode and scale paths first, as a long-running app would have. */
    private static void warmUp(Path work) throws Exception {
        Path in = work.resolve("warm");
        Files.createDirectories(in);
        for (int i = 0; i < 4; i++) {
            Files.write(in.resolve(i + ".jpg"), photoLike(4000, 3000, 1000 + i));
        }
        try (AppContext context = new AppContext(Library.open(work.resolve("warm-journal")), Clock.systemDefaultZone())) {
            context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.CROWN), ImportListener.NONE, () -> false);
        }
    }

    /** Smooth shapes plus sensor-like noise, so the JPEG is about as large as a phone photo. */
    static byte[] photoLike(int w, int h, int seed) throws Exception {
        BufferedImage img = TestImages.quadrants(w, h);
        Random random = new Random(seed);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(48) - 24;
                int r = clamp(((row[x] >> 16) & 0xFF) / 2 + x % 256 / 4 + n);
                int g = clamp(((row[x] >> 8) & 0xFF) / 2 + y % 256 / 4 + n);
                int b = clamp((row[x] & 0xFF) / 2 + (x + y) % 256 / 4 + n);
                row[x] = (r << 16) | (g << 8) | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return BenchData.jpeg(img, 0.9f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
