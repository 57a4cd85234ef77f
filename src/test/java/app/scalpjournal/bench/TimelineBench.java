package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.journal.ui.TimelineViewModel;
import app.scalpjournal.ui.SameThreadTaskRunner;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.shell.MainWindow;
import app.scalpjournal.photo.ui.PhotoThumb;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.shell.SampleJournalOpener;
import app.scalpjournal.shell.ViewFactory;
import app.scalpjournal.shell.WindowServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Opens a journal of 10,000 photos in the real window (headless Monocle unless -Dgui) and prints how
 * long it takes until rows and their thumbnails show, how much heap it holds, and what a scroll
 * from top to bottom costs. Figures only; nothing is asserted.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.TimelineBench /tmp/bench-10k
 * </pre>
 */
public final class TimelineBench {
    static final int ENTRIES = 2_500;
    static final int PHOTOS_PER_ENTRY = 4;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/scalp-journal-bench-10k");
        if (!Files.exists(folder.resolve("journal.db"))) {
            long t = System.nanoTime();
            fill(folder);
            System.out.printf("filled %d entries / %d photos in %d ms%n", ENTRIES, ENTRIES * PHOTOS_PER_ENTRY, ms(t));
        }
        if (!Boolean.getBoolean("gui")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        long t0 = System.nanoTime();
        AppContext context = AppContext.open(folder);
        System.out.printf("journal opened (lock, checks, migrations, trash expiry): %d ms%n", ms(t0));
        long tm = System.nanoTime();
        TimelineViewModel model = new TimelineViewModel(context.entries(), context.photos(), new SameThreadTaskRunner());
        model.reload();
        System.out.printf("timeline view model built on its own: %d ms (%d rows)%n", ms(tm), model.items().size());
        ViewFactory views = new ViewFactory(WindowServices.of(context), new SampleJournalOpener(AppContext::open));
        long tw = System.nanoTime();
        MainWindow window = onFx(() -> {
            Themes.apply(false);
            MainWindow w = views.mainWindow();
            Stage stage = new Stage();
            Scene scene = new Scene(w, 1180, 760);
            Themes.style(scene);
            stage.setScene(scene);
            stage.show();
            return w;
        });
        System.out.printf("window built and shown: %d ms%n", ms(tw));
        ListView<TimelineItem> list = window.timeline().list();
        waitFor(() -> !list.getItems().isEmpty());
        System.out.printf("timeline rows shown: %d ms after opening (%d rows incl. month headers)%n", ms(t0), onFx(() -> list.getItems().size()));
        BenchFigures.print("rows_shown_ms", BenchFigures.sinceJvmStartMs());
        waitFor(() -> window.lookupAll(".photo-thumb").stream()
                .map(n -> (PhotoThumb) n)
                .filter(t -> t.photo() != null)
                .allMatch(PhotoThumb::isLoaded));
        System.out.printf("visible thumbnails shown: %d ms after opening%n", ms(t0));
        printHeap("heap after opening");
        BenchFigures.print("rss_open_mib", BenchFigures.rssMib());

        long ts = System.nanoTime();
        int size = onFx(() -> list.getItems().size());
        for (int i = 0; i < size; i += 15) {
            int at = i;
            onFx(() -> {
                list.scrollTo(at);
                return null;
            });
        }
        System.out.printf("scrolled %d rows top to bottom in steps of 15: %d ms%n", size, ms(ts));
        Thread.sleep(2000);
        printHeap("heap after scrolling everything");
        BenchFigures.print("rss_scrolled_mib", BenchFigures.rssMib());
        onFx(() -> {
            views.close();
            return null;
        });
        context.close();
        Platform.exit();
    }

    /** Rows written directly (one transaction), and one real thumbnail hard-linked for every photo. */
    static void fill(Path folder) throws Exception {
        Path sample = Files.createTempFile("thumb", ".jpg");
        TestImages.writeJpeg(sample, PreviewCache.THUMBNAIL_EDGE, 240, TestImages.Exif.NONE);
        try (Library library = Library.open(folder)) {
            PreviewCache cache = new PreviewCache(library.layout());
            String now = Instant.now().toString();
            library.database().transaction(c -> {
                try (PreparedStatement entry = c.prepareStatement(
                        "INSERT INTO entry(id, entry_date, note, created_at, updated_at) VALUES (?,?,?,?,?)");
                     PreparedStatement photo = c.prepareStatement("INSERT INTO photo(entry_id, sha256, ext, original_name, byte_size,"
                             + " taken_at, date_source, width, height, orientation, region, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    LocalDate day = LocalDate.of(2026, 6, 1);
                    String[] regions = {"hairline", "top", "crown", "back"};
                    for (int e = 1; e <= ENTRIES; e++) {
                        LocalDate date = day.minusDays(e);
                        entry.setLong(1, e);
                        entry.setString(2, date.toString());
                        entry.setString(3, "Day " + e + ": massage ten minutes, photos under the same lamp.\nMore words here.");
                        entry.setString(4, now);
                        entry.setString(5, now);
                        entry.addBatch();
                        for (int p = 0; p < PHOTOS_PER_ENTRY; p++) {
                            String sha = String.format("%064x", (long) e * 10 + p);
                            photo.setLong(1, e);
                            photo.setString(2, sha);
                            photo.setString(3, "jpg");
                            photo.setString(4, "IMG_" + e + "_" + p + ".jpg");
                            photo.setLong(5, 3_000_000);
                            photo.setString(6, date.atTime(9, p).toString());
                            photo.setString(7, "exif");
                            photo.setInt(8, 4000);
                            photo.setInt(9, 3000);
                            photo.setInt(10, 1);
                            photo.setString(11, regions[p]);
                            photo.setString(12, now);
                            photo.addBatch();
                        }
                    }
                    entry.executeBatch();
                    photo.executeBatch();
                }
                return null;
            });
            for (int e = 1; e <= ENTRIES; e++) {
                for (int p = 0; p < PHOTOS_PER_ENTRY; p++) {
                    Path thumb = cache.thumbnailPath(String.format("%064x", (long) e * 10 + p));
                    Files.createDirectories(thumb.getParent());
                    Files.createLink(thumb, sample);
                }
            }
        }
        Files.delete(sample);
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    static void waitFor(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    static void printHeap(String what) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s: %.1f MB used (max %.0f MB)%n", what, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
    }

    static long ms(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
