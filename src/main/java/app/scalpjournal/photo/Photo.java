package app.scalpjournal.photo;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One imported photo. Width and height are upright (EXIF orientation applied); the original file is
 * stored untouched under its SHA-256.
 */
public record Photo(
        long id,
        long entryId,
        String sha256,
        String ext,
        String originalName,
        long byteSize,
        TakenAt takenAt,
        DateSource dateSource,
        int width,
        int height,
        int orientation,
        Region region,
        Instant importedAt) {

    /** When it was taken, on the clock it was taken by; null when unknown. */
    public LocalDateTime localTakenAt() {
        return takenAt == null ? null : takenAt.local();
    }
}
