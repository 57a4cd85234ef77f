package app.scalpjournal.photo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * When a photo was taken: the local wall-clock time the camera showed, and its UTC offset when known.
 * The journal files a photo under the local date, which is what the user remembers.
 */
public record TakenAt(LocalDateTime local, ZoneOffset offset) implements Comparable<TakenAt> {
    public TakenAt {
        local = local.truncatedTo(ChronoUnit.SECONDS);
    }

    public static TakenAt of(LocalDateTime local) {
        return new TakenAt(local, null);
    }

    public LocalDate date() {
        return local.toLocalDate();
    }

    /** ISO text as stored: {@code 2026-03-01T10:20:30} or {@code 2026-03-01T10:20:30+01:00}. */
    public String iso() {
        return offset == null ? local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : OffsetDateTime.of(local, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static TakenAt parse(String iso) {
        if (iso.length() > 19) {
            OffsetDateTime odt = OffsetDateTime.parse(iso);
            return new TakenAt(odt.toLocalDateTime(), odt.getOffset());
        }
        return new TakenAt(LocalDateTime.parse(iso), null);
    }

    @Override
    public int compareTo(TakenAt other) {
        return local.compareTo(other.local);
    }

    @Override
    public String toString() {
        return iso();
    }
}
