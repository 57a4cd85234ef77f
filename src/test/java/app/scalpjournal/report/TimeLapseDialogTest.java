package app.scalpjournal.report;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.alignment.SavedPlacements;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.ui.TimeLapseDialog;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The time-lapse dialog on the real UI, headless: write a GIF with progress, and cancel one half-way. */
class TimeLapseDialogTest extends GuiTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private ReportFixture f;
    private ExecutorService executor;

    @BeforeEach
    void journal() throws Exception {
        f = new ReportFixture(dir.resolve("journal"));
        for (int i = 0; i < 4; i++) {
            f.photo(JAN1.plusDays(i * 20L), Region.CROWN, 600, 800, null);
        }
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        f.close();
    }

    private TimeLapseDialog open(UprightPhotos pixels) throws Exception {
        TimeLapses lapses = new TimeLapses(f.entries, f.photos,
                new SavedPlacements(new AlignmentRepository(f.library.database(), ReportFixture.CLOCK), f.photos), f.days(), pixels);
        AtomicReference<TimeLapseDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(new TimeLapseDialog(null, lapses, new FxTaskRunner(executor), Region.CROWN).show()));
        return dialog.get();
    }

    @Test
    void writesTheGifWithProgress() throws Exception {
        TimeLapseDialog dialog = open(f.upright());
        Snapshots.save(dialog.stage().getScene().getRoot(), "timelapse-dialog");
        Path gif = dir.resolve("crown.gif");
        robot.interact(() -> dialog.model().sizeProperty().set(400));
        robot.interact(() -> dialog.model().write(gif));
        waitUntil(() -> robot.lookup("#timelapseMessage").queryLabeled().getText().startsWith("Saved"));
        assertEquals("Saved crown.gif: 4 frames.", robot.lookup("#timelapseMessage").queryLabeled().getText());
        assertEquals(1.0, dialog.model().progressProperty().get(), 1e-9);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            assertEquals(400, reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void cancelStopsAndLeavesNoFile() throws Exception {
        UprightPhotos slow = (photo, edge) -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return f.upright().read(photo, edge);
        };
        TimeLapseDialog dialog = open(slow);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        robot.interact(() -> dialog.model().write(out.resolve("crown.gif")));
        waitUntil(() -> dialog.model().busyProperty().get());
        assertEquals("Cancel", robot.lookup("#timelapseCancel").queryButton().getText());
        robot.clickOn("#timelapseCancel");
        waitUntil(() -> !dialog.model().busyProperty().get());
        assertEquals("Time-lapse cancelled.", robot.lookup("#timelapseMessage").queryLabeled().getText());
        try (var left = Files.list(out)) {
            assertEquals(0, left.count(), "no GIF and no temporary file");
        }
        assertTrue(dialog.stage().isShowing(), "Cancel stops the writing, not the dialog");
        assertFalse(robot.lookup("#timelapseSave").queryButton().isDisabled());
    }
}
