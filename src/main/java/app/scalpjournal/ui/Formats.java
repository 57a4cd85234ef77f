package app.scalpjournal.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** How dates read on screen, in one place so the timeline, the entry and dialogs agree. */
public final class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private Formats() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String longDay(LocalDate date) {
        return LONG_DAY.format(date);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** A photo's date and time, or "no date" for null. */
    public static String taken(LocalDateTime takenAt) {
        return takenAt == null ? "no date" : TAKEN.format(takenAt);
    }
}
