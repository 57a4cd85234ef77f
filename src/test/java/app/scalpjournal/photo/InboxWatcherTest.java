package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch on a real folder: files written into the inbox, one slowly in chunks as a sync does, each offered once and whole. */
class InboxWatcherTest {
    @TempDir
    Path dir;

    @Test
    void everyFileIsOfferedOnceAndOnlyWhenComplete() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        List<Path> offered = new CopyOnWriteArrayList<>();
        Map<Path, Long> sizeWhenOffered = new ConcurrentHashMap<>();
        List<Exception> errors = new CopyOnWriteArrayList<>();
        byte[] slow = TestImages.jpeg(900, 700, Exif.taken("2026:05:02 10:00:00"));
        try (Library library = Library.open(dir.resolve("journal"))) {
            Inbox inbox = new Inbox(new Settings(library.database()), new PhotoRepository(library.database()), library.layout(),
                    Clock.systemUTC(), Duration.ofMillis(800));
            inbox.setFolder(folder);
            TestImages.writeJpeg(folder.resolve("before-start.jpg"), 50, 40, Exif.NONE);
            try (InboxWatcher watcher = new InboxWatcher(inbox, Duration.ofSeconds(30), files -> {
                for (Path f : files) {
                    offered.add(f);
                    sizeWhenOffered.put(f, f.toFile().length());
                }
            }, errors::add).start()) {
                TestImages.writeJpeg(folder.resolve("quick.jpg"), 60, 40, Exif.NONE);
                Path chunked = folder.resolve("sub/slow.jpg");
                Files.createDirectories(chunked.getParent());
                try (OutputStream out = Files.newOutputStream(chunked)) {
                    int chunk = slow.length / 10 + 1;
                    for (int at = 0; at < slow.length; at += chunk) {
                        out.write(Arrays.copyOfRange(slow, at, Math.min(slow.length, at + chunk)));
                        out.flush();
                        Thread.sleep(250);
                    }
                }
                waitFor(() -> offered.size() >= 3, Duration.ofSeconds(20));
                Thread.sleep(2500); // time for a second, wrong offer to show up
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(3, offered.size(), "offered: " + offered);
        assertEquals(3, offered.stream().distinct().count(), "each once: " + offered);
        assertEquals((long) slow.length, sizeWhenOffered.get(dir.resolve("inbox/sub/slow.jpg")), "the slow file is offered whole");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }
}
