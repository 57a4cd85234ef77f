package app.scalpjournal.report;

import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one visit summary shows, selected and ordered, with no drawing in it: the renderer
 * turns it into pages, the preview and the printer show those same pages.
 *
 * @param name        the header name or initials ("" for none)
 * @param visitDate   the visit date for the header, or null
 * @param from        first day covered
 * @param to          last day covered
 * @param treatments  routines and treatments logged in the range
 * @param sideEffects side effects logged in the range, oldest first
 * @param notes       the user's notes, most recent first; empty when notes were left out
 * @param notesIncluded whether the user chose to include notes
 * @param regions     one section per region with photos in the range
 * @param emptyRegions regions the user asked for that have no photos in the range
 */
public record SummaryDocument(String name, LocalDate visitDate, LocalDate from, LocalDate to,
                              List<TreatmentRow> treatments, List<SideEffectRow> sideEffects,
                              List<NoteItem> notes, boolean notesIncluded,
                              List<RegionSection> regions, List<Region> emptyRegions) {
    public SummaryDocument {
        treatments = List.copyOf(treatments);
        sideEffects = List.copyOf(sideEffects);
        notes = List.copyOf(notes);
        regions = List.copyOf(regions);
        emptyRegions = List.copyOf(emptyRegions);
    }

    /**
     * One line of the routines and treatments table. {@code last} is null for a routine still going;
     * {@code howOften} is plain text: "routine, daily", "3 times, about every 30 days".
     */
    public record TreatmentRow(String kind, String details, LocalDate first, LocalDate last, String howOften) {
    }

    /** Side effects the user logged on a day, with what they were logging at the time. */
    public record SideEffectRow(LocalDate date, String item, String effects) {
    }

    /** A day's note, as the user wrote it. */
    public record NoteItem(LocalDate date, String text) {
    }

    /** A region's chosen dates, oldest first; the first panel is the reference the others are aligned to. */
    public record RegionSection(Region region, List<PhotoPanel> panels) {
        public RegionSection {
            panels = List.copyOf(panels);
        }
    }
}
