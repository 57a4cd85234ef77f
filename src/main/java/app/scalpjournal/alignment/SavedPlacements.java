package app.scalpjournal.alignment;

import app.scalpjournal.alignment.AlignmentRepository.Saved;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each photo of a region goes in one reference photo's frame, from the alignments the user saved
 * in Compare: saved for that very pair; saved the other way round (inverted); or through other photos
 * of the region (say both were aligned onto its first photo), the saved steps combined along the
 * shortest chain. A photo with no chain to the reference has no placement and is shown unaligned.
 * The summary and the time-lapse both place photos through this class, so they match Compare.
 */
public final class SavedPlacements {
    private final AlignmentRepository alignments;
    private final PhotoRepository photos;

    public SavedPlacements(AlignmentRepository alignments, PhotoRepository photos) {
        this.alignments = alignments;
        this.photos = photos;
    }

    /** The transform from {@code moving}'s upright pixels to {@code reference}'s upright pixels, if saved alignments connect them. */
    public Optional<AffineTransform> find(Photo moving, Photo reference) {
        return Optional.ofNullable(ontoReference(reference).get(moving.id()));
    }

    /**
     * For every photo of the reference's region connected to it by saved alignments, the transform from
     * that photo's upright pixels to the reference's (the reference itself maps by identity). Two
     * queries, whatever the number of photos.
     */
    public Map<Long, AffineTransform> ontoReference(Photo reference) {
        Map<Long, Photo> byId = new HashMap<>();
        photos.listByRegion(reference.region()).forEach(p -> byId.put(p.id(), p));
        byId.put(reference.id(), reference);
        List<Saved> saved = alignments.among(byId.keySet());
        Map<Long, AffineTransform> placed = new HashMap<>();
        placed.put(reference.id(), new AffineTransform());
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(reference.id()));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            AffineTransform atToReference = placed.get(at);
            // Saved onto this photo first: a direct pair wins over an inverted one at the same distance.
            for (Saved s : saved) {
                if (s.referencePhotoId() == at && !placed.containsKey(s.photoId())) {
                    AffineTransform t = new AffineTransform(atToReference);
                    t.concatenate(step(s, byId));
                    placed.put(s.photoId(), t);
                    queue.add(s.photoId());
                }
            }
            for (Saved s : saved) {
                if (s.photoId() == at && !placed.containsKey(s.referencePhotoId())) {
                    Optional<AffineTransform> back = inverse(step(s, byId));
                    if (back.isPresent()) {
                        AffineTransform t = new AffineTransform(atToReference);
                        t.concatenate(back.get());
                        placed.put(s.referencePhotoId(), t);
                        queue.add(s.referencePhotoId());
                    }
                }
            }
        }
        return placed;
    }

    /** One saved row in pixels: its moving photo onto its reference photo. */
    private static AffineTransform step(Saved s, Map<Long, Photo> byId) {
        Photo moving = byId.get(s.photoId());
        Photo target = byId.get(s.referencePhotoId());
        return s.alignment().movingToReference(target.width(), target.height(), moving.width(), moving.height());
    }

    private static Optional<AffineTransform> inverse(AffineTransform t) {
        try {
            return Optional.of(t.createInverse());
        } catch (NoninvertibleTransformException e) {
            return Optional.empty();
        }
    }
}
