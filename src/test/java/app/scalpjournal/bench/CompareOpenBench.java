package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.compare.Side;
import app.scalpjournal.compare.ui.CompareWindow;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import app.scalpjournal.sample.SampleImages;
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
 * prints how long until both photos are on screen, then steps the right side through every date and
 * prints the time per step and the heap held. Prints figures only; asserts nothing. Run by hand:
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
                window = fx(() -> new CompareWindow(null, context.compare(), context.photoImages(), context.executor()).show(Region.CROWN));
                CompareWindow w = window;
                waitFor(() -> fx(() -> w.viewModel().rightProperty().get() != null));
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
            long[] steps = new long[PHOTOS - 1];
            for (int i = 0; i < PHOTOS - 1; i++) {
                long start = System.nanoTime();
                int target = PHOTOS - 2 - i;
                fx(() -> {
                    w.viewModel().step(Side.RIGHT, -1);
                    return null;
                });
                waitFor(() -> w.viewModel().rightIndexProperty().get() == target && shown(w, "#rightViewport"));
                steps[i] = System.nanoTime() - start;
                if ((i + 1) % 50 == 0) {
                    System.out.printf("after %3d steps: heap %d MB%n", i + 1, heapMb());
                }
            }
            Arrays.sort(steps);
            System.out.printf("step to a date not in memory, until its preview is shown: median %.1f ms, 90th %.1f ms, max %.1f ms%n",
                    steps[steps.length / 2] / 1e6, steps[steps.length * 9 / 10] / 1e6, steps[steps.length - 1] / 1e6);
            BenchFigures.print("step_median_ms", steps[steps.length / 2] / 1e6);
            BenchFigures.print("step_p90_ms", steps[steps.length * 9 / 10] / 1e6);
            BenchFigures.print("step_max_ms", steps[steps.length - 1] / 1e6);
            long back = System.nanoTime();
            fx(() -> {
                w.viewModel().step(Side.RIGHT, 1);
                return null;
            });
            waitFor(() -> shown(w, "#rightViewport"));
            System.out.printf("step back to a date still in memory: %.1f ms%n", (System.nanoTime() - back) / 1e6);
            fx(() -> {
                w.stage().close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /** 200 photo rows on 200 days, each with cached preview and thumbnail files (two drawn pictures, copied). */
    private static void fill(AppContext context) throws Exception {
        Path preview = Files.createTempFile("preview", ".jpg");
        Path thumb = Files.createTempFile("thumb", ".jpg");
        ImageIO.write(SampleImages.draw(Region.CROWN, 1, SampleImages.Framing.NEUTRAL, 2048, 1536), "jpg", preview.toFile());
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
