package app.scalpjournal.photo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private Settings settings;
    private final List<ImportOptions> calls = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private final LocalDate today = LocalDate.of(2026, 4, 1);

    @BeforeEach
    void open() {
        library = Library.open(dir);
        settings = new Settings(library.database());
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** Two files: one rejected, one fine; reports progress like the real importer. */
    private ImportViewModel.Importer fake() {
        return (paths, options, listener, cancelled) -> {
            calls.add(options);
            listener.started(2);
            ImportResult bad = new ImportResult.Rejected(Path.of("notes.jpg"), "not an image (text)");
            listener.fileDone(bad, 1, 2);
            if (cancelled.getAsBoolean()) {
                return new ImportSummary(List.of(bad), true);
            }
            ImportResult dup = new ImportResult.Duplicate(Path.of("b.jpg"),
                    app.scalpjournal.testsupport.PhotoRows.photoRow(1, "ab", LocalDate.of(2026, 1, 5), Region.CROWN));
            listener.fileDone(dup, 2, 2);
            return new ImportSummary(List.of(bad, dup), false);
        };
    }

    private ImportViewModel model(ImportViewModel.Importer importer) {
        ImportViewModel m = new ImportViewModel(List.of(dir), importer, settings, new SameThreadTaskRunner(), today);
        m.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        return m;
    }

    @Test
    void needsARegionBeforeStarting() {
        ImportViewModel m = model(fake());
        assertNull(m.regionProperty().get());
        assertFalse(m.canStartBinding().get());
        m.start();
        assertTrue(calls.isEmpty());
        m.regionProperty().set(Region.CROWN);
        assertTrue(m.canStartBinding().get());
    }

    @Test
    void runsWithChosenOptionsReportsProgressAndRemembersRegion() {
        ImportViewModel m = model(fake());
        List<ImportSummary> finished = new ArrayList<>();
        m.finished().listen(finished::add);
        m.regionProperty().set(Region.LEFT_TEMPLE);
        m.ownDatesProperty().set(false);
        m.fixedDateProperty().set(LocalDate.of(2026, 2, 3));
        m.noteProperty().set("after the visit");
        m.start();
        assertEquals(List.of(new ImportOptions(Region.LEFT_TEMPLE, LocalDate.of(2026, 2, 3), "after the visit")), calls);
        assertEquals(List.of(0.0, 0.5, 1.0), progress);
        assertEquals(ImportViewModel.Phase.DONE, m.phaseProperty().get());
        assertEquals(1, finished.size());
        assertEquals(List.of("notes.jpg: not an image (text)", app.scalpjournal.text.Messages.get("import.duplicateLine", Path.of("b.jpg"),
                app.scalpjournal.text.DateFormats.day(LocalDate.of(2026, 1, 5)) + ", " + Region.CROWN.label())),
                ImportViewModel.problemLines(m.summaryProperty().get()), "duplicates are named with the photo they repeat");
        assertEquals("left-temple", settings.get(ImportViewModel.LAST_REGION).orElseThrow());
        ImportViewModel next = model(fake());
        assertEquals(Region.LEFT_TEMPLE, next.regionProperty().get(), "the last region is offered again");
        assertEquals(today, next.fixedDateProperty().get());
    }

    @Test
    void ownDatesPassNoFixedDate() {
        ImportViewModel m = model(fake());
        m.regionProperty().set(Region.BACK);
        m.start();
        assertNull(calls.get(0).fixedDate());
    }

    @Test
    void cancelStopsBeforeTheNextFile() {
        java.util.concurrent.atomic.AtomicReference<ImportViewModel> self = new java.util.concurrent.atomic.AtomicReference<>();
        ImportViewModel m = model((paths, options, listener, cancelled) -> {
            self.get().cancel();
            return fake().importPaths(paths, options, listener, cancelled);
        });
        self.set(m);
        m.regionProperty().set(Region.TOP);
        m.start();
        assertTrue(m.summaryProperty().get().cancelled());
        assertEquals(1, m.summaryProperty().get().results().size());
    }

    @Test
    void failureEndsWithAMessage() {
        ImportViewModel m = model((paths, options, listener, cancelled) -> {
            throw new IllegalStateException("disk full");
        });
        m.regionProperty().set(Region.TOP);
        m.start();
        assertEquals(ImportViewModel.Phase.DONE, m.phaseProperty().get());
        assertEquals("The import stopped: disk full", m.problemProperty().get());
    }
}
