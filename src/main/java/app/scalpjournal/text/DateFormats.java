package app.scalpjournal.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How dates read to the user, in one place and in the user's locale, so the timeline, dialogs, date
 * pickers, Compare and the summary agree. Files and the command line's machine output stay ISO 8601.
 */
public final class DateFormats {
    private DateFormats() {
    }

    /** A day, e.g. "29 Nov 2026" (en-GB) or "Nov 29, 2026" (en-US). */
    public static String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A day with its weekday, for headings, e.g. "Sunday 29 November 2026". */
    public static String longDay(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    /** A month heading, e.g. "November 2026". */
    public static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
    }

    /** A day and time of day, e.g. "29 Nov 2026, 14:05". */
    public static String dateTime(LocalDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()).format(time);
    }

    /** The formatter date pickers parse and show with, so typed dates use the same format. */
    public static DateTimeFormatter dayFormatter() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
