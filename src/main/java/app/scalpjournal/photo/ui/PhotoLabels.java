package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** How a photo's facts read on screen, the same in the entry, the viewer and the date dialog. */
public final class PhotoLabels {
    private PhotoLabels() {
    }

    /**
     * When the photo was taken, in the user's date format, or "no date". A day given by hand without a
     * time (an import "from this day") is stored at midnight; it reads as the day alone, not "12:00 AM".
     */
    public static String taken(Photo photo) {
        LocalDateTime when = photo.localTakenAt();
        if (when == null) {
            return Messages.get("photo.taken.none");
        }
        boolean dayOnly = photo.dateSource() == DateSource.MANUAL && when.toLocalTime().equals(LocalTime.MIDNIGHT);
        return dayOnly ? DateFormats.day(when.toLocalDate()) : DateFormats.dateTime(when);
    }
}
