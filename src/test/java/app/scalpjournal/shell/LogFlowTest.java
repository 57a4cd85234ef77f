package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.Snapshots;
import app.scalpjournal.text.DateFormats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.photo.CaptureConditions.Lighting;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The log on the real window, headless: a microneedling item with side effects, a routine, search, calendar, restart. */
class LogFlowTest extends GuiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private ListView<TimelineItem> timeline() {
        return robot.lookup("#timeline").queryListView();
    }

    private void selectEntry(LocalDate day) throws Exception {
        waitUntil(() -> timeline().getItems().stream().anyMatch(i -> i instanceof TimelineItem.EntryRow r && r.entry().date().equals(day)));
        ListView<TimelineItem> list = timeline();
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof TimelineItem.EntryRow row && row.entry().date().equals(day)) {
                index = i;
            }
        }
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        Node cell = robot.lookup(".entry-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == at).query();
        robot.clickOn(cell);
        waitUntil(() -> find("#entryDate") instanceof Label l && l.getText().equals(DateFormats.longDay(day)));
    }

    private List<String> logLines() {
        VBox items = find("#logItems");
        return items.getChildren().stream().flatMap(n -> n instanceof javafx.scene.layout.HBox row ? row.getChildren().stream() : java.util.stream.Stream.of(n))
                .filter(n -> n instanceof Label l && l.getId() != null && l.getId().startsWith("logItem-"))
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void logAMicroneedlingItemAndARoutineFindThemAndSeeThemAfterRestart() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        TestImages.writeJpeg(inbox.resolve("crown.jpg"), 640, 480, TestImages.Exif.taken("2026:03:01 09:30:00"));
        Path library = dir.resolve("journal");
        startApp(library);
        MainWindow window = find("#mainWindow");
        javafx.scene.control.MenuBar menus = find("#menuBar");
        List<String> keys = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getName()).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "every menu shortcut is used once: " + keys);
        assertTrue(keys.containsAll(List.of("Shortcut+F", "Shortcut+D", "Shortcut+R")), keys.toString());

        // Import with capture conditions for the batch; the choice is remembered.
        robot.interact(() -> window.importPaths(List.of(inbox)));
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#region-crown");
        robot.clickOn("#importCapture");
        ComboBox<Boolean> washed = find("#captureWashed");
        robot.interact(() -> washed.setValue(Boolean.TRUE));
        ComboBox<Lighting> lighting = find("#captureLighting");
        robot.interact(() -> lighting.setValue(Lighting.DAYLIGHT));
        // The options scroll inside the dialog; a field that takes the focus scrolls into view, Import stays visible.
        robot.interact(() -> find("#captureCamera").requestFocus());
        robot.write("phone");
        Node start = robot.lookup("#importStart").query();
        assertTrue(start.localToScene(start.getBoundsInLocal()).getMaxY() <= start.getScene().getHeight(), "Import is inside the window");
        Snapshots.save(find("#importDialog"), "log-import-capture");
        robot.clickOn("#importStart");
        waitUntil(() -> find("#importSummary") instanceof Label l && l.getText().contains("1 imported"));
        robot.clickOn("#importClose");
        selectEntry(DAY);
        waitUntil(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("photoCaptureSummary-")).tryQuery()
                .map(n -> ((Label) n).getText()).orElse("").equals("washed that day · daylight · phone"));

        // A microneedling item: a bad needle length is refused with the validator's message, then fixed.
        robot.clickOn("#addLogItem");
        waitUntil(() -> robot.lookup("#logKind").tryQuery().isPresent());
        ComboBox<LogKind> kind = find("#logKind");
        robot.interact(() -> kind.setValue(LogKind.MICRONEEDLING));
        robot.clickOn("#logField-needle-mm").write("-0.5");
        robot.clickOn("#logField-device").write("roller");
        robot.clickOn("#sideEffect-redness");
        robot.clickOn("#sideEffect-itching");
        robot.clickOn("#sideEffectNote").write("gone by evening");
        robot.clickOn("#logSave");
        waitUntil(() -> ((Label) find("#logProblem")).getText().startsWith("Needle length must be a positive number of millimetres"));
        Snapshots.save(find("#logKind").getScene().getRoot(), "log-item-dialog-problem");
        robot.doubleClickOn("#logField-needle-mm").eraseText(4).write("0.5");
        robot.clickOn("#logSave");
        waitUntil(() -> logLines().size() == 1);
        assertEquals("Microneedling / derma rolling · needle 0.5 mm · device: roller · side effects: redness, itching (gone by evening)",
                logLines().get(0));

        // A routine: a stop date before the start is refused; then the routine shows on the timeline and the entry.
        robot.clickOn("#routinesButton");
        waitUntil(() -> robot.lookup("#addRoutine").tryQuery().isPresent());
        robot.clickOn("#addRoutine");
        waitUntil(() -> robot.lookup("#routineName").tryQuery().isPresent());
        robot.clickOn("#routineName").write("Evening massage");
        robot.clickOn("#routineFrequency").write("daily");
        DatePicker started = find("#routineStarted");
        DatePicker stopped = find("#routineStopped");
        robot.interact(() -> {
            started.setValue(LocalDate.of(2026, 2, 1));
            stopped.setValue(LocalDate.of(2026, 1, 1));
        });
        robot.clickOn("#routineSave");
        waitUntil(() -> ((Label) find("#routineProblem")).getText().equals("The stop date 2026-01-01 is before the start date 2026-02-01"));
        Snapshots.save(find("#routineName").getScene().getRoot(), "routine-dialog-problem");
        robot.interact(() -> stopped.setValue(null));
        robot.clickOn("#routineSave");
        ListView<Routine> routines = find("#routineList");
        waitUntil(() -> routines.getItems().size() == 1);
        Snapshots.save(find("#routinesWindow"), "routines-window");
        waitUntil(() -> ((Label) find("#entryRoutines")).getText().startsWith(
                "Routines running: Evening massage (daily, since " + DateFormats.day(LocalDate.of(2026, 2, 1)) + ")"));
        waitUntil(() -> robot.lookup(".entry-extra").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().equals(Messages.get("timeline.routines", "Evening massage"))));
        robot.interact(() -> ((javafx.stage.Stage) routines.getScene().getWindow()).close());
        Snapshots.save(window, "log-entry");
        Snapshots.save(find("#logPanel"), "log-panel");

        // Search from the toolbar finds the item by a side effect, and the routine by its name.
        robot.clickOn("#searchBox").write("itching").type(KeyCode.ENTER);
        ListView<SearchHit> results = find("#searchResults");
        waitUntil(() -> results.getItems().size() == 1);
        assertEquals(DAY, results.getItems().get(0).date());
        assertTrue(results.getItems().get(0).snippet().contains("[itching]"), results.getItems().get(0).snippet());
        Snapshots.save(find("#searchWindow"), "search-window");
        robot.doubleClickOn("#searchText").eraseText(7).write("evening").type(KeyCode.ENTER);
        waitUntil(() -> results.getItems().size() == 2 && results.getItems().stream().anyMatch(h -> h.type() == SearchHit.Type.ROUTINE));
        ComboBox<LogKind> searchKind = find("#searchKind");
        robot.interact(() -> searchKind.setValue(LogKind.TOPICAL));
        waitUntil(() -> results.getItems().isEmpty());
        robot.interact(() -> ((javafx.stage.Stage) results.getScene().getWindow()).close());

        // The calendar marks the day; choosing it opens the entry.
        robot.interact(() -> timeline().getSelectionModel().clearSelection());
        robot.clickOn("#calendarButton");
        waitUntil(() -> robot.lookup("#day-" + DAY).tryQuery().isPresent());
        Button day = find("#day-" + DAY);
        assertTrue(day.getStyleClass().contains("calendar-day-marked"));
        assertFalse(day.isDisabled());
        assertTrue(day.getAccessibleText().contains("1 photo") && day.getAccessibleText().contains("1 log item"), day.getAccessibleText());
        assertTrue(((Button) find("#day-" + DAY.plusDays(1))).isDisabled());
        Snapshots.save(find("#calendarWindow"), "calendar-window");
        robot.clickOn(day);
        waitUntil(() -> find("#entryDate") instanceof Label l && l.getText().equals(DateFormats.longDay(DAY)));

        // After a restart everything is still there.
        stopApp();
        FxToolkit.cleanupStages();
        startApp(library);
        selectEntry(DAY);
        waitUntil(() -> logLines().size() == 1);
        assertTrue(logLines().get(0).contains("side effects: redness, itching"));
        waitUntil(() -> ((Label) find("#entryRoutines")).getText().contains("Evening massage"));
        robot.clickOn("#routinesButton");
        waitUntil(() -> robot.lookup("#routineList").tryQuery().map(n -> ((ListView<?>) n).getItems().size()).orElse(0) == 1);

        // Reminders: the rule is stated; a daily routine needs no logging and never reminds; a photo cadence is set per region.
        robot.clickOn("#remindersButton");
        waitUntil(() -> robot.lookup("#cadence-crown").tryQuery().isPresent());
        robot.clickOn("#cadence-crown").write("14");
        robot.clickOn("#cadence-back").write("two weeks");
        robot.clickOn("#saveCadences");
        waitUntil(() -> ((Label) find("#remindersMessage")).getText().equals("Back: a photo cadence must be a whole number of days from 1 to 3650 (got 'two weeks')"));
        robot.doubleClickOn("#cadence-back").eraseText(9);
        robot.clickOn("#saveCadences");
        waitUntil(() -> ((Label) find("#remindersMessage")).getText().equals("Cadences saved."));
        assertEquals(Messages.get("reminders.rule"), ((Label) find("#remindersRule")).getText());
        VBox due = find("#remindersDue");
        VBox upcoming = find("#remindersUpcoming");
        waitUntil(() -> java.util.stream.Stream.concat(due.getChildren().stream(), upcoming.getChildren().stream())
                .anyMatch(n -> ((Label) n).getText().startsWith(Region.CROWN.label() + " photo (every 14 days)")));
        assertTrue(java.util.stream.Stream.concat(due.getChildren().stream(), upcoming.getChildren().stream())
                .noneMatch(n -> ((Label) n).getText().contains("Evening massage")), "a daily routine never reminds");
        Snapshots.save(find("#remindersWindow"), "reminders-window");
        Snapshots.save(find("#mainWindow"), "log-after-restart");

        // The remembered capture choice is offered for the next import.
        robot.interact(() -> ((MainWindow) find("#mainWindow")).importPaths(List.of(inbox)));
        waitUntil(() -> robot.lookup("#captureCamera").tryQuery().isPresent());
        waitUntil(() -> ((javafx.scene.control.TextField) find("#captureCamera")).getText().equals("phone"));
    }
}
