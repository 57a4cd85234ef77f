package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A photo and the day it is filed under, for the summary and the time-lapse, which order photos alike. */
record DatedPhoto(Photo photo, LocalDate date) {
    private static final Comparator<DatedPhoto> ORDER = Comparator.comparing(DatedPhoto::date)
            .thenComparing(d -> d.photo().takenAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.photo().id());

    /** The photos filed under a known entry, oldest first (by day, then time taken, then import order). */
    static List<DatedPhoto> sorted(List<Photo> photos, Map<Long, LocalDate> dayOfEntry) {
        return photos.stream().filter(p -> dayOfEntry.containsKey(p.entryId()))
                .map(p -> new DatedPhoto(p, dayOfEntry.get(p.entryId()))).sorted(ORDER).toList();
    }
}
