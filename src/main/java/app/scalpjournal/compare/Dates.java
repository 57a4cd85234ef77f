package app.scalpjournal.compare;

import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;

/** The interval between two dates, in words. Plain facts only. ("Day N" is {@link app.scalpjournal.photo.DayCount}'s.) */
public final class Dates {
    private Dates() {
    }

    /** "same day", "1 day apart", "84 days apart (2 months 24 days)". */
    public static String interval(LocalDate a, LocalDate b) {
        LocalDate first = a.isBefore(b) ? a : b;
        LocalDate last = a.isBefore(b) ? b : a;
        long days = ChronoUnit.DAYS.between(first, last);
        if (days == 0) {
            return Messages.get("compare.interval.sameDay");
        }
        Period p = Period.between(first, last);
        if (p.toTotalMonths() == 0) {
            return Messages.get("compare.interval.days", days);
        }
        StringJoiner parts = new StringJoiner(" ");
        if (p.getYears() > 0) {
            parts.add(Messages.get("compare.interval.years", p.getYears()));
        }
        if (p.getMonths() > 0) {
            parts.add(Messages.get("compare.interval.months", p.getMonths()));
        }
        if (p.getDays() > 0) {
            parts.add(Messages.get("compare.interval.dayCount", p.getDays()));
        }
        return Messages.get("compare.interval.long", days, parts.toString());
    }
}
