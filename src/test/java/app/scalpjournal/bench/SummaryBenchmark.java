package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.Paper;
import app.scalpjournal.report.SummaryDocument;
import app.scalpjournal.report.SummaryRequest;
import app.scalpjournal.report.VisitSummaries;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints how long a visit summary of 4 regions x 4 dates of 12-megapixel photos takes to build,
 * render and save, and how big the PDF is: once with the preview cache cold (previews deleted), once
 * warm. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.SummaryBenchmark}
 */
public final class SummaryBenchmark {
    private static final List<Region> REGIONS = List.of(Region.HAIRLINE, Region.TOP, Region.CROWN, Region.BACK);

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("summary-bench");
        try {
            Path journal = work.resolve("journal");
            try (AppContext context = new AppContext(Library.open(journal), Clock.systemDefaultZone())) {
                int n = 0;
                for (Region region : REGIONS) {
                    for (int d = 0; d < 4; d++) {
                        Path in = work.resolve("in-" + n + ".jpg");
                        ImageIO.write(photoLike(4000, 3000, n++), "jpg", in.toFile());
                        context.importer().importPaths(List.of(in), new ImportOptions(region, LocalDate.of(2026, 1, 5).plusDays(d * 30L), ""),
                                ImportListener.NONE, () -> false);
                    }
                }
                System.out.printf("%d photos of 4000x3000 in %d regions; %d cores, max heap %d MB%n",
                        context.photos().count(), REGIONS.size(), Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                deleteTree(journal.resolve("cache").resolve("previews"));
                run(context, work.resolve("cold.pdf"), "cold preview cache");
                run(context, work.resolve("warm.pdf"), "warm preview cache");
                run(context, work.resolve("warm2.pdf"), "warm again");
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void run(AppContext context, Path out, String label) throws Exception {
        VisitSummaries summaries = context.visitSummaries();
        System.gc();
        long start = System.nanoTime();
        SummaryDocument summary = summaries.build(new SummaryRequest(null, null, List.of(), 4, true, "", null));
        long built = System.nanoTime();
        int pages;
        try (PDDocument pdf = summaries.render(summary, Paper.A4, p -> { })) {
            long rendered = System.nanoTime();
            summaries.save(pdf, out);
            pages = pdf.getNumberOfPages();
            long saved = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%s: build %d ms, render %d ms, save %d ms, total %d ms; %d pages, %.2f MB, heap in use %d MB%n",
                    label, (built - start) / 1_000_000, (rendered - built) / 1_000_000, (saved - rendered) / 1_000_000,
                    (saved - start) / 1_000_000, pages, Files.size(out) / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    /** Smooth shapes with fine grain, so JPEG compresses it about as hard as a real photo. */
    private static BufferedImage photoLike(int w, int h, int seed) {
        Random random = new Random(seed);
        BufferedImage small = new BufferedImage(w / 4, h / 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), w / 4f, h / 4f, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, w / 4, h / 4);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(w / 4), random.nextInt(h / 4), 5 + random.nextInt(60), 5 + random.nextInt(60));
        }
        g.dispose();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D big = img.createGraphics();
        big.drawImage(small, 0, 0, w, h, null);
        big.dispose();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int noise = random.nextInt(24) - 12;
                int r = clamp(((row[x] >> 16) & 0xFF) + noise);
                int gr = clamp(((row[x] >> 8) & 0xFF) + noise);
                int b = clamp((row[x] & 0xFF) + noise);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
