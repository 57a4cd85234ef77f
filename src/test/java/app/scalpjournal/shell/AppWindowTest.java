package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.ui.Themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ui.PhotoThumb;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.journal.ui.DayLines;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.journal.ui.TimelineView;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.PhotoRows;
import app.scalpjournal.library.Library;
import app.scalpjournal.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.time.Clock;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class AppWindowTest extends GuiTest {
    @TempDir
    Path dir;

    private void start() throws Exception {
        startApp(dir);
    }

    @Test
    void emptyJournalSaysWhatToDo() throws Exception {
        start();
        waitUntil(() -> shown("#emptyState"));
        assertTrue(robot.lookup("#emptyImport").query().isVisible());
        assertFalse(robot.lookup("#journalSplit").query().isVisible());
        assertTrue(robot.lookup("#noteEditor").tryQuery().isEmpty(), "no entry pane styled and laid out unseen while no entry is shown");
        Snapshots.save(robot.lookup("#mainWindow").query(), "empty-state");
    }

    /** The sample journal opens beside the empty one, in its own folder (under target/ in tests: see the pom). */
    @Test
    void theSampleJournalIsOneClickFromAnEmptyJournal() throws Exception {
        start();
        waitUntil(() -> shown("#emptyOpenSample"));
        Node ownEmptyState = find("#emptyState");
        robot.clickOn("#emptyOpenSample");
        String title = Messages.get("sample.windowTitle", SampleJournalOpener.defaultFolder());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        assertTrue(Files.exists(SampleJournalOpener.defaultFolder().resolve("journal.db")));
        assertFalse(SampleJournalOpener.defaultFolder().startsWith(dir));
        assertTrue(ownEmptyState.isVisible(), "the user's own journal stays as it was");
    }

    @Test
    void darkThemeAndShortcutsFromTheMenus() throws Exception {
        start();
        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("dark"));
        Snapshots.save(robot.lookup("#mainWindow").query(), "empty-state-dark");
        // The next start remembers the choice.
        stopApp();
        robot.interact(() -> Themes.apply(false));
        start();
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("dark"));
        robot.clickOn("View");
        assertTrue(((javafx.scene.control.CheckMenuItem) robot.lookup("#mainWindow").queryAs(MainWindow.class).getTop().lookupAll(".menu-bar")
                .stream().flatMap(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream()).flatMap(m -> m.getItems().stream())
                .filter(i -> "darkTheme".equals(i.getId())).findFirst().orElseThrow()).isSelected());
        robot.clickOn("Dark theme");
        assertFalse(javafx.application.Application.getUserAgentStylesheet().contains("dark"));
        assertFalse(Themes.chosenDark());
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        Snapshots.save(robot.lookup("#shortcutsDialog").query(), "shortcuts");
        // The help is written from the table that installs the keys: every key is on a menu item and in the help, uncut.
        javafx.scene.Node dialog = robot.lookup("#shortcutsDialog").query();
        for (Command command : Command.values()) {
            javafx.scene.control.MenuItem item = ((MainWindow) robot.lookup("#mainWindow").query()).getTop().lookupAll(".menu-bar").stream()
                    .flatMap(bar -> ((javafx.scene.control.MenuBar) bar).getMenus().stream())
                    .flatMap(menu -> menu.getItems().stream())
                    .filter(i -> command.id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + command.id));
            assertEquals(command.keys, item.getAccelerator(), command.id);
            String keys = command.keys.getDisplayText();
            javafx.scene.control.Label shown = robot.from(dialog).lookup((javafx.scene.control.Label l) -> keys.equals(l.getText())).query();
            assertTrue(shown.getWidth() >= shown.prefWidth(-1) - 0.5, keys + " is cut short: " + shown.getWidth());
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isEmpty());
    }

    @Test
    void timelineShowsEntriesNewestFirstUnderMonths() throws Exception {
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 1, 5)).id(), "Started the massage routine\nten minutes");
            entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 2, 10)).id(), "Second visit");
            entries.findOrCreate(LocalDate.of(2026, 2, 20));
        }
        start();
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        waitUntil(() -> list.getItems().size() == 5);
        assertEquals(new TimelineItem.MonthHeader(java.time.YearMonth.of(2026, 2)), list.getItems().get(0));
        assertEquals(LocalDate.of(2026, 2, 20), ((TimelineItem.EntryRow) list.getItems().get(1)).entry().date());
        assertEquals(new TimelineItem.MonthHeader(java.time.YearMonth.of(2026, 1)), list.getItems().get(3));
        Node window = robot.lookup("#mainWindow").query();
        Snapshots.save(window, "timeline");
    }

    /** New lines under the rows (the log's, the routines') redraw the rows shown in place: taking them down would style them all again. */
    @Test
    void newDayLinesRedrawTheRowsShownInTheirOwnCells() throws Exception {
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            for (int day = 1; day <= 3; day++) {
                entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 1, day)).id(), "day " + day);
            }
        }
        start();
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        waitUntil(() -> list.getItems().size() == 4 && robot.lookup("#noteEditor").tryQuery().isPresent());
        java.util.List<String> takenDown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> list.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.IndexedCell<?>) n)
                .filter(cell -> cell.getIndex() >= 0)
                .forEach(cell -> cell.indexProperty().addListener((obs, old, now) -> takenDown.add(old + " -> " + now))));
        TimelineView timeline = (TimelineView) list.getParent();
        String line = Messages.get("timeline.routines", "Evening massage");
        waitUntil(() -> {
            robot.interact(() -> timeline.setDayLines(day -> day.getDayOfMonth() == 2 ? new DayLines.Lines("", line) : DayLines.Lines.NONE));
            return list.lookupAll(".label").stream().anyMatch(n -> n instanceof javafx.scene.control.Label l && line.equals(l.getText())
                    && l.isVisible());
        });
        assertEquals(java.util.List.of(), takenDown, "rows were emptied and filled again");
    }

    /** The tooltip is made on the first hover (a popup window per thumbnail would cost every start); it names the photo. */
    @Test
    void aTimelineThumbnailNamesItsPhotoWhenThePointerRestsOnIt() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("in/crown left.jpg"), 200, 150, TestImages.Exif.taken("2026:02:01 09:00:00"));
        Path journal = dir.resolve("journal");
        try (AppContext context = new AppContext(Library.open(journal), Clock.systemDefaultZone())) {
            context.importer().importPaths(java.util.List.of(photo), ImportOptions.ownDates(Region.CROWN), ImportListener.NONE, () -> false);
        }
        startApp(journal);
        waitUntil(() -> robot.lookup(".timeline .photo-thumb").tryQuery().map(n -> ((PhotoThumb) n).isLoaded()).orElse(false));
        robot.moveTo(robot.lookup(".timeline .photo-thumb").<Node>query());
        waitUntil(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip tip && tip.isShowing() && "crown left.jpg".equals(tip.getText())));
    }

    private static TimelineItem backDay(ListView<TimelineItem> list) {
        return list.getItems().stream().filter(i -> i instanceof TimelineItem.EntryRow row && row.entry().date().isAfter(LocalDate.now()))
                .findFirst().orElseThrow();
    }

    @Test
    void regionFilterAndFutureDateMarkOnTheRealWindow() throws Exception {
        long futureId;
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            PhotoRepository photos = new PhotoRepository(library.database());
            var crownDay = entries.findOrCreate(LocalDate.of(2026, 1, 5));
            var backDay = entries.findOrCreate(LocalDate.now().plusYears(1));
            photos.insert(PhotoRows.photoRow(crownDay.id(), "c1", crownDay.date(),
                    Region.CROWN));
            futureId = photos.insert(PhotoRows.photoRow(backDay.id(), "b1", backDay.date(),
                    Region.BACK)).id();
        }
        start();
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        waitUntil(() -> list.getItems().size() == 4);
        // The newest entry (the future one) is selected on opening and shows the warning mark.
        waitUntil(() -> robot.lookup("#futureWarning-" + futureId).tryQuery().isPresent());
        // The timeline marks the future row, and only that row.
        java.util.List<javafx.scene.control.ListCell<?>> marked = robot.lookup(".entry-cell").<javafx.scene.control.ListCell<?>>queryAll()
                .stream().filter(cell -> cell.lookupAll(".timeline-future").stream().anyMatch(Node::isVisible)).toList();
        assertEquals(1, marked.size());
        assertEquals(backDay(list), marked.get(0).getItem());
        robot.clickOn("#regionFilter").clickOn("Crown / vertex");
        waitUntil(() -> list.getItems().size() == 2);
        assertEquals(LocalDate.of(2026, 1, 5), ((TimelineItem.EntryRow) list.getItems().get(1)).entry().date());
        robot.clickOn("#regionFilter").clickOn("All regions");
        waitUntil(() -> list.getItems().size() == 4);
    }
}
