package app.scalpjournal.photo;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Edits to photos and entries that the window and the command line share: date corrections, and
 * deletions that can be undone until the journal is next opened ({@link #purgeDeleted}).
 */
public final class PhotoService {
    private final Database db;
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final OriginalStore store;
    private final PreviewCache cache;
    private final Clock clock;

    public PhotoService(Database db, EntryRepository entries, PhotoRepository photos, OriginalStore store, PreviewCache cache,
                        Clock clock) {
        this.db = db;
        this.entries = entries;
        this.photos = photos;
        this.store = store;
        this.cache = cache;
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

    /** Hides a photo; {@link #restorePhoto} brings it back until the journal is next opened. */
    public void deletePhoto(long id) {
        photos.delete(id, Instant.now(clock));
    }

    public void restorePhoto(long id) {
        photos.restore(id);
    }

    /** Hides an entry with its photos; {@link #restoreEntry} brings them back until the journal is next opened. */
    public void deleteEntry(long id) {
        entries.delete(id);
    }

    public void restoreEntry(long id) {
        entries.restore(id);
    }

    /**
     * Removes deleted photos and entries for good, with the photos' originals and cached images.
     * Called when the journal is opened, so an undo is possible for the whole session before.
     */
    public int purgeDeleted() {
        List<Photo> gone = db.transaction(c -> {
            List<Photo> purged = photos.purgeDeleted();
            entries.purgeDeleted();
            return purged;
        });
        for (Photo photo : gone) {
            try {
                if (!stillStored(photo.sha256())) {
                    store.delete(photo.sha256(), photo.ext());
                    cache.remove(photo.sha256());
                }
            } catch (IOException e) {
                // The file stays as an orphan; `check` lists it and the next start-up sweep retries.
            }
        }
        return gone.size();
    }

    private boolean stillStored(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM photo WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
