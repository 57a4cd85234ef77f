package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.shell.MainWindow;
import app.scalpjournal.shell.SampleJournalOpener;
import app.scalpjournal.shell.ViewFactory;
import app.scalpjournal.shell.WindowServices;
import app.scalpjournal.ui.Themes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * What the main window holds in memory on a journal of 10,000 photos: resident set size (what the
 * system sees), heap in use and committed, and the image cache (bounded by ViewFactory.IMAGE_CACHE_BYTES;
 * timeline thumbnails of 56 px), after opening and after scrolling every row of the timeline. Run it with the JVM
 * options the app ships with (the pom's javafx:run options, also in packaging/jpackage.sh), on the real
 * toolkit under Xvfb with -Dgui. Figures only; nothing is asserted.
 * Anchor (issue 11): under 400 MB resident after scrolling; it was 790–965 MB with the default heap.
 * Measured here (2 cores, 24 GB, Xvfb): default options 293 MB after opening, 524 MB after scrolling
 * (heap committed 276 MB of a 6 GB maximum); shipped options 227 MB and 324 MB (heap 71 MB committed).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * xvfb-run -a -s '-screen 0 1366x768x24' java -Dgui=true -Xms48m -Xmx512m -XX:+UseSerialGC \
 *   -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
 *   -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.WindowMemoryBench /tmp/bench-10k
 * </pre>
 */
public final class WindowMemoryBench {
    private WindowMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/scalp-journal-bench-10k");
        if (!Files.exists(folder.resolve("journal.db"))) {
            TimelineBench.fill(folder);
        }
        if (!Boolean.getBoolean("gui")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        AppContext context = AppContext.open(folder);
        ViewFactory views = new ViewFactory(WindowServices.of(context), new SampleJournalOpener(AppContext::open));
        MainWindow window = TimelineBench.onFx(() -> {
            Themes.apply(false);
            MainWindow w = views.mainWindow();
            Stage stage = new Stage();
            Scene scene = new Scene(w, 1366, 740);
            Themes.style(scene);
            stage.setScene(scene);
            stage.show();
            return w;
        });
        ListView<TimelineItem> list = window.timeline().list();
        TimelineBench.waitFor(() -> !list.getItems().isEmpty());
        Thread.sleep(3000);
        print("after opening", views);
        int size = TimelineBench.onFx(() -> list.getItems().size());
        for (int i = 0; i < size; i += 5) {
            int at = i;
            TimelineBench.onFx(() -> {
                list.scrollTo(at);
                return null;
            });
            Thread.sleep(2);
        }
        Thread.sleep(3000);
        print("after scrolling all " + size + " rows", views);
        TimelineBench.onFx(() -> {
            views.close();
            return null;
        });
        context.close();
        Platform.exit();
    }

    private static void print(String when, ViewFactory views) throws Exception {
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        int thumbnails = TimelineBench.onFx(views::cachedThumbnails);
        System.out.printf("%s: resident %d MB (anchor: under 400 MB), heap used %.0f MB of %.0f MB committed (max %.0f MB),"
                        + " %d thumbnails cached%n", when, residentMb(), heap, rt.totalMemory() / 1048576.0, rt.maxMemory() / 1048576.0,
                thumbnails);
    }

    /** VmRSS from /proc (Linux), in MB; -1 elsewhere. */
    static long residentMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
