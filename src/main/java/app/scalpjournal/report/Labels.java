package app.scalpjournal.report;

import app.scalpjournal.photo.DayCount;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The plain facts printed in the summary: dates, periods, day numbers, intervals. */
final class Labels {
    private Labels() {
    }

    static String date(LocalDate date) {
        return DateFormats.day(date);
    }

    /** "1 Jan 2026 to 30 Jun 2026 (181 days)": both ends included. */
    static String period(LocalDate from, LocalDate to) {
        return Messages.get("summary.period", date(from), date(to), ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** The treatment table's "until" cell: "ongoing", the day a routine stopped, or "last 3 Mar 2026". */
    static String until(TreatmentRow row) {
        return switch (row.untilKind()) {
            case ONGOING -> Messages.get("summary.treatments.ongoing");
            case STOPPED -> date(row.until());
            case LAST_LOGGED -> Messages.get("summary.treatments.lastLogged", date(row.until()));
        };
    }

    static String panelTitle(PhotoPanel panel) {
        return Messages.get("summary.panel.title", date(panel.date()), DayCount.label(panel.dayOne(), panel.date()));
    }

    /** "84 days apart", or "one date" for a single panel. */
    static String apart(List<PhotoPanel> panels) {
        return panels.size() < 2 ? Messages.get("summary.grid.oneDate")
                : Messages.get("summary.apart", ChronoUnit.DAYS.between(panels.get(0).date(), panels.get(panels.size() - 1).date()));
    }

    static String intervals(List<PhotoPanel> panels) {
        if (panels.size() == 1) {
            return Messages.get("summary.intervals.one");
        }
        List<String> steps = new ArrayList<>();
        for (int i = 1; i < panels.size(); i++) {
            steps.add(days(panels.get(i - 1).date(), panels.get(i).date()));
        }
        if (panels.size() == 2) {
            return Messages.get("summary.intervals.two", steps.get(0));
        }
        return Messages.get("summary.intervals.more", String.join(", ", steps),
                days(panels.get(0).date(), panels.get(panels.size() - 1).date()));
    }

    private static String days(LocalDate a, LocalDate b) {
        return Messages.get("summary.days", ChronoUnit.DAYS.between(a, b));
    }
}
