package app.scalpjournal.photo;

import app.scalpjournal.journal.Days;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The date an imported photo gets: the user's one date, else the camera's, else the file's; each within the days accepted. */
final class ImportDating {
    private ImportDating() {
    }

    record Dated(TakenAt takenAt, DateSource source) {
    }

    /** The user's one date, else the camera's, else the file's modification time. */
    static Dated date(Path source, ExifInfo exif, ImportOptions options, Clock clock) throws IOException {
        if (options.fixedDate() != null) {
            if (!Days.accepted(options.fixedDate())) {
                throw new ImageRejectedException(Days.outOfRange(options.fixedDate()));
            }
            return new Dated(TakenAt.of(options.fixedDate().atStartOfDay()), DateSource.MANUAL);
        }
        if (exif.takenAt().isPresent()) {
            if (!Days.accepted(exif.takenAt().get().date())) {
                throw new ImageRejectedException("its camera date: " + Days.outOfRange(exif.takenAt().get().date())
                        + "; import it with one date chosen (--date YYYY-MM-DD)");
            }
            return new Dated(exif.takenAt().get(), DateSource.EXIF);
        }
        Instant modified = Files.getLastModifiedTime(source).toInstant();
        LocalDateTime local = LocalDateTime.ofInstant(modified, clock.getZone());
        if (modified.getEpochSecond() <= 0 || !Days.accepted(local.toLocalDate())) {
            throw new ImageRejectedException("has no usable date (no camera date, file time " + local.toLocalDate()
                    + "); import it with one date chosen (--date YYYY-MM-DD)");
        }
        return new Dated(new TakenAt(local, clock.getZone().getRules().getOffset(modified)), DateSource.FILE);
    }

    /** A word about a date after today (a camera clock set wrong), or null. */
    static String warning(Dated dated, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (dated.takenAt().date().isAfter(today)) {
            return "its date " + dated.takenAt().date() + " is in the future (check the camera clock); kept as is";
        }
        return null;
    }
}
