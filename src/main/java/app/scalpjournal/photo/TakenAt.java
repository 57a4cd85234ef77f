package app.scalpjournal.photo;

import app.scalpjournal.library.IsoText;
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
        local = local.getNano() == 0 ? local : local.truncatedTo(ChronoUnit.SECONDS); // stored times have none: no arithmetic per row
    }

    public static TakenAt of(LocalDateTime local) {
        return new TakenAt(local, null);
    }

    public LocalDate date() {
        return local.toLocalDate();
    }

    /** ISO text as stored: {@code 2026-03-01T10:20:30} or {@code 2026-03-01T10:20:30+01:00}. */
    public String iso() {
        if (offset == null && local.getYear() >= 1000 && local.getYear() <= 9999) {
            return plainIso(local); // the common case, without a formatter (a journal lists thousands of these)
        }
        return offset == null ? local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) : OffsetDateTime.of(local, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, as ISO_LOCAL_DATE_TIME writes a four-digit year with whole seconds. */
    private static String plainIso(LocalDateTime t) {
        char[] out = "0000-00-00T00:00:00".toCharArray();
        digits(out, 0, t.getYear(), 4);
        digits(out, 5, t.getMonthValue(), 2);
        digits(out, 8, t.getDayOfMonth(), 2);
        digits(out, 11, t.getHour(), 2);
        digits(out, 14, t.getMinute(), 2);
        digits(out, 17, t.getSecond(), 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    public static TakenAt parse(String iso) {
        LocalDateTime plain = IsoText.plainDateTime(iso); // how nearly every time is stored
        if (plain != null) {
            return new TakenAt(plain, null);
        }
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
