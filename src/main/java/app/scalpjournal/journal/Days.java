package app.scalpjournal.journal;

import app.scalpjournal.text.Messages;
import java.time.LocalDate;

/**
 * The days a journal accepts: 1900-01-01 to 2100-12-31. Anything outside is a typing slip or a broken
 * camera clock (year 0, 9999), and would sort and print absurdly; import, the log, the command line
 * and the window all refuse it with this one message.
 */
public final class Days {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private Days() {
    }

    public static boolean accepted(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** Why the day is refused ("the date 1899-12-31 is outside 1900-01-01 to 2100-12-31"). */
    public static String outOfRange(LocalDate day) {
        return Messages.get("date.outOfRange", day.toString(), FIRST.toString(), LAST.toString());
    }

    /** The day itself, or an {@link IllegalArgumentException} with {@link #outOfRange}: the last guard before storing. */
    public static LocalDate require(LocalDate day) {
        if (!accepted(day)) {
            throw new IllegalArgumentException(outOfRange(day));
        }
        return day;
    }
}
