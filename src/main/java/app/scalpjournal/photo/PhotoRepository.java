package app.scalpjournal.photo;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.IsoText;
import app.scalpjournal.library.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Photo rows in SQLite. Rows of soft-deleted photos or entries are invisible. */
public final class PhotoRepository {
    private static final String COLUMNS = "p.id, p.entry_id, p.sha256, p.ext, p.original_name, p.byte_size, p.taken_at,"
            + " p.date_source, p.width, p.height, p.orientation, p.region, p.imported_at";
    private static final String VISIBLE = " FROM photo p JOIN entry e ON e.id = p.entry_id"
            + " WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL";

    private final Database db;

    public PhotoRepository(Database db) {
        this.db = db;
    }

    /** The database these rows live in, for callers that write photos and entries in one transaction. */
    public Database database() {
        return db;
    }

    /** Inserts a new photo row; call inside the import's transaction. Returns the stored photo. */
    public Photo insert(Photo photo) {
        return db.transaction(c -> {
            Sql.update(c, "INSERT INTO photo(entry_id, sha256, ext, original_name, byte_size, taken_at, date_source,"
                            + " width, height, orientation, region, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    photo.entryId(), photo.sha256(), photo.ext(), photo.originalName(), photo.byteSize(),
                    photo.takenAt() == null ? null : photo.takenAt().iso(), photo.dateSource().id(),
                    photo.width(), photo.height(), photo.orientation(), photo.region().id(), photo.importedAt().toString());
            return get(c, Sql.lastInsertId(c)).orElseThrow();
        });
    }

    public Optional<Photo> find(long id) {
        return db.read(c -> get(c, id));
    }

    /** Any row with these bytes, visible or soft-deleted. */
    public Optional<Photo> findAnyBySha(String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photo p WHERE p.sha256 = ?")) {
                ps.setString(1, sha256);
                return first(ps);
            }
        });
    }

    /** The byte sizes of every stored photo: a file of another size cannot be one of them, so needs no hashing. */
    public Set<Long> storedSizes() {
        return db.read(c -> new HashSet<>(Sql.list(c, "SELECT DISTINCT byte_size FROM photo", List.of(), rs -> rs.getLong(1))));
    }

    /** The visible photo with these bytes, if any. */
    public Optional<Photo> findBySha(String sha256) {
        List<Photo> found = query(VISIBLE + " AND p.sha256 = ?", sha256);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Removes a row for good (a hidden row whose bytes are being imported again). */
    public void deleteRow(long photoId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM photo WHERE id = ?", photoId));
    }

    public List<Photo> listByEntry(long entryId) {
        return query(VISIBLE + " AND p.entry_id = ? ORDER BY p.taken_at, p.id", entryId);
    }

    /** A region's photos, oldest first. */
    public List<Photo> listByRegion(Region region) {
        return query(VISIBLE + " AND p.region = ? ORDER BY p.taken_at, p.id", region.id());
    }

    public List<Photo> listAll() {
        return query(VISIBLE + " ORDER BY p.taken_at, p.id");
    }

    /**
     * The photos of entries dated from {@code first} to {@code last} (inclusive; null: no bound), of one
     * region or (null) all, oldest first: the photos of a page of the timeline.
     */
    public List<Photo> listOnDays(LocalDate first, LocalDate last, Region region) {
        return query(VISIBLE + " AND (?1 IS NULL OR e.entry_date >= ?1) AND (?2 IS NULL OR e.entry_date <= ?2)"
                + " AND (?3 IS NULL OR p.region = ?3) ORDER BY p.taken_at, p.id",
                first == null ? null : first.toString(), last == null ? null : last.toString(), region == null ? null : region.id());
    }

    /** Every row including soft-deleted ones: what the originals folder must hold. */
    public List<Photo> listAllStored() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photo p ORDER BY p.id")) {
                return many(ps);
            }
        });
    }

    /** Corrects a photo's date and files it under the entry of that day. */
    public Photo updateDate(long photoId, long entryId, TakenAt takenAt, DateSource source) {
        return db.transaction(c -> {
            Sql.update(c, "UPDATE photo SET entry_id = ?, taken_at = ?, date_source = ? WHERE id = ?",
                    entryId, takenAt.iso(), source.id(), photoId);
            return get(c, photoId).orElseThrow();
        });
    }

    public Photo updateRegion(long photoId, Region region) {
        return db.transaction(c -> {
            Sql.update(c, "UPDATE photo SET region = ? WHERE id = ?", region.id(), photoId);
            return get(c, photoId).orElseThrow();
        });
    }

    public void delete(long photoId, Instant when) {
        db.transaction(c -> Sql.update(c, "UPDATE photo SET deleted_at = ? WHERE id = ?", when.toString(), photoId));
    }

    public void restore(long photoId) {
        db.transaction(c -> Sql.update(c, "UPDATE photo SET deleted_at = NULL WHERE id = ?", photoId));
    }

    public int count() {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*)" + VISIBLE)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private List<Photo> query(String fromWhere, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + fromWhere)) {
                Sql.bind(ps, args);
                return many(ps);
            }
        });
    }

    private Optional<Photo> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photo p WHERE p.id = ?")) {
            ps.setLong(1, id);
            return first(ps);
        }
    }

    private static Optional<Photo> first(PreparedStatement ps) throws SQLException {
        List<Photo> list = many(ps);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static List<Photo> many(PreparedStatement ps) throws SQLException {
        List<Photo> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String taken = Sql.text(rs, 7);
                out.add(new Photo(rs.getLong(1), rs.getLong(2), Sql.text(rs, 3), Sql.text(rs, 4), Sql.text(rs, 5),
                        rs.getLong(6), taken == null ? null : TakenAt.parse(taken), DateSource.fromId(Sql.text(rs, 8)),
                        rs.getInt(9), rs.getInt(10), rs.getInt(11), Region.parse(Sql.text(rs, 12)),
                        IsoText.instant(Sql.text(rs, 13))));
            }
        }
        return out;
    }
}
