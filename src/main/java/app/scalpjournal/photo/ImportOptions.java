package app.scalpjournal.photo;

import java.time.LocalDate;

/**
 * How to import a batch: the region for every photo, and either one date for all ({@code fixedDate})
 * or each photo's own date (EXIF, else file time). The note, when not blank, is appended to each
 * touched entry's note.
 */
public record ImportOptions(Region region, LocalDate fixedDate, String note) {
    public ImportOptions {
        if (region == null) {
            throw new IllegalArgumentException("a region is required");
        }
        note = note == null ? "" : note;
    }

    public static ImportOptions ownDates(Region region) {
        return new ImportOptions(region, null, "");
    }
}
