package app.scalpjournal.report;

import app.scalpjournal.photo.DayCount;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain facts printed beside photos: dates, day numbers, intervals. */
final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Labels() {
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** "1 day", "112 days": the number of calendar days a period covers, both ends included. */
    static String days(LocalDate from, LocalDate to) {
        long n = ChronoUnit.DAYS.between(from, to) + 1;
        return n + (n == 1 ? " day" : " days");
    }

    static String panelTitle(PhotoPanel panel) {
        return date(panel.date()) + " · " + DayCount.label(panel.dayOne(), panel.date());
    }

    static String intervals(List<PhotoPanel> panels) {
        if (panels.size() == 1) {
            return "One date in this period.";
        }
        List<String> steps = new ArrayList<>();
        for (int i = 1; i < panels.size(); i++) {
            steps.add(apart(panels.get(i - 1).date(), panels.get(i).date()));
        }
        if (panels.size() == 2) {
            return "Interval between the dates: " + steps.get(0) + ".";
        }
        return "Intervals between the dates: " + String.join(", ", steps)
                + "; first to latest: " + apart(panels.get(0).date(), panels.get(panels.size() - 1).date()) + ".";
    }

    private static String apart(LocalDate a, LocalDate b) {
        long d = ChronoUnit.DAYS.between(a, b);
        return d + (d == 1 ? " day" : " days");
    }
}
