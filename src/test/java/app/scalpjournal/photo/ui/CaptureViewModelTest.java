package app.scalpjournal.photo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.PhotoRows;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How photos were taken, one photo's and an import batch's, through their view models on a real journal, without the toolkit. */
class CaptureViewModelTest {
    private static final CaptureConditions DRY_DAYLIGHT = new CaptureConditions(true, CaptureConditions.HairState.DRY, false,
            CaptureConditions.Lighting.values()[0], "phone", "30 cm", "");
    @TempDir
    Path dir;
    private Library library;
    private CaptureRepository captures;
    private Photo first;
    private Photo second;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        Entry day = new EntryRepository(library.database(), clock).findOrCreate(LocalDate.of(2026, 3, 1));
        PhotoRepository photos = new PhotoRepository(library.database());
        first = photos.insert(PhotoRows.photoRow(day.id(), "a1", day.date(), Region.CROWN));
        second = photos.insert(PhotoRows.photoRow(day.id(), "b2", day.date(), Region.TOP));
        captures = new CaptureRepository(library.database());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aPhotoWithNothingRecordedShowsNoLineAndASavedChoiceIsStoredAndShown() {
        CaptureViewModel model = new CaptureViewModel(first, captures, new SameThreadTaskRunner());
        model.load();
        assertEquals(CaptureConditions.UNKNOWN, model.conditionsProperty().get());
        assertEquals("", model.lineProperty().get());

        model.save(DRY_DAYLIGHT);
        assertEquals(DRY_DAYLIGHT, captures.get(first.id()));
        assertEquals(CaptureConditions.UNKNOWN, captures.get(second.id()), "only this photo");
        assertEquals(DRY_DAYLIGHT.summary(), model.lineProperty().get());

        CaptureViewModel again = new CaptureViewModel(first, captures, new SameThreadTaskRunner());
        again.load();
        assertEquals(DRY_DAYLIGHT, again.conditionsProperty().get(), "read back from the journal");
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsWhatWasShown() {
        Photo gone = new Photo(9999, first.entryId(), "zz", "jpg", "gone.jpg", 10, first.takenAt(), first.dateSource(),
                400, 300, 1, Region.CROWN, first.importedAt());
        CaptureViewModel model = new CaptureViewModel(gone, captures, new SameThreadTaskRunner());
        model.save(DRY_DAYLIGHT);
        assertTrue(model.lineProperty().get().startsWith("Not saved: "), model.lineProperty().get());
        assertEquals(CaptureConditions.UNKNOWN, model.conditionsProperty().get());
    }

    @Test
    void anImportOffersTheLastChoiceAndStoresTheNewOneOnEveryImportedPhoto() {
        captures.rememberLastUsed(DRY_DAYLIGHT);
        ImportCaptureViewModel model = new ImportCaptureViewModel(captures, new SameThreadTaskRunner());
        List<List<Long>> stored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        model.stored().listen(stored::add);
        model.problems().listen(problems::add);
        model.load();
        assertEquals(DRY_DAYLIGHT, model.offeredProperty().get());

        CaptureConditions wet = new CaptureConditions(true, CaptureConditions.HairState.WET, null, null, "", "", "after shower");
        model.store(wet, new ImportSummary(List.of(imported(first), new ImportResult.Duplicate(Path.of("b.jpg"), second)), false));
        assertEquals(List.of(List.of(first.id())), stored);
        assertEquals(wet, captures.get(first.id()));
        assertEquals(CaptureConditions.UNKNOWN, captures.get(second.id()), "a duplicate keeps its own conditions");
        assertEquals(wet, captures.lastUsed(), "offered again at the next import");
        assertEquals(List.of(), problems);
    }

    @Test
    void nothingChosenStoresNothingOnThePhotosAndARefusalIsToldNotStored() {
        ImportCaptureViewModel model = new ImportCaptureViewModel(captures, new SameThreadTaskRunner());
        List<List<Long>> stored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        model.stored().listen(stored::add);
        model.problems().listen(problems::add);
        model.store(CaptureConditions.UNKNOWN, new ImportSummary(List.of(imported(first)), false));
        assertEquals(List.of(List.of()), stored);
        assertEquals(CaptureConditions.UNKNOWN, captures.get(first.id()));

        model.refused("a capture condition text is too long");
        assertEquals(List.of("Capture conditions not saved: a capture condition text is too long"), problems);
    }

    private static ImportResult imported(Photo photo) {
        return new ImportResult.Imported(Path.of(photo.originalName()), photo, null);
    }
}
