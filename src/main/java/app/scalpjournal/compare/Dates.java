package app.scalpjournal.compare;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Date wording for labels: the date itself, "day N", and the interval between two dates. Plain facts only. */
public final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date.format(LONG);
    }

    /** "same day", "1 day apart", "84 days apart (2 months 24 days)". */
    public static String interval(LocalDate a, LocalDate b) {
        LocalDate first = a.isBefore(b) ? a : b;
        LocalDate last = a.isBefore(b) ? b : a;
        long days = ChronoUnit.DAYS.between(first, last);
        if (days == 0) {
            return "same day";
        }
        String text = days + (days == 1 ? " day apart" : " days apart");
        Period p = Period.between(first, last);
        if (p.toTotalMonths() > 0) {
            StringBuilder parts = new StringBuilder();
            if (p.getYears() > 0) {
                parts.append(p.getYears()).append(p.getYears() == 1 ? " year" : " years");
            }
            if (p.getMonths() > 0) {
                parts.append(parts.length() > 0 ? " " : "").append(p.getMonths()).append(p.getMonths() == 1 ? " month" : " months");
            }
            if (p.getDays() > 0) {
                parts.append(' ').append(p.getDays()).append(p.getDays() == 1 ? " day" : " days");
            }
            text += " (" + parts + ")";
        }
        return text;
    }
}
