package app.scalpjournal.report;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.NoteItem;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import java.awt.geom.AffineTransform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Selects what a visit summary shows: the entries, photos and log items of a date range, and per
 * region the chosen dates. Reads only; draws nothing.
 */
public final class SummaryBuilder {
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final SummarySources.Log log;
    private final SummarySources.Conditions conditions;
    private final SummarySources.Alignments alignments;
    private final DayCount days;

    public SummaryBuilder(EntryRepository entries, PhotoRepository photos, SummarySources.Log log,
                          SummarySources.Conditions conditions, SummarySources.Alignments alignments,
                          DayCount days) {
        this.entries = entries;
        this.photos = photos;
        this.log = log;
        this.conditions = conditions;
        this.alignments = alignments;
        this.days = days;
    }

    /** The summary for the request; {@link NothingToReportException} when the range holds nothing. */
    public SummaryDocument build(SummaryRequest request) {
        List<Entry> allEntries = entries.listNewestFirst();
        Map<Long, LocalDate> dayOfEntry = new HashMap<>();
        allEntries.forEach(e -> dayOfEntry.put(e.id(), e.date()));
        List<DatedPhoto> allPhotos = photos.listAll().stream()
                .filter(p -> dayOfEntry.containsKey(p.entryId()))
                .map(p -> new DatedPhoto(p, dayOfEntry.get(p.entryId())))
                .sorted(Comparator.comparing(DatedPhoto::date).thenComparing(d -> d.photo().takenAt(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(d -> d.photo().id()))
                .toList();
        if (allEntries.isEmpty()) {
            throw new NothingToReportException("The journal is empty: there is nothing to put in a summary.");
        }
        LocalDate from = request.from() != null ? request.from() : allEntries.get(allEntries.size() - 1).date();
        LocalDate to = request.to() != null ? request.to() : allEntries.get(0).date();
        boolean openEnded = to.isBefore(from);
        if (openEnded) {
            // a fixed start after the latest entry: nothing can be in range
            to = from;
        }
        LocalDate start = from;
        LocalDate end = to;

        List<DatedPhoto> inRange = allPhotos.stream().filter(d -> within(d.date(), start, end)).toList();
        List<NoteItem> notes = allEntries.stream()
                .filter(e -> within(e.date(), start, end) && !e.note().isBlank())
                .map(e -> new NoteItem(e.date(), e.note().strip()))
                .toList();
        var treatments = log.treatments(from, to);
        var sideEffects = log.sideEffects(from, to);
        if (inRange.isEmpty() && notes.isEmpty() && treatments.isEmpty() && sideEffects.isEmpty()) {
            throw new NothingToReportException(openEnded
                    ? "No photos, notes or log items on or after " + from + "."
                    : "No photos, notes or log items from " + from + " to " + to + ".");
        }

        List<Region> wanted = request.regions().isEmpty()
                ? List.of(Region.values())
                : request.regions();
        List<RegionSection> sections = new ArrayList<>();
        List<Region> empty = new ArrayList<>();
        for (Region region : wanted) {
            List<DatedPhoto> ofRegion = inRange.stream().filter(d -> d.photo().region() == region).toList();
            if (ofRegion.isEmpty()) {
                if (!request.regions().isEmpty()) {
                    empty.add(region);
                }
                continue;
            }
            LocalDate dayOne = days.dayOne(region, allPhotos.stream()
                    .filter(d -> d.photo().region() == region).findFirst().orElseThrow().date());
            sections.add(section(region, ofRegion, request.datesPerRegion(), dayOne));
        }
        return new SummaryDocument(request.name(), request.visitDate(), from, to, treatments, sideEffects,
                request.includeNotes() ? notes : List.of(), request.includeNotes(), sections, empty);
    }

    private RegionSection section(Region region, List<DatedPhoto> ofRegion, int count, LocalDate dayOne) {
        Map<LocalDate, Photo> firstPerDate = new LinkedHashMap<>();
        ofRegion.forEach(d -> firstPerDate.putIfAbsent(d.date(), d.photo()));
        List<LocalDate> chosen = DateSpread.pick(new ArrayList<>(firstPerDate.keySet()), count);
        List<Photo> shown = chosen.stream().map(firstPerDate::get).toList();
        Map<Long, String> described = conditions.describe(shown);
        Photo reference = shown.get(0);
        List<PhotoPanel> panels = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Photo photo = shown.get(i);
            Optional<AffineTransform> alignment = i == 0 ? Optional.empty() : alignments.find(photo, reference);
            panels.add(new PhotoPanel(photo, chosen.get(i), dayOne, described.getOrDefault(photo.id(), ""), alignment));
        }
        return new RegionSection(region, panels);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private record DatedPhoto(Photo photo, LocalDate date) {
    }
}
