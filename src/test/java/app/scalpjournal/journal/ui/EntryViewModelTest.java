package app.scalpjournal.journal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.OriginalStore;
import app.scalpjournal.photo.PhotoService;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.PhotoRows;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.SameThreadTaskRunner;
import app.scalpjournal.ui.UndoStack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private EntryRepository entries;
    private PhotoRepository photos;
    private EntryViewModel model;
    private UndoStack undo;
    private final List<Entry> saved = new ArrayList<>();
    private final List<Long> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        entries = new EntryRepository(library.database(), clock);
        photos = new PhotoRepository(library.database());
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        undo = new UndoStack(runner);
        model = new EntryViewModel(entries, photos, new PhotoService(library.database(), entries, photos, clock),
                undo, runner, clock);
        model.saved().listen(saved::add);
        model.journalChanged().listen(changed::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void loadingShowsNoteAndPhotosWithoutMarkingDirty() {
        Entry e = entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 3, 1)).id(), "hello");
        photos.insert(PhotoRows.photoRow(e.id(), "p1", e.date(), Region.BACK));
        model.load(e.id());
        assertEquals("hello", model.noteProperty().get());
        assertEquals(1, model.photos().size());
        assertFalse(model.isDirty());
        model.saveNow();
        assertTrue(saved.isEmpty(), "nothing was typed, so nothing is written");
    }

    @Test
    void editedNoteIsSavedAndReported() {
        Entry e = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        model.load(e.id());
        model.noteProperty().set("massage 10 min");
        assertTrue(model.isDirty());
        model.saveNow();
        assertEquals(Messages.get("entry.note.saved"), model.saveStatusProperty().get());
        assertEquals("massage 10 min", entries.find(e.id()).orElseThrow().note());
        assertEquals(1, saved.size());
    }

    @Test
    void switchingEntrySavesTheOneBeingLeft() {
        Entry a = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        Entry b = entries.findOrCreate(LocalDate.of(2026, 3, 2));
        model.load(a.id());
        model.noteProperty().set("typed on a");
        model.load(b.id());
        assertEquals("typed on a", entries.find(a.id()).orElseThrow().note());
        assertEquals("", model.noteProperty().get());
        assertEquals(b.id(), model.entryProperty().get().id());
    }

    @Test
    void flushWritesSynchronouslyForClosing() {
        Entry a = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        model.load(a.id());
        model.noteProperty().set("last words");
        model.flush();
        assertEquals("last words", entries.find(a.id()).orElseThrow().note());
        assertFalse(model.isDirty());
    }

    @Test
    void futureDateIsFlagged() {
        Entry a = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        Photo past = PhotoRows.photoRow(a.id(), "x", LocalDate.of(2026, 3, 1), Region.TOP);
        Photo future = PhotoRows.photoRow(a.id(), "y", LocalDate.of(2027, 1, 1), Region.TOP);
        assertFalse(model.isInFuture(past));
        assertTrue(model.isInFuture(future));
    }

    @Test
    void clearShowsNothing() {
        Entry a = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        model.load(a.id());
        model.clear();
        assertNull(model.entryProperty().get());
        assertTrue(model.photos().isEmpty());
    }

    @Test
    void deletedPhotoComesBackWithUndo() {
        Entry e = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        Photo p = photos.insert(PhotoRows.photoRow(e.id(), "p1", e.date(), Region.BACK));
        photos.insert(PhotoRows.photoRow(e.id(), "p2", e.date(), Region.BACK));
        model.load(e.id());
        model.deletePhoto(p);
        assertEquals(1, model.photos().size());
        assertEquals("Deleted photo p1.jpg", undo.nextProperty().get());
        assertEquals(List.of(e.id()), changed);
        undo.undo();
        assertEquals(2, model.photos().size());
        assertTrue(undo.nextProperty().get().isEmpty());
        assertEquals("Restored: photo p1.jpg.", undo.messageProperty().get());
    }

    @Test
    void deletedEntryComesBackWithItsNoteAfterUndo() {
        Entry e = entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 3, 1)).id(), "kept");
        model.load(e.id());
        model.noteProperty().set("kept and more");
        model.deleteEntry();
        assertNull(model.entryProperty().get());
        assertTrue(entries.listNewestFirst().isEmpty());
        undo.undo();
        assertEquals("kept and more", model.noteProperty().get());
        assertEquals(e.id(), model.entryProperty().get().id());
    }

    @Test
    void correctedDateMovesPhotoToThatDayAndShowsIt() {
        Entry e = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        Photo p = photos.insert(PhotoRows.photoRow(e.id(), "p1", e.date(), Region.BACK));
        model.load(e.id());
        model.correctDate(p, LocalDateTime.of(2026, 2, 14, 8, 5));
        Photo moved = photos.find(p.id()).orElseThrow();
        assertEquals(DateSource.MANUAL, moved.dateSource());
        assertEquals(LocalDate.of(2026, 2, 14), model.entryProperty().get().date());
        assertEquals(List.of(moved.entryId()), changed);
    }

    @Test
    void regionChangeIsStored() {
        Entry e = entries.findOrCreate(LocalDate.of(2026, 3, 1));
        Photo p = photos.insert(PhotoRows.photoRow(e.id(), "p1", e.date(), Region.BACK));
        model.load(e.id());
        model.changeRegion(p, Region.CROWN);
        assertEquals(Region.CROWN, model.photos().get(0).region());
    }
}
