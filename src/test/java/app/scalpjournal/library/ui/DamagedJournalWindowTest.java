package app.scalpjournal.library.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.shell.App;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the window on a damaged journal offers its latest snapshot, and accepting opens the journal. */
class DamagedJournalWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void damagedJournalOffersTheSnapshotAndOpensAfterwards() throws Exception {
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            for (int i = 0; i < 200; i++) {
                entries.updateNote(entries.findOrCreate(LocalDate.of(2025, 1, 1).plusDays(i)).id(), "note " + i + " ".repeat(i % 50));
            }
        }
        Library.open(dir).close(); // takes the day's snapshot
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("journal.db").toFile(), "rw")) {
            f.seek(4096);
            f.write(new byte[3 * 4096]);
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--library=" + dir);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mainWindow").tryQuery().isPresent());
        try (var kept = Files.list(dir.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")));
        }
        assertEquals(1, robot.lookup("#mainWindow").queryAll().size());
    }
}
