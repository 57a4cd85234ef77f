package app.scalpjournal.photo;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Edits to photos and entries that the window and the command line share: date corrections, and
 * deletions, which move things to the {@link Trash} (they can be brought back for 30 days).
 */
public final class PhotoService {
    private final Database db;
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final Clock clock;

    public PhotoService(Database db, EntryRepository entries, PhotoRepository photos, Clock clock) {
        this.db = db;
        this.entries = entries;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * Sets a photo's date by hand and files it under that day's entry, creating the entry when
     * needed. The entry it leaves is removed when nothing is left in it (no photos, empty note).
     */
    public Photo correctDate(long photoId, LocalDateTime when) {
        return db.transaction(c -> {
            Photo photo = photos.find(photoId).orElseThrow(() -> new IllegalArgumentException("no photo " + photoId));
            Entry target = entries.findOrCreate(when.toLocalDate());
            Photo moved = photos.updateDate(photoId, target.id(), TakenAt.of(when), DateSource.MANUAL);
            if (photo.entryId() != target.id()) {
                Sql.update(c, "DELETE FROM entry WHERE id = ? AND trim(note) = ''"
                        + " AND NOT EXISTS (SELECT 1 FROM photo WHERE entry_id = entry.id)", photo.entryId());
            }
            return moved;
        });
    }

    /** Moves a photo to the trash; {@link #restorePhoto} brings it back. */
    public void deletePhoto(long id) {
        photos.delete(id, Instant.now(clock));
    }

    public void restorePhoto(long id) {
        photos.restore(id);
    }

    /** Moves an entry with its photos to the trash; {@link #restoreEntry} brings them back. */
    public void deleteEntry(long id) {
        entries.delete(id);
    }

    public void restoreEntry(long id) {
        entries.restore(id);
    }
}
