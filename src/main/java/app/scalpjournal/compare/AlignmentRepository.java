package app.scalpjournal.compare;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Saved alignments, one per (moving photo, reference photo) pair. The originals are never touched;
 * the compare view and the printed summary both read alignments through {@link #find}.
 */
public final class AlignmentRepository {
    private final Database db;
    private final Clock clock;

    public AlignmentRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The saved alignment of {@code photoId} onto {@code referencePhotoId}, if the user saved one. */
    public Optional<Alignment> find(long photoId, long referencePhotoId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT dx, dy, scale, rotation_deg FROM alignment WHERE photo_id = ? AND reference_photo_id = ?")) {
                ps.setLong(1, photoId);
                ps.setLong(2, referencePhotoId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Alignment(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Stores the alignment for the pair; saving the identity removes the pair's row, as there is nothing to keep. */
    public void save(long photoId, long referencePhotoId, Alignment alignment) {
        if (alignment.isIdentity()) {
            delete(photoId, referencePhotoId);
            return;
        }
        db.transaction(c -> Sql.update(c, "INSERT INTO alignment(photo_id, reference_photo_id, dx, dy, scale, rotation_deg, updated_at)"
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
}
