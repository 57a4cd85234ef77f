package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.compare.Side;
import app.scalpjournal.compare.ui.CompareWindow;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import app.scalpjournal.sample.SampleImages;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;

/**
 * Opens the compare view on a region with 200 photos (12-megapixel rows, 2048 px cached previews) and
 * prints how long until both photos are on screen, then steps the right side date by date and prints
 * the time to change a side's date (median, 90th percentile, max), at a person's pace and with the key
 * held, beside djpeg's time for one preview, and the heap held. Prints figures only; asserts nothing.
 * Run by hand:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) app.scalpjournal.bench.CompareOpenBench
 * </pre>
 */
public final class CompareOpenBench {
    static final int PHOTOS = 200;

    public static void main(String[] args) throws Exception {
        headless();
        Path dir = Files.createTempDirectory("compare-bench-");
        Platform.startup(() -> { });
        Platform.runLater(() -> Themes.apply(false));
        Platform.setImplicitExit(false);
        try (AppContext context = AppContext.open(dir)) {
            long t = System.nanoTime();
            fill(context);
            System.out.printf("journal: %d photos of one region written in %d ms%n", PHOTOS, ms(t));
            List<Long> opens = new ArrayList<>();
            List<Long> loaded = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            CompareWindow window = null;
            for (int run = 0; run < 6; run++) {
                if (window != null) {
                    CompareWindow old = window;
                    fx(() -> {
                        old.stage().close();
                        return null;
                    });
                }
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                window = fx(() -> new CompareWindow(null, services(context)).show(Region.CROWN));
                CompareWindow w = window;
                waitFor(() -> fx(() -> w.viewModel().pair().rightProperty().get() != null));
                loaded.add(ms(start));
                waitFor(() -> shown(w, "#leftViewport") && shown(w, "#rightViewport"));
                opens.add(ms(start));
                cpu.add((processCpuNanos() - cpuStart) / 1_000_000);
            }
            System.out.printf("open compare on %d photos until both previews are shown: first %d ms, then %s ms (median %d ms)%n",
                    PHOTOS, opens.get(0), opens.subList(1, opens.size()), median(opens.subList(1, opens.size())));
            System.out.printf("  CPU time the whole process used meanwhile (both cores, incl. list thumbnails; a fair figure on a busy machine): "
                    + "first %d ms, then median %d ms%n", cpu.get(0), median(cpu.subList(1, cpu.size())));
            System.out.printf("  of which until the window shows the region's dates and labels: first %d ms, then median %d ms%n",
                    loaded.get(0), median(loaded.subList(1, loaded.size())));
            System.out.printf("heap after open: %d MB%n", heapMb());
            CompareWindow w = window;
            // A user stepping through dates: one arrow key every 300 ms, so neighbours can be prefetched meanwhile.
            long[] paced = stepRight(w, 60, 300);
            System.out.printf("change the right side's date, a key every 300 ms (until the new photo shows at display size):"
                    + " median %.1f ms, 90th %.1f ms, max %.1f ms; %d of %d steps found the photo prefetched%n",
                    pct(paced, 50), pct(paced, 90), pct(paced, 100), atOnce, paced.length);
            BenchFigures.print("step_median_ms", pct(paced, 50));
            BenchFigures.print("step_p90_ms", pct(paced, 90));
            BenchFigures.print("step_max_ms", pct(paced, 100));
            long[] rushed = stepRight(w, 60, 0);
            System.out.printf("the same, keys held down (next key as soon as the photo shows): median %.1f ms, 90th %.1f ms, max %.1f ms;"
                    + " %d of %d prefetched%n", pct(rushed, 50), pct(rushed, 90), pct(rushed, 100), atOnce, rushed.length);
            System.out.printf("heap after %d steps: %d MB%n", paced.length + rushed.length, heapMb());
            Path previewFile = context.previews().previewPath(context.photos().listAll().get(0).sha256());
            System.out.printf("anchor: djpeg of one 2048x1536 preview: median %.1f ms (goal: 90th pct <= 2x that, max < 100 ms)%n",
                    djpegMs(previewFile));
            fx(() -> {
                w.stage().close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /** Steps of the last {@link #stepRight} whose photo was in memory (prefetched) when the key was handled. */
    private static int atOnce;

    /** Steps the right side one date earlier {@code count} times, pausing {@code pauseMs} between keys; nanoseconds per step. */
    private static long[] stepRight(CompareWindow w, int count, long pauseMs) throws Exception {
        long[] steps = new long[count];
        atOnce = 0;
        for (int i = 0; i < count; i++) {
            int target = fx(() -> w.viewModel().pair().rightIndexProperty().get()) - 1;
            long start = System.nanoTime();
            boolean fromMemory = fx(() -> {
                w.viewModel().pair().step(Side.RIGHT, -1);
                return w.view().shownWidth(Side.RIGHT) >= 600;
            });
            if (fromMemory) {
                atOnce++;
            }
            waitFor(() -> fx(() -> w.viewModel().pair().rightIndexProperty().get() == target && w.view().shownWidth(Side.RIGHT) >= 600));
            steps[i] = System.nanoTime() - start;
            Thread.sleep(pauseMs);
        }
        Arrays.sort(steps);
        return steps;
    }

    private static double pct(long[] sorted, int percentile) {
        int at = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }

    /** The median time djpeg (libjpeg-turbo) takes to decode the file, as the anchor for our own decoding. */
    private static double djpegMs(Path file) throws Exception {
        long[] runs = new long[15];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder("djpeg", "-outfile", "/dev/null", file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2] / 1e6;
    }

    /** As the window wires it, with a fresh image cache per window so every open starts cold. */
    private static CompareWindow.Services services(AppContext context) {
        FxTaskRunner runner = new FxTaskRunner(context.executor());
        return new CompareWindow.Services(context.compare(), context.comparisonWriter(),
                new ImageCache(context.photoPixels(), runner, 160L << 20), runner, context.clock());
    }

    /** 200 photo rows on 200 days, each with cached preview and thumbnail files (two drawn pictures, copied). */
    private static void fill(AppContext context) throws Exception {
        Path preview = Files.createTempFile("preview", ".jpg");
        Path thumb = Files.createTempFile("thumb", ".jpg");
        ImageIO.write(SampleImages.draw(Region.CROWN, 1, SampleImages.Framing.NEUTRAL, 2048, 1536), "jpg", preview.toFile());
        // Each date gets its own copy, so no decode is shared by file name.
        ImageIO.write(SampleImages.draw(Region.CROWN, 1, SampleImages.Framing.NEUTRAL, 320, 240), "jpg", thumb.toFile());
        LocalDate d0 = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < PHOTOS; i++) {
            LocalDate day = d0.plusDays(i * 2L);
            long entry = context.entries().findOrCreate(day).id();
            String sha = String.format("%064x", i + 1);
            Photo p = context.photos().insert(new Photo(0, entry, sha, "jpg", "p" + i + ".jpg", 3_000_000, TakenAt.of(day.atTime(8, 0)),
                    DateSource.EXIF, 4032, 3024, 1, Region.CROWN, Instant.now()));
            copy(preview, context.previews().previewPath(p.sha256()));
            copy(thumb, context.previews().thumbnailPath(p.sha256()));
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static boolean shown(CompareWindow window, String viewport) throws Exception {
        return fx(() -> {
            Parent v = (Parent) window.stage().getScene().lookup(viewport);
            return v != null && ((ImageView) v.getChildrenUnmodifiable().get(0)).getImage() != null;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapMb() throws Exception {
        // Let pending FX work finish, then collect, so the figure is what stays held.
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(idle::countDown);
        idle.await();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void headless() {
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"prism.text", "t2k"}, {"java.awt.headless", "true"}, {"headless.geometry", "1920x1200-32"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }
}
