package app.scalpjournal.library.ui;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.cli.CliRun;
import app.scalpjournal.library.LibraryException;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the window on a damaged journal offers to recover it, and accepting opens the journal with every photo. */
class DamagedJournalWindowTest extends GuiTest {
    @TempDir
    Path dir;

    @Test
    void damagedJournalOffersToRecoverAndOpensAfterwards() throws Exception {
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
        launchApp(dir);
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.interact(() -> robot.lookup("#confirmButton").queryButton().fire()); // the dialog may reach past a small screen
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent());
        try (var kept = Files.list(dir.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")));
        }
        assertEquals(1, robot.lookup("#mainWindow").queryAll().size());
    }

    @Test
    void anEmptiedDatabaseIsRecoveredFromThePhotosInTheWindow() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("in/a.jpg"), 120, 90,
                TestImages.Exif.taken("2026:02:03 09:00:00"));
        Path journal = dir.resolve("j");
        assertEquals(0, CliRun.run(journal, "import", photo.toString()).exit());
        Files.write(journal.resolve("journal.db"), new byte[0]);
        launchApp(journal);
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        Snapshots.save(robot.lookup("#confirmButton").query().getScene().getRoot(), "damaged-journal-offer");
        robot.interact(() -> robot.lookup("#confirmButton").queryButton().fire()); // the dialog may reach past a small screen
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#timeline").tryQuery()
                .map(n -> !((javafx.scene.control.ListView<?>) n).getItems().isEmpty()).orElse(false));
        try (Library library = Library.open(journal)) {
            org.junit.jupiter.api.Assertions.fail("the window holds the journal; this must be refused");
        } catch (LibraryException inUse) {
            assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
        }
    }
}
