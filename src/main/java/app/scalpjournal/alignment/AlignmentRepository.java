package app.scalpjournal.alignment;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saved alignments, one per (moving photo, reference photo) pair: the only class that reads or writes
 * the {@code alignment} table. The originals are never touched.
 */
public final class AlignmentRepository {
    private static final String COLUMNS = "photo_id, reference_photo_id, dx, dy, scale, rotation_deg";

    private final Database db;
    private final Clock clock;

    public AlignmentRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One stored row: {@code alignment} moves {@code photoId} onto {@code referencePhotoId}. */
    public record Saved(long photoId, long referencePhotoId, Alignment alignment) {
    }

    /** The saved alignment of {@code photoId} onto {@code referencePhotoId}, if the user saved one. */
    public Optional<Alignment> find(long photoId, long referencePhotoId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM alignment WHERE photo_id = ? AND reference_photo_id = ?",
                List.of(photoId, referencePhotoId), AlignmentRepository::row)).stream().findFirst().map(Saved::alignment);
    }

    /** Every saved pair with both photos among {@code photoIds} (e.g. one region's photos), in one query. */
    public List<Saved> among(Collection<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return List.of();
        }
        String ids = photoIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM alignment WHERE photo_id IN (" + ids
                + ") AND reference_photo_id IN (" + ids + ") ORDER BY photo_id, reference_photo_id", List.of(), AlignmentRepository::row));
    }

    /** Stores the alignment for the pair; saving the identity removes the pair's row, as there is nothing to keep. */
    public void save(long photoId, long referencePhotoId, Alignment alignment) {
        if (alignment.isIdentity()) {
            delete(photoId, referencePhotoId);
            return;
        }
        db.transaction(c -> Sql.update(c, "INSERT INTO alignment(" + COLUMNS + ", updated_at)"
                        + " VALUES (?,?,?,?,?,?,?) ON CONFLICT(photo_id, reference_photo_id) DO UPDATE SET"
                        + " dx = excluded.dx, dy = excluded.dy, scale = excluded.scale,"
                        + " rotation_deg = excluded.rotation_deg, updated_at = excluded.updated_at",
                photoId, referencePhotoId, alignment.dx(), alignment.dy(), alignment.scale(), alignment.rotationDeg(),
                Instant.now(clock).toString()));
    }

    public void delete(long photoId, long referencePhotoId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM alignment WHERE photo_id = ? AND reference_photo_id = ?",
                photoId, referencePhotoId));
    }

    private static Saved row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Saved(rs.getLong(1), rs.getLong(2), new Alignment(rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
    }
}
