package app.scalpjournal.photo.ui;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.cli.CliRun;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit > Trash… brings deleted photos back after a restart and empties the trash; Journal > Re-attach photos… adds orphans back. */
class TrashWindowFlowTest extends GuiTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("j");
    }

    @Test
    void deletedPhotosComeBackFromTheTrashAndEmptyingRemovesThemForGood() throws Exception {
        for (String day : List.of("2026-03-01", "2026-03-02")) {
            Path f = TestImages.writeJpeg(dir.resolve("in/" + day + ".jpg"), 64, 48, TestImages.Exif.taken(day.replace('-', ':') + " 09:00:00"));
            assertEquals(0, CliRun.run(journal(), "import", f.toString()).exit());
        }
        List<Photo> photos;
        try (AppContext c = AppContext.open(journal())) {
            photos = c.photos().listAll();
            photos.forEach(p -> c.photoService().deletePhoto(p.id()));
        }
        startApp(journal()); // a restart: the trash is still there
        robot.clickOn("Edit").clickOn("#trashMenu");
        waitUntil(() -> robot.lookup("#trashList").tryQuery().isPresent()
                && robot.lookup("#trashList").queryListView().getItems().size() == 2);
        Snapshots.save(robot.lookup("#trashWindow").query(), "trash-window");
        robot.interact(() -> robot.lookup("#trashList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#trashRestore");
        waitUntil(() -> robot.lookup("#trashList").queryListView().getItems().size() == 1);
        assertTrue(robot.lookup("#trashMessage").queryAs(Labeled.class).getText().startsWith("Brought back"));

        robot.clickOn("#trashEmpty");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        waitUntil(() -> robot.lookup("#trashList").queryListView().getItems().isEmpty());
        long kept = photos.stream().filter(p -> Files.exists(original(p.sha256(), p.ext()))).count();
        assertEquals(1, kept, "the photo brought back keeps its original; the emptied one's is gone");
    }

    @Test
    void reattachAddsAnOriginalWithoutAPhotoBack() throws Exception {
        Path f = TestImages.writeJpeg(dir.resolve("in/a.jpg"), 64, 48, TestImages.Exif.taken("2026:03:01 09:00:00"));
        assertEquals(0, CliRun.run(journal(), "import", f.toString()).exit());
        byte[] orphan = TestImages.jpeg(90, 60, TestImages.Exif.taken("2025:12:24 18:00:00"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(orphan));
        Files.createDirectories(original(sha, "jpg").getParent());
        Files.write(original(sha, "jpg"), orphan);
        startApp(journal());
        robot.clickOn("Journal").clickOn("#reattachMenu");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Labeled.class).getText().startsWith("Re-attached 1"));
        assertTrue(Files.exists(original(sha, "jpg")));
        robot.clickOn("Journal").clickOn("#reattachMenu");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Labeled.class).getText().startsWith("Every original"));
        assertFalse(robot.lookup("#statusMessage").queryAs(Labeled.class).getText().isBlank());
    }

    private Path original(String sha, String ext) {
        return journal().resolve("originals").resolve(sha.substring(0, 2)).resolve(sha + "." + ext);
    }
}
