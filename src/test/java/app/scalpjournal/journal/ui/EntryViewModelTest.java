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
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    private final List<Entry> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        entries = new EntryRepository(library.database(), clock);
        photos = new PhotoRepository(library.database());
        model = new EntryViewModel(entries, photos, new SameThreadTaskRunner(), clock);
        model.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void loadingShowsNoteAndPhotosWithoutMarkingDirty() {
        Entry e = entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 3, 1)).id(), "hello");
        photos.insert(TimelineViewModelTest.photoRow(e.id(), "p1", e.date(), Region.BACK));
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
        assertEquals(EntryViewModel.SAVED, model.saveStatusProperty().get());
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
        Photo past = TimelineViewModelTest.photoRow(a.id(), "x", LocalDate.of(2026, 3, 1), Region.TOP);
        Photo future = TimelineViewModelTest.photoRow(a.id(), "y", LocalDate.of(2027, 1, 1), Region.TOP);
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
}
