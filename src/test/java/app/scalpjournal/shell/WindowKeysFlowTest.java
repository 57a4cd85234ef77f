package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.text.Messages;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.PhotoRows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyboard on the real window: secondary windows close on Esc, Ctrl+W or Close; Tab shows where focus is. */
class WindowKeysFlowTest extends GuiTest {
    private static final PseudoClass FOCUS_VISIBLE = PseudoClass.getPseudoClass("focus-visible");
    @TempDir
    Path dir;

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    private void openWith(String id, KeyCode key) throws Exception {
        robot.push(KeyCode.CONTROL, key);
        waitUntil(() -> showing(id));
    }

    @Test
    void searchCalendarRoutinesAndRemindersCloseFromTheKeyboardAndTheirButton() throws Exception {
        startApp(dir);
        openWith("#searchWindow", KeyCode.F);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#searchWindow"));

        openWith("#calendarWindow", KeyCode.D);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> !showing("#calendarWindow"));

        openWith("#routinesWindow", KeyCode.R);
        robot.clickOn("#routinesClose");
        waitUntil(() -> !showing("#routinesWindow"));

        robot.clickOn("#remindersButton");
        waitUntil(() -> showing("#remindersWindow"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing("#remindersWindow"));
        assertTrue(showing("#mainWindow"), "Esc closes only the window it was pressed in");
    }

    @Test
    void tabReachesCorrectDateAndDeletePhotoWithAVisibleRing() throws Exception {
        long photoId;
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            var day = entries.findOrCreate(LocalDate.of(2026, 1, 5));
            photoId = new PhotoRepository(library.database()).insert(PhotoRows.photoRow(day.id(), "c1", day.date(), Region.CROWN)).id();
        }
        startApp(dir);
        waitUntil(() -> robot.lookup("#photoDate-" + photoId).tryQuery().isPresent());
        Node date = robot.lookup("#photoDate-" + photoId).query();
        Node delete = robot.lookup("#photoDelete-" + photoId).query();
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());
        for (int i = 0; i < 40 && !date.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(date.isFocused(), "Tab reaches Correct date…");
        assertTrue(date.getPseudoClassStates().contains(FOCUS_VISIBLE));
        waitUntil(() -> hasRing(date));
        for (int i = 0; i < 10 && !delete.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(delete.isFocused(), "Tab reaches the delete icon");
        waitUntil(() -> hasRing(delete));
        assertTrue(!hasRing(date), "the ring follows the focus");
    }

    /** The app's focus ring: an accent fill with the button's own background 2 px inside it. */
    private static boolean hasRing(Node node) {
        var background = ((javafx.scene.layout.Region) node).getBackground();
        return background != null && background.getFills().size() == 2 && background.getFills().get(1).getInsets().getTop() == 2
                && !javafx.scene.paint.Color.TRANSPARENT.equals(background.getFills().get(0).getFill());
    }

    @Test
    void theTimelineShowsALogOnlyDayAndMarksAFutureDate() throws Exception {
        try (Library library = Library.open(dir)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemDefaultZone());
            var future = entries.findOrCreate(LocalDate.now().plusMonths(2));
            new PhotoRepository(library.database()).insert(PhotoRows.photoRow(future.id(), "f1", future.date(), Region.CROWN));
            var log = new LogRepository(library.database(), entries, Clock.systemDefaultZone());
            log.add(new LogValidator().check(new LogDraft("2026-01-05",
                    LogKind.MASSAGE, java.util.Map.of(), java.util.EnumSet.noneOf(SideEffect.class),
                    "", "")));
        }
        startApp(dir);
        String logged = Messages.get("timeline.log", LogKind.MASSAGE.label());
        waitUntil(() -> robot.lookup(".entry-note").queryAll().stream().anyMatch(n -> n.isVisible()
                && logged.equals(((javafx.scene.control.Label) n).getText())));
        waitUntil(() -> robot.lookup(".timeline-future").queryAll().stream().filter(Node::isVisible).count() == 1);
    }

    @Test
    void at1024PixelsTheMostUsedActionsStayInTheToolbar() throws Exception {
        startApp(dir);
        Node main = robot.lookup("#mainWindow").query();
        robot.interact(() -> main.getScene().getWindow().setWidth(1024));
        for (String id : java.util.List.of("#importButton", "#compareButton", "#visitSummaryButton", "#remindersButton")) {
            waitUntil(() -> robot.lookup(id).tryQuery().map(n -> n.getScene() != null && n.isVisible()
                    && n.localToScene(n.getBoundsInLocal()).getMaxX() <= n.getScene().getWidth()).orElse(false));
        }
    }
}
