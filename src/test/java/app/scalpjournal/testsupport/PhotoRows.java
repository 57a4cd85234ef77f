package app.scalpjournal.testsupport;

import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.time.Instant;
import java.time.LocalDate;

/** Photo rows for tests that need the database filled without importing real files. */
public final class PhotoRows {
    private PhotoRows() {
    }

    /** A 400×300 camera-dated photo taken at 09:00 on {@code day}, named {@code <sha>.jpg}. */
    public static Photo photoRow(long entryId, String sha, LocalDate day, Region region) {
        return new Photo(0, entryId, sha, "jpg", sha + ".jpg", 10, TakenAt.of(day.atTime(9, 0)), DateSource.EXIF,
                400, 300, 1, region, Instant.parse("2026-04-01T10:00:00Z"));
    }
}
