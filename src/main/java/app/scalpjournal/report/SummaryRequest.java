package app.scalpjournal.report;

import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked the summary to contain (dates per region count in the full layout's photo pages). {@code from}/{@code to} may be null for "from the
 * start" / "up to the end" of the journal; an empty region list means every region that has photos.
 */
public record SummaryRequest(LocalDate from, LocalDate to, List<Region> regions, int datesPerRegion,
                             boolean includeNotes, String name, LocalDate visitDate, SummaryLayout layout, PatientWords words) {
    public static final int MIN_DATES = 1;
    public static final int MAX_DATES = 4;

    public SummaryRequest {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
        if (datesPerRegion < MIN_DATES || datesPerRegion > MAX_DATES) {
            throw new IllegalArgumentException("dates per region must be between " + MIN_DATES + " and " + MAX_DATES
                    + ", not " + datesPerRegion);
        }
        regions = List.copyOf(regions);
        name = name == null ? "" : name.strip();
        layout = layout == null ? SummaryLayout.COMPACT : layout;
        words = words == null ? PatientWords.NONE : words;
    }

    /** The whole journal, every region, first and latest date, with notes, in the given layout. */
    public static SummaryRequest everything(SummaryLayout layout) {
        return new SummaryRequest(null, null, List.of(), 2, true, "", null, layout, PatientWords.NONE);
    }
}
