package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop handler the main window installs, driven with what a Dragboard holds (java.io.File objects,
 * folders among them), into the real importer.
 */
class FileDropTest {
    @TempDir
    Path dir;

    @Test
    void droppedFilesAndFoldersReachTheImporterAndNothingElseDoes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dropped folder"));
        TestImages.writeJpeg(folder.resolve("a.jpg"), 64, 48, Exif.taken("2026:03:01 09:00:00"));
        TestImages.writeJpeg(folder.resolve("sub/b.jpg"), 64, 48, Exif.taken("2026:03:02 09:00:00"));
        Path single = TestImages.writeJpeg(dir.resolve("single.jpg"), 64, 48, Exif.taken("2026:03:03 09:00:00"));
        List<ImportSummary> summaries = new ArrayList<>();
        try (AppContext context = new AppContext(Library.open(dir.resolve("journal")), Clock.systemDefaultZone())) {
            FileDrop drop = new FileDrop(paths -> summaries.add(context.importer().importPaths(paths,
                    ImportOptions.ownDates(Region.CROWN), ImportListener.NONE, () -> false)));

            assertTrue(drop.drop(List.of(folder.toFile(), single.toFile())));
            assertFalse(drop.drop(List.<File>of()));
            assertFalse(drop.drop(null));
        }
        assertEquals(1, summaries.size(), "an empty drop starts nothing");
        assertEquals("3 imported, 0 duplicates, 0 rejected", summaries.get(0).line());
    }

    @Test
    void installingSetsTheDragHandlersOnTheNode() {
        StackPane target = new StackPane();
        new FileDrop(paths -> { }).install(target);
        assertNotNull(target.getOnDragOver());
        assertNotNull(target.getOnDragDropped());
        assertNotNull(target.getOnDragExited());
    }
}
