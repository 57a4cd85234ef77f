package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.TimeLapseRequest;
import app.scalpjournal.report.TimeLapses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Prints how long a time-lapse of 24 photos of 12 megapixels (4000x3000) takes at 1080 px, how big
 * the GIF is and how much heap was in use, with the preview cache cold and warm. Anchor: the brief's
 * "24 photos of 12 MP". Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.TimeLapseBench}
 */
public final class TimeLapseBench {
    private static final int PHOTOS = 24;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("timelapse-bench");
        try {
            Path journal = work.resolve("journal");
            try (AppContext context = new AppContext(Library.open(journal), Clock.systemDefaultZone())) {
                for (int i = 0; i < PHOTOS; i++) {
                    Path in = work.resolve("in-" + i + ".jpg");
                    ImageIO.write(SummaryBenchmark.photoLike(4000, 3000, i), "jpg", in.toFile());
                    context.importer().importPaths(List.of(in), new ImportOptions(Region.CROWN, LocalDate.of(2026, 1, 5).plusDays(i * 7L), ""),
                            ImportListener.NONE, () -> false);
                    Files.delete(in);
                }
                System.out.printf("%d photos of 4000x3000 of one region; %d cores, max heap %d MB%n", context.photos().count(),
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
                SummaryBenchmark.deleteTree(journal.resolve("cache").resolve("previews"));
                run(context, work.resolve("cold.gif"), "1080 px, cold preview cache");
                run(context, work.resolve("warm.gif"), "1080 px, warm preview cache");
            }
        } finally {
            SummaryBenchmark.deleteTree(work);
        }
    }

    private static void run(AppContext context, Path out, String label) throws Exception {
        TimeLapses lapses = context.timeLapses();
        System.gc();
        long start = System.nanoTime();
        TimeLapses.Plan plan = lapses.plan(TimeLapseRequest.of(Region.CROWN));
        long[] peak = {0};
        lapses.writeGif(plan, out, (done, total) -> {
            Runtime rt = Runtime.getRuntime();
            peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
        }, () -> false);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d frames %dx%d in %d ms (%d ms a frame), %.2f MB, heap in use up to %d MB%n", label,
                plan.frames().size(), plan.width(), plan.height(), ms, ms / plan.frames().size(), Files.size(out) / 1e6, peak[0] >> 20);
    }
}
