package app.scalpjournal.compare;

import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One region's photos, oldest first, and the day the user counts from (when set). */
public record RegionPhotos(Region region, List<DatedPhoto> photos, Optional<LocalDate> userStartDate) {
    /** Day 1 is the user's start date, else the date of the region's first photo. */
    public Optional<LocalDate> countFrom() {
        return userStartDate.or(() -> photos.isEmpty() ? Optional.empty() : Optional.of(photos.get(0).date()));
    }
}
