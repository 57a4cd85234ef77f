package app.scalpjournal.compare;

import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A temp journal with photo rows (no files) for compare tests. */
public final class TestJournal implements AutoCloseable {
    public final Library library;
    public final Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    public final EntryRepository entries;
    public final PhotoRepository photos;
    public final AlignmentRepository alignments;
    public final DayCount days;
    private int next;

    public TestJournal(Path folder) {
        library = Library.open(folder);
        entries = new EntryRepository(library.database(), clock);
        photos = new PhotoRepository(library.database());
        alignments = new AlignmentRepository(library.database(), clock);
        days = new DayCount(new Settings(library.database()));
    }

    public CompareService service(ConditionLabels conditions) {
        return new CompareService(photos, entries, alignments, days, conditions);
    }

    public Photo photo(Region region, LocalDate date, int width, int height) {
        long entry = entries.findOrCreate(date).id();
        String sha = String.format("%064x", ++next);
        return photos.insert(new Photo(0, entry, sha, "jpg", "p" + next + ".jpg", 1000, TakenAt.of(date.atTime(9, 0)),
                DateSource.MANUAL, width, height, 1, region, Instant.now(clock)));
    }

    @Override
    public void close() {
        library.close();
    }
}
