package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PhotoServiceTest extends ImportTestBase {
    private Photo importTaken(String name, String exifDate) {
        return imported(TestImages.writeJpeg(in.resolve(name), 30 + name.length(), 20, Exif.taken(exifDate)));
    }

    private void reopen() {
        context.close();
        context = new AppContext(Library.open(dir.resolve("journal")), CLOCK);
        context.tidy().run();
    }

    @Test
    void correctingADateMovesThePhotoToThatDayAndDropsTheEmptiedEntry() {
        Photo p = importTaken("a.jpg", "2026:03:01 10:00:00");
        long oldEntry = p.entryId();
        Photo moved = context.photoService().correctDate(p.id(), LocalDateTime.of(2026, 2, 20, 9, 30));
        assertEquals(DateSource.MANUAL, moved.dateSource());
        assertEquals("2026-02-20T09:30:00", moved.takenAt().iso());
        assertEquals(LocalDate.of(2026, 2, 20), context.entries().find(moved.entryId()).orElseThrow().date());
        assertTrue(context.entries().find(oldEntry).isEmpty(), "an entry with no photos and no note goes");
    }

    @Test
    void anEntryWithANoteStaysWhenItsPhotoMoves() {
        Photo p = importTaken("a.jpg", "2026:03:01 10:00:00");
        context.entries().updateNote(p.entryId(), "massage 10 min");
        context.photoService().correctDate(p.id(), LocalDateTime.of(2026, 3, 5, 8, 0));
        assertEquals("massage 10 min", context.entries().find(p.entryId()).orElseThrow().note());
    }

    @Test
    void deletedPhotoCanBeRestoredUntilTheJournalIsReopened() throws Exception {
        Photo keep = importTaken("keep.jpg", "2026:03:01 10:00:00");
        Photo gone = importTaken("gone.jpg", "2026:03:01 11:00:00");
        Path goneOriginal = context.library().layout().original(gone.sha256(), gone.ext());
        Path goneThumb = context.previews().thumbnail(gone);

        context.photoService().deletePhoto(keep.id());
        assertEquals(1, context.photos().count());
        context.photoService().restorePhoto(keep.id());
        context.photoService().deletePhoto(gone.id());
        assertEquals(1, context.photos().count());

        reopen();
        assertEquals(1, context.photos().count());
        assertTrue(context.photos().find(gone.id()).isEmpty());
        assertFalse(Files.exists(goneOriginal), "the purged photo's original is removed");
        assertFalse(Files.exists(goneThumb));
        assertTrue(Files.exists(context.library().layout().original(keep.sha256(), keep.ext())));
    }

    @Test
    void deletedEntryHidesItsPhotosAndRestoreBringsThemBack() {
        Photo p = importTaken("a.jpg", "2026:03:01 10:00:00");
        context.photoService().deleteEntry(p.entryId());
        assertTrue(context.entries().listNewestFirst().isEmpty());
        assertEquals(0, context.photos().count());
        context.photoService().restoreEntry(p.entryId());
        assertEquals(1, context.photos().count());

        context.photoService().deleteEntry(p.entryId());
        reopen();
        assertTrue(context.entries().find(p.entryId()).isEmpty());
        assertEquals(0, context.photos().listAllStored().size());
    }

    @Test
    void reimportingADeletedPhotoBringsItBackAsNew() {
        Path file = TestImages.writeJpeg(in.resolve("a.jpg"), 30, 20, Exif.taken("2026:03:01 10:00:00"));
        Photo first = imported(file);
        context.photoService().deletePhoto(first.id());
        Photo again = imported(file);
        assertEquals(first.sha256(), again.sha256());
        assertEquals(1, context.photos().count());
        assertTrue(Files.exists(context.library().layout().original(again.sha256(), again.ext())));
    }

    @Test
    void startUpRemovesTemporaryFilesAndOrphansButKeepsStoredOriginals() throws Exception {
        Photo p = importTaken("a.jpg", "2026:03:01 10:00:00");
        Path originals = context.library().layout().originals();
        Path temp = Files.writeString(originals.resolve(".tmp-interrupted"), "half");
        Path orphan = originals.resolve("dd").resolve("d".repeat(64) + ".jpg");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "copied, never recorded");
        Path stray = Files.writeString(originals.resolve("readme.txt"), "not ours to delete");
        reopen();
        assertFalse(Files.exists(temp));
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(stray), "unknown files are listed by check, never deleted");
        assertTrue(Files.exists(context.library().layout().original(p.sha256(), p.ext())));
    }

    @Test
    void originalsAreReadOnlyAndByteForByte() throws Exception {
        byte[] bytes = TestImages.jpeg(30, 20, Exif.taken("2026:03:01 10:00:00"));
        Photo p = imported(TestImages.write(in.resolve("a.jpg"), bytes));
        Path original = context.library().layout().original(p.sha256(), "jpg");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(original)));
        assertEquals(bytes.length, p.byteSize());
        assertEquals(p.sha256(), OriginalStore.sha256Of(original));
        assertFalse(Files.getPosixFilePermissions(original).stream().anyMatch(x -> x.name().endsWith("WRITE")));
        assertInstanceOf(ImportResult.Duplicate.class, importOne(in.resolve("a.jpg")));
    }
}
