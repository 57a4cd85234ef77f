package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's scan on its own, without a window: what counts as new, complete and already known. */
class InboxTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @TempDir
    Path dir;
    Path folder;
    Library library;
    PhotoRepository photos;
    MutableClock clock = new MutableClock();
    Inbox inbox;

    static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(dir.resolve("Phone/Camera"));
        library = Library.open(dir.resolve("journal"));
        photos = new PhotoRepository(library.database());
        inbox = new Inbox(new Settings(library.database()), photos, library.layout(), clock, Duration.ofSeconds(3));
        inbox.setFolder(folder);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path photo(String name, Instant modified) throws IOException {
        Path file = TestImages.writeJpeg(folder.resolve(name), 40 + name.length(), 30, Exif.taken("2026:05:01 09:00:00"));
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("Phone"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(p.toString(), OriginalStore.sha256Of(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void offersEachNewPhotoOnceAndTouchesNothing() throws IOException {
        Instant old = NOW.minusSeconds(3600);
        Path a = photo("IMG_0001.JPG", old);
        Path b = photo("2026/IMG_0002.heic", old);
        photo(".IMG_0003.JPG.partial", old);
        Files.writeString(folder.resolve("IMG_0001.AAE"), "<plist/>");
        Files.writeString(folder.resolve("IMG_0001.MOV"), "video");
        Map<String, String> before = snapshot();

        Inbox.Scan first = inbox.takeNew();

        assertEquals(List.of(b, a), first.ready());
        assertEquals(0, first.stillWriting());
        assertEquals(List.of(folder, folder.resolve("2026")), first.folders());
        assertEquals(List.of(), inbox.takeNew().ready(), "offered once");
        assertEquals(before, snapshot(), "nothing in the inbox is moved, changed or deleted");
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItHasSettled() throws IOException {
        Path growing = photo("IMG_0010.JPG", NOW.minusMillis(500));

        assertEquals(List.of(), inbox.takeNew().ready());
        assertEquals(1, inbox.takeNew().stillWriting());

        clock.now = NOW.plusSeconds(4);
        Files.write(growing, new byte[100], java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(growing, FileTime.from(NOW.minusSeconds(60)));
        assertEquals(1, inbox.takeNew().stillWriting(), "its size changed since the last look, whatever its time says");

        assertEquals(List.of(growing), inbox.takeNew().ready());
    }

    @Test
    void photosAlreadyInTheJournalAreSkippedWithoutAWordEvenUnderAnotherName() throws IOException {
        Instant old = NOW.minusSeconds(3600);
        Path known = photo("IMG_0020.JPG", old);
        try (var context = new app.scalpjournal.context.AppContext(library, clock)) {
            context.importer().importPaths(List.of(known), ImportOptions.ownDates(Region.CROWN), ImportListener.NONE, () -> false);
            Path renamed = Files.copy(known, folder.resolve("copy of IMG_0020.jpg"));
            Files.setLastModifiedTime(renamed, FileTime.from(old));
            byte[] sameSize = Files.readAllBytes(known);
            sameSize[sameSize.length - 3] ^= 1;
            Path other = TestImages.write(folder.resolve("IMG_0021.JPG"), sameSize);
            Files.setLastModifiedTime(other, FileTime.from(old));

            assertEquals(List.of(other), context.inbox().takeNew().ready());
        }
    }

    /** A phone folder of thousands of photos already imported is hashed once, not at every start. */
    @Test
    void hashesAreRememberedAcrossSessionsByPathSizeAndTime() throws IOException {
        Instant old = NOW.minusSeconds(3600);
        Path known = photo("IMG_0030.JPG", old);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            new PhotoImporter(library.layout(), new EntryRepository(library.database(), clock), photos,
                    new PreviewCache(library.layout()), executor, clock)
                    .importPaths(List.of(known), ImportOptions.ownDates(Region.CROWN), ImportListener.NONE, () -> false);
        } finally {
            executor.shutdownNow();
        }
        assertEquals(List.of(), inbox.takeNew().ready());
        Path cache = library.layout().cache().resolve("inbox-hashes.txt");
        assertTrue(Files.readString(cache).startsWith(OriginalStore.sha256Of(known) + "\t"));

        // Same path, size and time, other bytes: a new session trusts the remembered hash and hashes nothing.
        byte[] bytes = Files.readAllBytes(known);
        bytes[bytes.length - 3] ^= 1;
        Files.write(known, bytes);
        Files.setLastModifiedTime(known, FileTime.from(old));
        Inbox nextSession = new Inbox(new Settings(library.database()), photos, library.layout(), clock, Duration.ofSeconds(3));
        assertEquals(List.of(), nextSession.takeNew().ready());
        Files.delete(cache);
        Inbox withoutCache = new Inbox(new Settings(library.database()), photos, library.layout(), clock, Duration.ofSeconds(3));
        assertEquals(List.of(known), withoutCache.takeNew().ready());
    }

    @Test
    void theInboxMustBeAFolderOutsideTheJournal() {
        assertThrows(IllegalArgumentException.class, () -> inbox.setFolder(dir.resolve("nothing here")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inbox.setFolder(library.layout().root()));
        assertTrue(e.getMessage().contains("journal's own folder"), e.getMessage());
        assertEquals(folder, inbox.folder().orElseThrow());
    }
}
