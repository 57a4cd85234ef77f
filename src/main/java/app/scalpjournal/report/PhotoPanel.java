package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.awt.geom.AffineTransform;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One photo of a region section.
 *
 * @param photo      the photo to show upright
 * @param date       the day it is filed under
 * @param dayOne     the day counted as "day 1" for its region
 * @param conditions how it was taken, as recorded ("" when nothing is recorded)
 * @param alignment  upright pixels of the photo to those of the section's first photo, from saved alignments
 */
public record PhotoPanel(Photo photo, LocalDate date, LocalDate dayOne, String conditions, Optional<AffineTransform> alignment) {
    public PhotoPanel {
        conditions = conditions == null ? "" : conditions;
    }
}
