package app.scalpjournal.journal.ui;

import static app.scalpjournal.testsupport.PhotoRows.photoRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private EntryRepository entries;
    private PhotoRepository photos;
    private TimelineViewModel model;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        entries = new EntryRepository(library.database(), clock);
        photos = new PhotoRepository(library.database());
        model = new TimelineViewModel(entries, photos, new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Entry entry(LocalDate day, String note) {
        Entry e = entries.findOrCreate(day);
        return note.isEmpty() ? e : entries.updateNote(e.id(), note);
    }

    @Test
    void aLongJournalShowsItsNewestPageFirstAndThenTheSameRowsAsAWholeRead() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < TimelineViewModel.FIRST_PAGE * 2 + 7; i++) {
            Entry e = entry(day.plusDays(i), i % 5 == 0 ? "" : "day " + i);
            photos.insert(photoRow(e.id(), "t" + i, e.date(), Region.TOP));
            if (i % 3 == 0) {
                photos.insert(photoRow(e.id(), "c" + i, e.date(), Region.CROWN));
            }
        }
        for (Region region : new Region[] {null, Region.CROWN}) {
            TimelineViewModel paged = new TimelineViewModel(entries, photos, new SameThreadTaskRunner());
            List<List<TimelineItem>> firstShown = new java.util.ArrayList<>();
            paged.regionFilterProperty().set(region);
            if (region == null) {
                paged.reload(() -> firstShown.add(List.copyOf(paged.items())));
                assertTrue(firstShown.get(0).size() < paged.items().size(), "the first page was shown on its own first");
            }
            List<TimelineItem> inPages = List.copyOf(paged.items());
            paged.reload(); // the list is shown now: read as a whole
            assertEquals(paged.items(), inPages, "region " + region);
            assertEquals(paged.items().stream().filter(i -> i instanceof TimelineItem.MonthHeader).distinct().count(),
                    paged.items().stream().filter(i -> i instanceof TimelineItem.MonthHeader).count(), "one header a month");
        }
    }

    @Test
    void theOlderRowsAreReadOnlyWhenTheWindowRunsTheStepAndNeverAfterAnotherReload() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        int days = TimelineViewModel.FIRST_PAGE * 2;
        for (int i = 0; i < days; i++) {
            entry(day.plusDays(i), "day " + i);
        }
        List<Runnable> held = new java.util.ArrayList<>();
        model.reload(() -> { }, held::add);
        assertEquals(TimelineViewModel.FIRST_PAGE, entryRows(model), "only the first page before the step runs");
        assertEquals(1, held.size());
        assertTrue(model.loadingProperty().get(), "more rows to come");
        held.get(0).run();
        assertEquals(days, entryRows(model));
        assertFalse(model.loadingProperty().get());

        TimelineViewModel reloaded = new TimelineViewModel(entries, photos, new SameThreadTaskRunner());
        List<Runnable> late = new java.util.ArrayList<>();
        reloaded.reload(() -> { }, late::add);
        reloaded.reload(); // e.g. a note saved before the first page was drawn: everything is read again
        late.get(0).run();
        assertEquals(days, entryRows(reloaded), "the dropped step adds no second copy of the older rows");
    }

    private static long entryRows(TimelineViewModel model) {
        return model.items().stream().filter(i -> i instanceof TimelineItem.EntryRow).count();
    }

    @Test
    void emptyJournalIsReportedAsEmpty() {
        model.reload();
        assertTrue(model.journalEmptyProperty().get());
        assertTrue(model.items().isEmpty());
    }

    @Test
    void entriesComeNewestFirstUnderMonthHeaders() {
        Entry jan = entry(LocalDate.of(2026, 1, 31), "one");
        Entry feb1 = entry(LocalDate.of(2026, 2, 1), "two");
        Entry feb9 = entry(LocalDate.of(2026, 2, 9), "");
        photos.insert(photoRow(feb1.id(), "a1", feb1.date(), Region.CROWN));
        photos.insert(photoRow(feb1.id(), "a2", feb1.date(), Region.TOP));
        model.reload();
        assertFalse(model.journalEmptyProperty().get());
        List<TimelineItem> items = model.items();
        assertEquals(5, items.size());
        assertEquals(new TimelineItem.MonthHeader(YearMonth.of(2026, 2)), items.get(0));
        assertEquals(feb9.id(), ((TimelineItem.EntryRow) items.get(1)).id());
        assertEquals(2, ((TimelineItem.EntryRow) items.get(2)).photos().size());
        assertEquals(new TimelineItem.MonthHeader(YearMonth.of(2026, 1)), items.get(3));
        assertEquals(jan.id(), ((TimelineItem.EntryRow) items.get(4)).id());
    }

    @Test
    void regionFilterKeepsOnlyEntriesWithPhotosOfThatRegion() {
        Entry a = entry(LocalDate.of(2026, 3, 1), "crown day");
        Entry b = entry(LocalDate.of(2026, 3, 2), "top day");
        entry(LocalDate.of(2026, 3, 3), "just a note");
        photos.insert(photoRow(a.id(), "c1", a.date(), Region.CROWN));
        photos.insert(photoRow(b.id(), "t1", b.date(), Region.TOP));
        photos.insert(photoRow(b.id(), "c2", b.date(), Region.CROWN));
        model.regionFilterProperty().set(Region.TOP);
        assertEquals(2, model.items().size());
        TimelineItem.EntryRow row = (TimelineItem.EntryRow) model.items().get(1);
        assertEquals(b.id(), row.id());
        assertEquals(List.of("t1"), row.photos().stream().map(Photo::sha256).toList());
        model.regionFilterProperty().set(null);
        assertEquals(4, model.items().size());
    }

    @Test
    void savedNoteReplacesItsRowInPlace() {
        Entry a = entry(LocalDate.of(2026, 3, 1), "before");
        model.reload();
        model.entryChanged(entries.updateNote(a.id(), "after\nsecond line"));
        assertEquals("after", ((TimelineItem.EntryRow) model.items().get(1)).entry().firstLine());
        assertEquals(1, model.indexOfEntry(a.id()));
        assertEquals(-1, model.indexOfEntry(a.id() + 100));
    }
}
