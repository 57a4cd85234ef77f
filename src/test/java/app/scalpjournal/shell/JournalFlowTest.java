package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.text.DateFormats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The whole journey on the real window, headless: import, note, viewer, delete and undo, restart. */
class JournalFlowTest extends GuiTest {
    @TempDir
    Path dir;

    private ListView<TimelineItem> timeline() {
        return robot.lookup("#timeline").queryListView();
    }

    private void selectEntry(LocalDate day) throws Exception {
        ListView<TimelineItem> list = timeline();
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof TimelineItem.EntryRow row && row.entry().date().equals(day)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "no row for " + day);
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        Node cell = robot.lookup(".entry-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == at).query();
        robot.clickOn(cell);
        waitUntil(() -> find("#entryDate") instanceof Label l && l.getText().equals(DateFormats.longDay(day)));
    }

    private int shownPhotos() {
        FlowPane photos = find("#entryPhotos");
        return (int) photos.getChildren().stream().filter(n -> n.getStyleClass().contains("photo-tile")).count();
    }

    @Test
    void importEditNoteViewDeleteUndoAndRestart() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        TestImages.writeJpeg(inbox.resolve("crown march.jpg"), 640, 480, TestImages.Exif.taken("2026:03:01 09:30:00"));
        TestImages.writeJpeg(inbox.resolve("crown feb.jpg"), 480, 640, TestImages.Exif.taken("2026:02:10 20:15:00"));
        TestImages.writeJpeg(inbox.resolve("crown feb 2.jpg"), 400, 300, TestImages.Exif.taken("2026:02:10 20:16:00"));
        Files.writeString(inbox.resolve("notes.jpg"), "<html>not a photo</html>");
        Path library = dir.resolve("journal");
        startApp(library);
        waitUntil(() -> shown("#emptyState"));

        // The chooser and the drop handler both end in importPaths; the dialog is the real one.
        MainWindow window = find("#mainWindow");
        robot.interact(() -> window.importPaths(List.of(inbox)));
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#region-crown");
        Snapshots.save(find("#importDialog"), "import-dialog");
        robot.clickOn("#importStart");
        waitUntil(() -> find("#importSummary") instanceof Label l && l.getText().contains("3 imported"));
        String problems = ((TextArea) find("#importProblems")).getText();
        assertEquals(1, problems.lines().count(), problems);
        assertTrue(problems.contains("notes.jpg: "), problems);
        Snapshots.save(find("#importDialog"), "import-summary");
        robot.clickOn("#importClose");

        waitUntil(() -> timeline().getItems().size() == 4);
        assertFalse(find("#emptyState").isVisible());
        selectEntry(LocalDate.of(2026, 2, 10));
        waitUntil(() -> shownPhotos() == 2);
        Snapshots.save(window, "timeline-with-entry");

        // The note may sit below the (larger) photos: focus it as Tab would, and it scrolls into view.
        robot.interact(() -> find("#noteEditor").requestFocus());
        robot.write("Massage ten minutes, evening.");
        waitUntil(() -> Messages.get("entry.note.saved").equals(((Label) find("#saveStatus")).getText()));
        waitUntil(() -> timeline().getItems().stream().anyMatch(i -> i instanceof TimelineItem.EntryRow r
                && r.entry().firstLine().equals("Massage ten minutes, evening.")));

        // Viewer: opens large, zooms, actual size loads the original, Esc closes.
        Node firstPhoto = robot.lookup(".photo-thumb").match(n -> n.getId() != null && n.getId().startsWith("photo-")).query();
        robot.doubleClickOn(firstPhoto);
        waitUntil(() -> robot.lookup("#photoViewer").tryQuery().isPresent());
        waitUntil(() -> ((Label) find("#viewerCaption")).getText().contains("%"));
        String fitted = ((Label) find("#viewerCaption")).getText();
        Snapshots.save(find("#photoViewer"), "viewer");
        robot.clickOn("#viewerCanvas").type(KeyCode.ADD);
        assertFalse(fitted.equals(((Label) find("#viewerCaption")).getText()), "zooming changes the scale shown");
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> ((Label) find("#viewerCaption")).getText().contains("  100%"));
        assertTrue(((Label) find("#viewerCaption")).getText().startsWith("1 of 2  ·  crown feb.jpg"));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> ((Label) find("#viewerCaption")).getText().startsWith("2 of 2  ·  crown feb 2.jpg"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#photoViewer").tryQuery().isEmpty());

        // Delete a photo, undo with Ctrl+Z.
        Node delete = robot.lookup(n -> n.getId() != null && n.getId().startsWith("photoDelete-")).query();
        robot.clickOn(delete);
        robot.clickOn("#confirmButton");
        waitUntil(() -> shownPhotos() == 1);
        assertTrue(find("#statusUndo").isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> shownPhotos() == 2);

        // Delete the whole entry, undo from the status bar.
        robot.interact(() -> find("#deleteEntry").requestFocus());
        robot.clickOn("#deleteEntry");
        robot.clickOn("#confirmButton");
        waitUntil(() -> timeline().getItems().size() == 2);
        robot.clickOn("#statusUndo");
        waitUntil(() -> timeline().getItems().size() == 4);

        // Correct the March photo's date by hand: it moves to that day, marked "set by you".
        selectEntry(LocalDate.of(2026, 3, 1));
        Node dateButton = robot.lookup(n -> n.getId() != null && n.getId().startsWith("photoDate-")).query();
        robot.clickOn(dateButton);
        waitUntil(() -> robot.lookup("#photoDatePicker").tryQuery().isPresent());
        DatePicker picker = find("#photoDatePicker");
        robot.interact(() -> picker.setValue(LocalDate.of(2026, 3, 4)));
        Snapshots.save(find("#dateDialog"), "date-dialog");
        robot.clickOn("#saveDate");
        waitUntil(() -> find("#entryDate") instanceof Label l && l.getText().equals(DateFormats.longDay(LocalDate.of(2026, 3, 4))));
        assertTrue(robot.lookup(".photo-date-source").queryLabeled().getText().contains("set by you"));
        assertEquals(4, timeline().getItems().size(), "the emptied day goes, the new day comes");

        // Restart on the same folder: the note is still there.
        stopApp();
        FxToolkit.cleanupStages();
        startApp(library);
        waitUntil(() -> timeline().getItems().size() == 4);
        selectEntry(LocalDate.of(2026, 2, 10));
        waitUntil(() -> ((TextArea) find("#noteEditor")).getText().equals("Massage ten minutes, evening."));
        assertEquals(2, shownPhotos());
    }
}
