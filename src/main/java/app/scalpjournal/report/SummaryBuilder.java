package app.scalpjournal.report;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.FuturePhoto;
import app.scalpjournal.report.SummaryDocument.NoteItem;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import app.scalpjournal.text.Messages;
import java.awt.geom.AffineTransform;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Selects what a visit summary shows: the entries, photos and log items of a date range, and per
 * region its first and latest photo and the chosen dates. Reads only; draws nothing.
 */
public final class SummaryBuilder {
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final SummarySources.Log log;
    private final SummarySources.Conditions conditions;
    private final SummarySources.Alignments alignments;
    private final DayCount days;
    private final Clock clock;

    public SummaryBuilder(EntryRepository entries, PhotoRepository photos, SummarySources.Log log,
                          SummarySources.Conditions conditions, SummarySources.Alignments alignments, DayCount days, Clock clock) {
        this.entries = entries;
        this.photos = photos;
        this.log = log;
        this.conditions = conditions;
        this.alignments = alignments;
        this.days = days;
        this.clock = clock;
    }

    /** The summary for the request; {@link NothingToReportException} when the range holds nothing. */
    public SummaryDocument build(SummaryRequest request) {
        List<Entry> allEntries = entries.listNewestFirst();
        if (allEntries.isEmpty()) {
            throw new NothingToReportException(Messages.get("summary.error.empty"));
        }
        Map<Long, LocalDate> dayOfEntry = new HashMap<>();
        allEntries.forEach(e -> dayOfEntry.put(e.id(), e.date()));
        List<DatedPhoto> allPhotos = DatedPhoto.sorted(photos.listAll(), dayOfEntry);
        LocalDate from = request.from() != null ? request.from() : allEntries.get(allEntries.size() - 1).date();
        LocalDate latest = request.to() != null ? request.to() : allEntries.get(0).date();
        boolean openEnded = latest.isBefore(from);
        // a fixed start after the latest entry: nothing can be in range
        LocalDate to = openEnded ? from : latest;

        List<DatedPhoto> inRange = allPhotos.stream().filter(d -> within(d.date(), from, to)).toList();
        List<NoteItem> notes = allEntries.stream()
                .filter(e -> within(e.date(), from, to) && !e.note().isBlank())
                .map(e -> new NoteItem(e.date(), e.note().strip()))
                .toList();
        var treatments = log.treatments(from, to);
        var sideEffects = log.sideEffects(from, to);
        if (inRange.isEmpty() && notes.isEmpty() && treatments.isEmpty() && sideEffects.isEmpty()) {
            throw new NothingToReportException(openEnded ? Messages.get("summary.error.nothingAfter", from)
                    : Messages.get("summary.error.nothingBetween", from, to));
        }
        LocalDate today = LocalDate.now(clock);
        List<FuturePhoto> future = inRange.stream().filter(d -> d.date().isAfter(today))
                .map(d -> new FuturePhoto(d.date(), d.photo().region())).distinct().toList();

        List<RegionSection> sections = new ArrayList<>();
        List<Region> empty = new ArrayList<>();
        for (Region region : request.regions().isEmpty() ? List.of(Region.values()) : request.regions()) {
            List<DatedPhoto> ofRegion = inRange.stream().filter(d -> d.photo().region() == region).toList();
            if (ofRegion.isEmpty()) {
                if (!request.regions().isEmpty()) {
                    empty.add(region);
                }
                continue;
            }
            LocalDate dayOne = days.dayOne(region, allPhotos.stream()
                    .filter(d -> d.photo().region() == region).findFirst().orElseThrow().date());
            sections.add(section(region, ofRegion, request, dayOne));
        }
        return new SummaryDocument(request.name(), request.visitDate(), from, to, request.layout(), request.words(), future,
                treatments, log.sideEffectsInBrief(from, to), sideEffects,
                request.includeNotes() ? notes : List.of(), request.includeNotes(), sections, empty);
    }

    private RegionSection section(Region region, List<DatedPhoto> ofRegion, SummaryRequest request, LocalDate dayOne) {
        Map<LocalDate, Photo> firstPerDate = new LinkedHashMap<>();
        ofRegion.forEach(d -> firstPerDate.putIfAbsent(d.date(), d.photo()));
        List<LocalDate> dates = new ArrayList<>(firstPerDate.keySet());
        List<LocalDate> ends = DateSpread.pick(dates, 2);
        List<PhotoPanel> firstAndLatest = panels(ends, firstPerDate, dayOne);
        List<LocalDate> pages = DateSpread.pick(dates, request.datesPerRegion());
        List<PhotoPanel> chosen = request.layout() == SummaryLayout.COMPACT ? List.of()
                : pages.equals(ends) ? firstAndLatest : panels(pages, firstPerDate, dayOne);
        return new RegionSection(region, dates.size(), firstAndLatest, chosen);
    }

    private List<PhotoPanel> panels(List<LocalDate> chosen, Map<LocalDate, Photo> firstPerDate, LocalDate dayOne) {
        List<Photo> shown = chosen.stream().map(firstPerDate::get).toList();
        Map<Long, String> described = conditions.describe(shown);
        Photo reference = shown.get(0);
        List<PhotoPanel> panels = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Photo photo = shown.get(i);
            Optional<AffineTransform> alignment = i == 0 ? Optional.empty() : alignments.find(photo, reference);
            panels.add(new PhotoPanel(photo, chosen.get(i), dayOne, described.getOrDefault(photo.id(), ""), alignment));
        }
        return panels;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
