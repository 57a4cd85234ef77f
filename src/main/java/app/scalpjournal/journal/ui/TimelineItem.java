package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.photo.Photo;
import java.time.YearMonth;
import java.util.List;

/** One row of the timeline list: a month header, or an entry with the photos shown for it. */
public sealed interface TimelineItem {
    record MonthHeader(YearMonth month) implements TimelineItem {
    }

    record EntryRow(Entry entry, List<Photo> photos) implements TimelineItem {
        public long id() {
            return entry.id();
        }
    }
}
