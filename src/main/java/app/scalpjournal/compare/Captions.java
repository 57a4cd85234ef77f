package app.scalpjournal.compare;

import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How compared photos are labelled, on screen and in a saved image alike: the date and "day N"
 * (counted from {@code countFrom}), a mark on dates after {@code today}, how the photo was taken and
 * the first lines of the day's note. Plain facts only.
 */
public record Captions(Optional<LocalDate> countFrom, LocalDate today) {
    /** The date and "day N" of a photo, one line: "12 Mar 2026 · day 85". */
    public String dateLine(DatedPhoto p) {
        return DateFormats.day(p.date()) + countFrom.map(start -> " · " + DayCount.label(start, p.date())).orElse("");
    }

    /** A photo dated after today: the region's "latest" may really be a wrong date. */
    public boolean isFuture(DatedPhoto p) {
        return p.date().isAfter(today);
    }

    /** Date line, a future-date warning, then conditions and note lines when there are any. */
    public String caption(DatedPhoto p) {
        StringBuilder sb = new StringBuilder(dateLine(p));
        if (isFuture(p)) {
            sb.append('\n').append(Messages.get("compare.caption.future"));
        }
        if (!p.conditions().isBlank()) {
            sb.append('\n').append(p.conditions());
        }
        if (!p.noteExcerpt().isBlank()) {
            sb.append('\n').append(p.noteExcerpt());
        }
        return sb.toString();
    }

    /** The title line: region, both dates and the interval between them. */
    public static String title(Region region, DatedPhoto left, DatedPhoto right) {
        if (left == null || right == null) {
            return region.label();
        }
        return Messages.get("compare.title", region.label(), DateFormats.day(left.date()), DateFormats.day(right.date()),
                Dates.interval(left.date(), right.date()));
    }
}
