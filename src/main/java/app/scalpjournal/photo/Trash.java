package app.scalpjournal.photo;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Sql;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Deleted entries and photos. Deleting only marks a row ({@code deleted_at}); the row and its original
 * stay until the user empties the trash or the item has been there {@link #KEEP} days. This is the
 * only place that removes an original, and only one the user deleted.
 */
public final class Trash {
    public static final Duration KEEP = Duration.ofDays(30);

    public enum Kind { ENTRY, PHOTO }

    /** One thing in the trash: a whole day (with its photo count) or a single photo. */
    public record Item(Kind kind, long id, LocalDate date, String name, int photos, Instant deletedAt) {
        /** When it leaves the trash by itself. */
        public Instant expiresAt() {
            return deletedAt.plus(KEEP);
        }
    }

    private final Database db;
    private final OriginalStore store;
    private final PreviewCache cache;
    private final Clock clock;

    public Trash(Library library, Clock clock) {
        this.db = library.database();
        this.store = new OriginalStore(library.layout());
        this.cache = new PreviewCache(library.layout());
        this.clock = clock;
    }

    /** Everything in the trash, most recently deleted first. */
    public List<Item> list() {
        return db.read(c -> {
            List<Item> items = new ArrayList<>(Sql.list(c, "SELECT e.id, e.entry_date, e.note, e.deleted_at,"
                    + " (SELECT count(*) FROM photo p WHERE p.entry_id = e.id) FROM entry e WHERE e.deleted_at IS NOT NULL",
                    List.of(), rs -> new Item(Kind.ENTRY, rs.getLong(1), LocalDate.parse(rs.getString(2)),
                            firstLine(rs.getString(3)), rs.getInt(5), Instant.parse(rs.getString(4)))));
            items.addAll(Sql.list(c, "SELECT p.id, e.entry_date, p.original_name, p.deleted_at FROM photo p"
                    + " JOIN entry e ON e.id = p.entry_id WHERE p.deleted_at IS NOT NULL AND e.deleted_at IS NULL",
                    List.of(), rs -> new Item(Kind.PHOTO, rs.getLong(1), LocalDate.parse(rs.getString(2)),
                            rs.getString(3), 1, Instant.parse(rs.getString(4)))));
            items.sort((a, b) -> b.deletedAt().compareTo(a.deletedAt()));
            return items;
        });
    }

    /** Brings an item back where it was; false when it is no longer in the trash. */
    public boolean restore(Kind kind, long id) {
        String table = kind == Kind.ENTRY ? "entry" : "photo";
        return db.transaction(c -> Sql.update(c, "UPDATE " + table + " SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id) == 1);
    }

    /** Removes everything in the trash for good, originals included; returns how many photos went. */
    public int empty() {
        return purgeDeletedBefore(Instant.MAX);
    }

    /** Removes what has been in the trash longer than {@link #KEEP}; run when a journal is opened. */
    public int expire() {
        return purgeDeletedBefore(Instant.now(clock).minus(KEEP).truncatedTo(ChronoUnit.SECONDS));
    }

    private int purgeDeletedBefore(Instant cutoff) {
        String before = cutoff.equals(Instant.MAX) ? "~" : cutoff.toString(); // "~" sorts after every timestamp
        List<String[]> gone = db.transaction(c -> {
            List<String[]> files = Sql.list(c, "SELECT p.sha256, p.ext FROM photo p JOIN entry e ON e.id = p.entry_id"
                    + " WHERE p.deleted_at < ? OR e.deleted_at < ?", List.of(before, before),
                    rs -> new String[] {rs.getString(1), rs.getString(2)});
            Sql.update(c, "DELETE FROM photo WHERE deleted_at < ?", before);
            Sql.update(c, "DELETE FROM photo WHERE entry_id IN (SELECT id FROM entry WHERE deleted_at < ?)", before);
            Sql.update(c, "DELETE FROM entry WHERE deleted_at < ?", before);
            return files;
        });
        for (String[] file : gone) {
            deleteOriginal(file[0], file[1]);
        }
        return gone.size();
    }

    /** After the rows are gone; an original that cannot be deleted stays, and check offers to re-attach it. */
    private void deleteOriginal(String sha256, String ext) {
        boolean stillUsed = db.read(c -> !Sql.list(c, "SELECT 1 FROM photo WHERE sha256 = ?", List.of(sha256), rs -> 1).isEmpty());
        if (stillUsed) {
            return;
        }
        try {
            store.delete(sha256, ext);
            cache.remove(sha256);
        } catch (IOException e) {
            // kept on disk: nothing is lost, and `check` reports it
        }
    }

    private static String firstLine(String note) {
        String line = note == null ? "" : note.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
