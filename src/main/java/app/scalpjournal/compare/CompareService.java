package app.scalpjournal.compare;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the compare view reads and writes: a region's dated photos, start dates and alignments. No display needed. */
public final class CompareService {
    static final int NOTE_LINES = 2;
    static final int NOTE_CHARS = 160;

    private final PhotoRepository photos;
    private final EntryRepository entries;
    private final AlignmentRepository alignments;
    private final DayCount days;
    private final ConditionLabels conditions;

    public CompareService(PhotoRepository photos, EntryRepository entries, AlignmentRepository alignments,
                          DayCount days, ConditionLabels conditions) {
        this.photos = photos;
        this.entries = entries;
        this.alignments = alignments;
        this.days = days;
        this.conditions = conditions;
    }

    /** A region's photos, oldest first, each with its day, note excerpt and conditions. Two queries whatever the count. */
    public RegionPhotos load(Region region) {
        List<Photo> list = photos.listByRegion(region);
        Map<Long, Entry> byId = entries.listNewestFirst().stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        Map<Long, String> described = conditions.describe(list);
        List<DatedPhoto> dated = new ArrayList<>(list.size());
        for (Photo p : list) {
            Entry entry = byId.get(p.entryId());
            LocalDate date = p.takenAt() != null ? p.takenAt().date() : entry != null ? entry.date() : null;
            if (date == null) {
                continue;
            }
            dated.add(new DatedPhoto(p, date, entry == null ? "" : excerpt(entry.note()), described.getOrDefault(p.id(), "")));
        }
        dated.sort((a, b) -> a.date().compareTo(b.date()));
        return new RegionPhotos(region, List.copyOf(dated), days.chosenStart(region));
    }

    /** The region of the most recently taken photo, for opening Compare with nothing selected. */
    public Optional<Region> newestRegion() {
        List<Photo> all = photos.listAll();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).region());
    }

    public Optional<Alignment> alignment(long photoId, long referencePhotoId) {
        return alignments.find(photoId, referencePhotoId);
    }

    public void saveAlignment(long photoId, long referencePhotoId, Alignment alignment) {
        alignments.save(photoId, referencePhotoId, alignment);
    }

    public void setStartDate(Region region, LocalDate date) {
        days.choose(region, date);
    }

    /** The first lines of a note, shortened for a label. */
    static String excerpt(String note) {
        String text = note.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(NOTE_LINES)
                .collect(Collectors.joining("\n"));
        return text.length() <= NOTE_CHARS ? text : text.substring(0, NOTE_CHARS - 1).stripTrailing() + "…";
    }
}
