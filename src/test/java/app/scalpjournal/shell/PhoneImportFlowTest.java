package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.cli.CliRun;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos from a phone on the real window: dropped files and folders, and the inbox bar. */
class PhoneImportFlowTest extends GuiTest {
    @TempDir
    Path dir;

    private int entries() {
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        return (int) list.getItems().stream().filter(i -> i instanceof TimelineItem.EntryRow).count();
    }

    private void importInDialog(String expected) throws Exception {
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#region-crown");
        robot.clickOn("#importStart");
        waitUntil(() -> find("#importSummary") instanceof Label l && l.getText().contains(expected));
        robot.clickOn("#importClose");
    }

    private static Path synced(Path file, String date) throws Exception {
        TestImages.writeJpeg(file, 64, 48, Exif.taken(date));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        return file;
    }

    @Test
    void droppedFilesAndFoldersGoToTheImportDialog() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dropped folder"));
        TestImages.writeJpeg(folder.resolve("a.jpg"), 64, 48, Exif.taken("2026:03:01 09:00:00"));
        TestImages.writeJpeg(folder.resolve("sub/b.jpg"), 64, 48, Exif.taken("2026:03:02 09:00:00"));
        Path single = TestImages.writeJpeg(dir.resolve("single.jpg"), 64, 48, Exif.taken("2026:03:03 09:00:00"));
        startApp(dir.resolve("journal"));
        MainWindow window = find("#mainWindow");

        // What a Dragboard holds: java.io.File objects, a folder among them.
        robot.interact(() -> assertTrue(window.fileDrop().drop(List.of(folder.toFile(), single.toFile()))));
        importInDialog("3 imported");

        waitUntil(() -> entries() == 3);
        robot.interact(() -> assertFalse(window.fileDrop().drop(List.<File>of())));
    }

    @Test
    void theInboxBarOffersNewPhotosAtStartAndWhileRunning() throws Exception {
        Path phone = Files.createDirectories(dir.resolve("Phone"));
        Path journal = dir.resolve("journal");
        synced(phone.resolve("IMG_0001.JPG"), "2026:03:01 09:00:00");
        synced(phone.resolve("IMG_0002.JPG"), "2026:03:02 09:00:00");
        assertEquals(0, CliRun.run(journal, "inbox", "set", phone.toString()).exit());
        startApp(journal);

        waitUntil(() -> shown("#inboxBar"));
        assertEquals("2 new photos in your inbox folder", ((Label) find("#inboxText")).getText());
        Snapshots.save(find("#mainWindow"), "inbox-bar");
        robot.interact(() -> Themes.apply(true));
        Snapshots.save(find("#mainWindow"), "inbox-bar-dark");
        robot.interact(() -> Themes.apply(false));
        robot.clickOn("#inboxImport");
        importInDialog("2 imported");
        waitUntil(() -> entries() == 2);
        assertFalse(find("#inboxBar").isVisible());

        TestImages.writeJpeg(phone.resolve("IMG_0003.JPG"), 64, 48, Exif.taken("2026:03:03 09:00:00"));
        waitUntil(() -> shown("#inboxBar"));
        assertEquals("1 new photo in your inbox folder", ((Label) find("#inboxText")).getText());
        robot.clickOn("#inboxDismiss");
        waitUntil(() -> !shown("#inboxBar"));
    }
}
