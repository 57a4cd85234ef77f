package app.scalpjournal.report;

import app.scalpjournal.library.Database;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The alignments the user saved in Compare (the {@code alignment} table), for a summary's pair of
 * photos: saved for this very pair; saved the other way round (inverted); or, when both photos were
 * aligned onto one other photo of the region (say, its first), the two combined. Otherwise there is
 * none and the photo is shown unaligned.
 *
 * <p>A row means what Compare means by it: the moving photo is fitted into the reference photo's
 * frame (aspect kept, centred), scaled by {@code scale} and rotated by {@code rotation_deg}
 * (clockwise) about its centre, and moved by {@code dx}/{@code dy} fractions of the reference's
 * width and height.
 */
public final class SavedAlignments implements SummarySources.Alignments {
    private final Database db;
    private final PhotoRepository photos;

    public SavedAlignments(Database db, PhotoRepository photos) {
        this.db = db;
        this.photos = photos;
    }

    /** One stored row. */
    record Row(double dx, double dy, double scale, double rotationDeg) {
        /** Moving-photo pixels to reference-photo pixels, both upright. */
        AffineTransform movingToReference(double refW, double refH, double movingW, double movingH) {
            double fit = Math.min(refW / movingW, refH / movingH);
            AffineTransform t = new AffineTransform();
            t.translate(refW / 2 + dx * refW, refH / 2 + dy * refH);
            t.rotate(Math.toRadians(rotationDeg));
            t.scale(fit * scale, fit * scale);
            t.translate(-movingW / 2, -movingH / 2);
            return t;
        }
    }

    @Override
    public Optional<Placement> find(long photoId, long referenceId) {
        Optional<Row> direct = row(photoId, referenceId);
        if (direct.isPresent()) {
            return Optional.of(direct.get()::movingToReference);
        }
        Optional<Photo> photo = photos.find(photoId);
        Optional<Photo> reference = photos.find(referenceId);
        if (photo.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        Optional<Row> reverse = row(referenceId, photoId);
        if (reverse.isPresent()) {
            return inverse(pixels(reverse.get(), photo.get(), reference.get())).map(Fixed::new);
        }
        for (Photo base : photos.listByRegion(reference.get().region())) {
            if (base.id() == photoId || base.id() == referenceId) {
                continue;
            }
            Optional<Row> photoOnBase = row(photoId, base.id());
            Optional<Row> referenceOnBase = photoOnBase.isPresent() ? row(referenceId, base.id()) : Optional.empty();
            if (referenceOnBase.isPresent()) {
                Optional<AffineTransform> baseToReference = inverse(pixels(referenceOnBase.get(), base, reference.get()));
                if (baseToReference.isPresent()) {
                    AffineTransform t = baseToReference.get();
                    t.concatenate(pixels(photoOnBase.get(), base, photo.get()));
                    return Optional.of(new Fixed(t));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Row> row(long photoId, long referenceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT dx, dy, scale, rotation_deg FROM alignment WHERE photo_id = ? AND reference_photo_id = ?")) {
                ps.setLong(1, photoId);
                ps.setLong(2, referenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                            : Optional.empty();
                }
            }
        });
    }

    private static AffineTransform pixels(Row row, Photo target, Photo moving) {
        return row.movingToReference(target.width(), target.height(), moving.width(), moving.height());
    }

    private static Optional<AffineTransform> inverse(AffineTransform t) {
        try {
            return Optional.of(t.createInverse());
        } catch (NoninvertibleTransformException e) {
            return Optional.empty();
        }
    }

    /** A transform already worked out for the pair's own pixel sizes. */
    private record Fixed(AffineTransform transform) implements Placement {
        @Override
        public AffineTransform movingToReference(double refW, double refH, double movingW, double movingH) {
            return new AffineTransform(transform);
        }
    }
}
