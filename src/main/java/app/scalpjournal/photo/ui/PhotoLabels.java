package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;

/** How a photo's facts read on screen, the same in the entry, the viewer and the date dialog. */
public final class PhotoLabels {
    private PhotoLabels() {
    }

    /** When the photo was taken, in the user's date format, or "no date". */
    public static String taken(Photo photo) {
        return photo.localTakenAt() == null ? Messages.get("photo.taken.none") : DateFormats.dateTime(photo.localTakenAt());
    }
}
