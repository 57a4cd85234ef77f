package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.cli.CliRun;
import app.scalpjournal.library.Library;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting goes to a trash that survives restarts, is emptied only after 30 days or by the user. */
class TrashTest {
    /** The command line runs on the real clock, so the test's days count from now. */
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("j");
    }

    /** Opens a session as the window and the commands do: the trash's expiry runs then. */
    private AppContext open(Instant at) {
        AppContext context = new AppContext(Library.open(journal()), Clock.fixed(at, ZoneOffset.UTC));
        context.tidy().run();
        return context;
    }

    private List<Photo> importTwoDays() {
        for (String day : List.of("2026-03-01", "2026-03-02")) {
            Path f = TestImages.writeJpeg(dir.resolve("in/" + day + ".jpg"), 64, 48, TestImages.Exif.taken(day.replace('-', ':') + " 09:00:00"));
            assertEquals(0, CliRun.run(journal(), "import", f.toString()).exit());
        }
        try (AppContext c = open(NOW)) {
            return c.photos().listAll();
        }
    }

    @Test
    void deletedPhotosAndEntriesSurviveReopeningAndComeBack() throws Exception {
        List<Photo> photos = importTwoDays();
        Photo first = photos.get(0);
        Photo second = photos.get(1);
        try (AppContext c = open(NOW)) {
            c.photoService().deletePhoto(first.id());
            c.photoService().deleteEntry(second.entryId());
        }
        for (int i = 0; i < 2; i++) {
            try (AppContext c = open(NOW.plus(Duration.ofDays(29)))) { // reopened 29 days later, still in the trash
                assertEquals(0, c.photos().count());
                assertEquals(2, c.trash().list().size());
            }
        }
        assertTrue(Files.exists(originalOf(first)) && Files.exists(originalOf(second)));
        try (AppContext c = open(NOW)) {
            Trash.Item entry = c.trash().list().stream().filter(it -> it.kind() == Trash.Kind.ENTRY).findFirst().orElseThrow();
            assertEquals(second.entryId(), entry.id());
            assertEquals(1, entry.photos());
            assertTrue(c.trash().restore(Trash.Kind.ENTRY, entry.id()));
            assertTrue(c.trash().restore(Trash.Kind.PHOTO, first.id()));
            assertEquals(2, c.photos().count());
            assertFalse(c.trash().restore(Trash.Kind.PHOTO, first.id()), "no longer in the trash");
        }
        assertEquals(0, CliRun.run(journal(), "check").exit());
    }

    @Test
    void theTrashEmptiesItselfAfterThirtyDaysOrWhenTheUserSays() throws Exception {
        List<Photo> photos = importTwoDays();
        try (AppContext c = open(NOW.minus(Duration.ofDays(31)))) {
            c.photoService().deletePhoto(photos.get(0).id());
        }
        try (AppContext c = open(NOW.minus(Duration.ofDays(26)))) {
            c.photoService().deletePhoto(photos.get(1).id());
        }
        try (AppContext c = open(NOW)) { // the first has been there 31 days
            assertEquals(List.of(photos.get(1).id()), c.trash().list().stream().map(Trash.Item::id).toList());
        }
        assertFalse(Files.exists(originalOf(photos.get(0))), "removed for good after 30 days");
        assertTrue(Files.exists(originalOf(photos.get(1))));

        CliRun list = CliRun.run(journal(), "trash", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("photo " + photos.get(1).id()) && list.out().contains("1 item(s) in the trash"), list.out());
        CliRun empty = CliRun.run(journal(), "trash", "empty");
        assertEquals(0, empty.exit(), empty.err());
        assertFalse(Files.exists(originalOf(photos.get(1))));
        assertEquals(0, CliRun.run(journal(), "check").exit());
    }

    @Test
    void trashRestoreOnTheCommandLine() throws Exception {
        List<Photo> photos = importTwoDays();
        try (AppContext c = open(NOW)) {
            c.photoService().deletePhoto(photos.get(0).id());
        }
        assertEquals(1, CliRun.run(journal(), "trash", "restore", "photo", "999").exit());
        assertEquals(2, CliRun.run(journal(), "trash", "restore", "folder", "1").exit());
        CliRun restore = CliRun.run(journal(), "trash", "restore", "photo", String.valueOf(photos.get(0).id()));
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(CliRun.run(journal(), "list", "--json").out().contains(photos.get(0).sha256()));
    }

    @Test
    void aDayInTheTrashThatGetsANewPhotoComesBackWithItsNoteAndKeepsItsOldPhotosInTheTrash() throws Exception {
        List<Photo> photos = importTwoDays();
        Photo first = photos.get(0);
        try (AppContext c = open(NOW)) {
            c.entries().appendNote(first.entryId(), "Café note");
            c.photoService().deleteEntry(first.entryId());
        }
        Path again = TestImages.writeJpeg(dir.resolve("in/later.jpg"), 70, 48, TestImages.Exif.taken("2026:03:01 18:00:00"));
        assertEquals(0, CliRun.run(journal(), "import", again.toString()).exit());
        try (AppContext c = open(NOW)) {
            assertTrue(c.entries().find(first.entryId()).orElseThrow().note().contains("Café note"));
            assertEquals(List.of(first.id()), c.trash().list().stream().map(Trash.Item::id).toList());
        }
        assertTrue(Files.exists(originalOf(first)));
    }

    private Path originalOf(Photo p) {
        return journal().resolve("originals").resolve(p.sha256().substring(0, 2)).resolve(p.sha256() + "." + p.ext());
    }
}
