package app.scalpjournal.journal.ui;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Signal;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.PhotoService;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.UndoStack;
import app.scalpjournal.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected entry: its date, photos and note. The note is saved by itself: the view calls
 * {@link #saveNow()} after a pause in typing, on focus loss and before another entry is shown;
 * {@link #flush()} saves synchronously when the window closes.
 */
public final class EntryViewModel {
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final PhotoService service;
    private final UndoStack undo;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObjectProperty<Entry> entry = new SimpleObjectProperty<>();
    private final ObservableList<Photo> entryPhotos = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty saveStatus = new SimpleStringProperty("");
    private final Signal<Entry> saved = new Signal<>();
    private final Signal<Long> journalChanged = new Signal<>();
    private boolean settingNote;
    private boolean dirty;
    private TaskRunner.Handle loading;

    public EntryViewModel(EntryRepository entries, PhotoRepository photos, PhotoService service, UndoStack undo,
                          TaskRunner runner, Clock clock) {
        this.entries = entries;
        this.photos = photos;
        this.service = service;
        this.undo = undo;
        this.runner = runner;
        this.clock = clock;
        note.addListener((obs, old, now) -> {
            if (!settingNote && entry.get() != null) {
                dirty = true;
                saveStatus.set("");
            }
        });
    }

    public ObjectProperty<Entry> entryProperty() {
        return entry;
    }

    public ObservableList<Photo> photos() {
        return entryPhotos;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** "Saved", "Saving…", a one-line problem, or empty while there is nothing to report. */
    public StringProperty saveStatusProperty() {
        return saveStatus;
    }

    /** Fired on the UI thread with each entry after its note was stored (the timeline updates its row). */
    public Signal<Entry> saved() {
        return saved;
    }

    /**
     * Fired on the UI thread after photos or entries changed (delete, undo, date or region
     * corrected) with the entry to show next, or -1 for none: the timeline reloads and selects it.
     */
    public Signal<Long> journalChanged() {
        return journalChanged;
    }

    public void deletePhoto(Photo photo) {
        long entryId = photo.entryId();
        write(() -> service.deletePhoto(photo.id()), () -> {
            undo.push(Messages.get("entry.undo.photo", photo.originalName()), () -> service.restorePhoto(photo.id()), () -> journalChanged(entryId));
            journalChanged(entryId);
        });
    }

    public void deleteEntry() {
        Entry current = entry.get();
        if (current == null) {
            return;
        }
        flush();
        write(() -> service.deleteEntry(current.id()), () -> {
            undo.push(Messages.get("entry.undo.entry", DateFormats.day(current.date())), () -> service.restoreEntry(current.id()),
                    () -> journalChanged(current.id()));
            show(new Loaded(null, List.of()));
            journalChanged(-1);
        });
    }

    /** Sets the photo's date by hand; it moves to that day's entry, which is shown next. */
    public void correctDate(Photo photo, LocalDateTime when) {
        flush();
        runner.run(() -> service.correctDate(photo.id(), when), moved -> journalChanged(moved.entryId()),
                e -> saveStatus.set(Messages.get("entry.dateNotChanged", e.getMessage())));
    }

    public void changeRegion(Photo photo, Region region) {
        write(() -> photos.updateRegion(photo.id(), region), () -> journalChanged(photo.entryId()));
    }

    private void write(Runnable work, Runnable then) {
        runner.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> then.run(), e -> saveStatus.set(Messages.get("entry.notChanged", e.getMessage())));
    }

    private void journalChanged(long entryToShow) {
        if (entryToShow >= 0) {
            load(entryToShow);
        }
        journalChanged.fire(entryToShow);
    }

    /** A date later than now is kept as the user gave it, but marked so they can check it. */
    public boolean isInFuture(Photo photo) {
        return photo.takenAt() != null && photo.takenAt().local().isAfter(LocalDateTime.now(clock));
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Shows another entry; unsaved text of the current one is saved first. */
    public void load(long entryId) {
        saveNow();
        if (loading != null) {
            loading.cancel();
        }
        loading = runner.run(() -> new Loaded(entries.find(entryId).orElse(null), photos.listByEntry(entryId)),
                this::show, e -> saveStatus.set(Messages.get("entry.unreadable", e.getMessage())));
    }

    /** Reads the shown entry again (after its photos changed). */
    public void refresh() {
        Entry current = entry.get();
        if (current != null) {
            load(current.id());
        }
    }

    public void clear() {
        saveNow();
        show(new Loaded(null, List.of()));
    }

    public void saveNow() {
        Entry current = entry.get();
        if (!dirty || current == null) {
            return;
        }
        dirty = false;
        String text = note.get();
        saveStatus.set(Messages.get("entry.note.saving"));
        runner.run(() -> entries.updateNote(current.id(), text), saved -> {
            if (entry.get() != null && entry.get().id() == saved.id() && !dirty) {
                saveStatus.set(Messages.get("entry.note.saved"));
            }
            this.saved.fire(saved);
        }, e -> {
            dirty = true;
            saveStatus.set(Messages.get("entry.note.notSaved", e.getMessage()));
        });
    }

    /** Saves unsaved text now, on the calling thread: for closing the window. */
    public void flush() {
        Entry current = entry.get();
        if (dirty && current != null) {
            dirty = false;
            entries.updateNote(current.id(), note.get());
        }
    }

    private record Loaded(Entry entry, List<Photo> photos) {
    }

    private void show(Loaded loaded) {
        settingNote = true;
        try {
            entry.set(loaded.entry());
            note.set(loaded.entry() == null ? "" : loaded.entry().note());
        } finally {
            settingNote = false;
        }
        dirty = false;
        saveStatus.set("");
        entryPhotos.setAll(loaded.photos());
    }
}
