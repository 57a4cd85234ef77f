package app.scalpjournal.photo.ui;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.ui.Themes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A long import shows progress, the UI thread stays free, and Cancel stops it with a summary. */
class ImportDialogTest extends GuiTest {
    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private Library library;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        if (library != null) {
            library.close();
        }
    }

    @Test
    void progressThenCancelEndsWithWhatWasDone() throws Exception {
        library = Library.open(dir);
        ImportViewModel.Importer slow = (paths, options, listener, cancelled) -> {
            List<ImportResult> done = new ArrayList<>();
            listener.started(200);
            for (int i = 0; i < 200 && !cancelled.getAsBoolean(); i++) {
                ImportResult r = new ImportResult.Rejected(Path.of("f" + i + ".heic"), "HEIC cannot be read; convert it to JPEG first");
                done.add(r);
                listener.fileDone(r, i + 1, 200);
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    break;
                }
            }
            return new ImportSummary(done, done.size() < 200);
        };
        Stage owner = FxToolkit.registerPrimaryStage();
        ImportViewModel model = new ImportViewModel(List.of(dir), slow, new Settings(library.database()),
                new FxTaskRunner(executor), LocalDate.of(2026, 4, 1));
        robot.interact(() -> {
            Themes.apply(false);
            new ImportDialog(owner, model).show();
        });
        robot.clickOn("#region-back").clickOn("#importStart");
        ProgressBar bar = robot.lookup("#importProgress").query();
        waitUntil(() -> bar.getProgress() > 0.05);
        Snapshots.save(robot.lookup("#importDialog").query(), "import-progress");
        robot.clickOn("#importStop");
        waitUntil(() -> model.phaseProperty().get() == ImportViewModel.Phase.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        String title = ((Label) robot.lookup("#importSummary").query()).getText();
        assertTrue(title.contains("(cancelled)"), title);
        assertTrue(model.summaryProperty().get().results().size() < 200);
    }
}
