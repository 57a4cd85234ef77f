package app.scalpjournal.report;

import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one visit summary shows, selected and ordered, with no drawing in it: the renderer
 * turns it into pages, the preview and the printer show those same pages.
 *
 * @param name         the header name or initials ("" for none)
 * @param visitDate    the visit date for the header, or null
 * @param from         first day covered
 * @param to           last day covered
 * @param layout       compact (page 1 and the notes) or full (photo pages too)
 * @param words        what the patient wrote for this visit, in their own words
 * @param futurePhotos photos in the period dated after the day the summary was made
 * @param treatments   one row per treatment: a routine merged with its log items, or log items alone
 * @param sideEffectsInBrief one row per kind of side effect, for page 1
 * @param sideEffects  every side effect logged in the range, oldest first
 * @param notes        the user's notes, most recent first; empty when notes were left out
 * @param notesIncluded whether the user chose to include notes
 * @param regions      one section per region with photos in the range
 * @param emptyRegions regions the user asked for that have no photos in the range
 */
public record SummaryDocument(String name, LocalDate visitDate, LocalDate from, LocalDate to, SummaryLayout layout,
                              PatientWords words, List<FuturePhoto> futurePhotos,
                              List<TreatmentRow> treatments, List<SideEffectBrief> sideEffectsInBrief, List<SideEffectRow> sideEffects,
                              List<NoteItem> notes, boolean notesIncluded,
                              List<RegionSection> regions, List<Region> emptyRegions) {
    public SummaryDocument {
        futurePhotos = List.copyOf(futurePhotos);
        treatments = List.copyOf(treatments);
        sideEffectsInBrief = List.copyOf(sideEffectsInBrief);
        sideEffects = List.copyOf(sideEffects);
        notes = List.copyOf(notes);
        regions = List.copyOf(regions);
        emptyRegions = List.copyOf(emptyRegions);
    }

    /**
     * One treatment. {@code started} is the routine's start (or the first item logged); {@code until}
     * is when the routine stopped, null while it is ongoing, or the last item logged when there is no
     * routine. {@code planned} is the routine's frequency in the user's words ("" without a routine);
     * {@code logged} says how often it was logged in the period.
     */
    public record TreatmentRow(String name, String kind, String details, LocalDate started, LocalDate until, Until untilKind,
                               String planned, String logged) {
        /** How to read {@code until}. */
        public enum Until { ONGOING, STOPPED, LAST_LOGGED }
    }

    /** One kind of side effect: how many times it was logged, first and last day, with what. */
    public record SideEffectBrief(String effect, int times, LocalDate first, LocalDate last, String with) {
    }

    /** Side effects the user logged on a day, with what they were logging at the time. */
    public record SideEffectRow(LocalDate date, String item, String effects) {
    }

    /** A day's note, as the user wrote it. */
    public record NoteItem(LocalDate date, String text) {
    }

    /** A photo whose date is after the day the summary was made (a camera clock set wrong, most often). */
    public record FuturePhoto(LocalDate date, Region region) {
    }

    /**
     * A region's photos: on how many days it was photographed in the period, its first and latest photo
     * for page 1, and the dates chosen for the photo pages (full layout only); in each list the first panel is the reference the others are aligned to.
     */
    public record RegionSection(Region region, int photoDays, List<PhotoPanel> firstAndLatest, List<PhotoPanel> panels) {
        public RegionSection {
            firstAndLatest = List.copyOf(firstAndLatest);
            panels = List.copyOf(panels);
        }
    }
}
