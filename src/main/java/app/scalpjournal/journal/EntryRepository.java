package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.IsoText;
import app.scalpjournal.library.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Journal entries in SQLite. Entries in the trash are invisible until restored or purged. */
public final class EntryRepository {
    private static final String COLUMNS = "id, entry_date, note, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    public EntryRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The entry for a day, created empty when there is none; a deleted one is brought back. */
    public Entry findOrCreate(LocalDate date) {
        Days.require(date);
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, deleted_at FROM entry WHERE entry_date = ?")) {
                ps.setString(1, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        if (rs.getString(2) != null) {
                            reviveFromTrash(c, id, rs.getString(2));
                        }
                        return get(c, id).orElseThrow();
                    }
                }
            }
            String now = now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO entry(entry_date, note, created_at, updated_at) VALUES (?, '', ?, ?)")) {
                ps.setString(1, date.toString());
                ps.setString(2, now);
                ps.setString(3, now);
                ps.executeUpdate();
            }
            return get(c, Sql.lastInsertId(c)).orElseThrow();
        });
    }

    public Optional<Entry> find(long id) {
        return db.read(c -> get(c, id));
    }

    public Optional<Entry> findByDate(LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM entry WHERE entry_date = ? AND deleted_at IS NULL")) {
                ps.setString(1, date.toString());
                return one(ps);
            }
        });
    }

    /** All visible entries, newest first. */
    public List<Entry> listNewestFirst() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM entry WHERE deleted_at IS NULL ORDER BY entry_date DESC")) {
                return many(ps);
            }
        });
    }

    /** A page of the timeline: at most {@code limit} entries dated before {@code before} (null: any), newest first. */
    public List<Entry> listNewestFirst(LocalDate before, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM entry WHERE deleted_at IS NULL"
                    + " AND (?1 IS NULL OR entry_date < ?1) ORDER BY entry_date DESC LIMIT ?2")) {
                ps.setString(1, before == null ? null : before.toString());
                ps.setInt(2, limit);
                return many(ps);
            }
        });
    }

    public Entry updateNote(long id, String note) {
        return db.transaction(c -> {
            Sql.update(c, "UPDATE entry SET note = ?, updated_at = ? WHERE id = ?", note, now(), id);
            return get(c, id).orElseThrow(() -> new IllegalArgumentException("no entry " + id));
        });
    }

    /**
     * Adds text as a new paragraph at the end of the note, unless the note already holds it (so
     * repeating an import does not repeat its note).
     */
    public Entry appendNote(long id, String text) {
        return db.transaction(c -> {
            Entry entry = get(c, id).orElseThrow(() -> new IllegalArgumentException("no entry " + id));
            String add = text == null ? "" : text.strip();
            if (add.isEmpty() || entry.note().contains(add)) {
                return entry;
            }
            String note = entry.note().isBlank() ? add : entry.note().stripTrailing() + "\n\n" + add;
            return updateNote(id, note);
        });
    }

    /** Moves an entry and its photos to the trash; {@link #restore} brings them back. */
    public void delete(long id) {
        db.transaction(c -> {
            String now = now();
            Sql.update(c, "UPDATE entry SET deleted_at = ? WHERE id = ?", now, id);
            return null;
        });
    }

    public void restore(long id) {
        db.transaction(c -> {
            Sql.update(c, "UPDATE entry SET deleted_at = NULL WHERE id = ?", id);
            return null;
        });
    }

    /**
     * A day in the trash that is needed again (a new photo or log item on it) comes back with its note,
     * log and tags; its photos stay in the trash, each on its own, until the user brings them back.
     */
    private void reviveFromTrash(Connection c, long entryId, String deletedAt) throws SQLException {
        Sql.update(c, "UPDATE photo SET deleted_at = ? WHERE entry_id = ? AND deleted_at IS NULL", deletedAt, entryId);
        Sql.update(c, "UPDATE entry SET deleted_at = NULL, updated_at = ? WHERE id = ?", now(), entryId);
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    private Optional<Entry> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM entry WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    private static Optional<Entry> one(PreparedStatement ps) throws SQLException {
        List<Entry> list = many(ps);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static List<Entry> many(PreparedStatement ps) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), IsoText.date(Sql.text(rs, 2)), Sql.text(rs, 3),
                        IsoText.instant(Sql.text(rs, 4)), IsoText.instant(Sql.text(rs, 5))));
            }
        }
        return out;
    }
}
