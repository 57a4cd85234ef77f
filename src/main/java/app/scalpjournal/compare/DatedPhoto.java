package app.scalpjournal.compare;

import app.scalpjournal.photo.Photo;
import java.time.LocalDate;

/**
 * A photo as the compare view lists it: the day it belongs to, the first lines of that day's note,
 * and its capture conditions ("" when none are recorded).
 */
public record DatedPhoto(Photo photo, LocalDate date, String noteExcerpt, String conditions) {
    public long id() {
        return photo.id();
    }
}
