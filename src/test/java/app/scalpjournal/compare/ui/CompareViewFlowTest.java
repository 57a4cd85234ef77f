package app.scalpjournal.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.Side;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view driven through the real UI (headless Monocle) at 1280x800. */
class CompareViewFlowTest extends CompareFlowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    @Override
    double[] size() {
        return new double[] {1280, 800};
    }

    /**
     * A step moves the L and R marks in the strip's cells as they are: rebuilding them, or changing a style class
     * or id, would redo every affected cell's style.
     */
    @Test
    void steppingMovesTheMarksWithoutRebuildingTheStrip(FxRobot robot) throws Exception {
        waitForImages(robot);
        Node was = cell(robot, 5);
        Node next = cell(robot, 4);
        robot.interact(() -> vm.pair().step(Side.RIGHT, -1));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(was, cell(robot, 5));
        assertSame(next, cell(robot, 4));
        assertFalse(was.lookup(".compare-mark-right").isVisible());
        assertFalse(was.getPseudoClassStates().contains(DateStrip.SHOWN_RIGHT));
        assertTrue(next.lookup(".compare-mark-right").isVisible());
        assertTrue(next.getPseudoClassStates().contains(DateStrip.SHOWN_RIGHT));
        assertTrue(cell(robot, 0).getPseudoClassStates().contains(DateStrip.SHOWN_LEFT));
        assertTrue(cell(robot, 0).getStyleClass().stream().noneMatch(c -> c.startsWith("compare-date-shown")));
        assertTrue(next.getAccessibleText().endsWith(", Right"), next.getAccessibleText());
    }

    @Test
    void opensOnEarliestAndLatestAndSwitchesModes(FxRobot robot) throws Exception {
        waitForImages(robot);
        assertEquals(first.id(), vm.pair().leftProperty().get().id());
        assertEquals(last.id(), vm.pair().rightProperty().get().id());
        String title = robot.lookup("#compareTitle").queryLabeled().getText();
        assertTrue(title.contains(day(0)) && title.contains(day(120)) && title.contains("120 days apart"), title);
        assertTrue(robot.lookup("#compareHints").queryLabeled().getText().contains("conditions are recorded for only one"));
        snapshot(view, "compare-side-by-side");

        robot.clickOn("#modeSwipe");
        assertEquals(CompareMode.SWIPE, vm.modeProperty().get());
        assertTrue(robot.lookup("#swipeDivider").query().isVisible());
        snapshot(view, "compare-swipe");

        robot.clickOn("#modeOverlay");
        assertEquals(CompareMode.OVERLAY, vm.modeProperty().get());
        assertTrue(robot.lookup("#opacitySlider").query().isVisible());
        snapshot(view, "compare-overlay");

        robot.clickOn("#modeBlink");
        assertEquals(CompareMode.BLINK, vm.modeProperty().get());
        assertTrue(robot.lookup("#blinkBar").query().isVisible());

        robot.clickOn("#mixViewport").type(KeyCode.DIGIT4);
        assertEquals(CompareMode.STRIP, vm.modeProperty().get());
        assertEquals(6, vm.strip().size());
        // Every tile shows a picture without a click.
        waitUntil(() -> robot.lookup("#stripPane .image-view").queryAll().stream()
                .filter(n -> ((javafx.scene.image.ImageView) n).getImage() != null).count() == 6);
        snapshot(view, "compare-strip");

        robot.type(KeyCode.DIGIT1);
        assertEquals(CompareMode.SIDE_BY_SIDE, vm.modeProperty().get());
    }

    @Test
    void keysStepEitherSideOrBothAndTheStripFollows(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.clickOn("#rightViewport").type(KeyCode.LEFT);
        assertEquals(4, vm.pair().rightIndexProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(1, vm.pair().leftIndexProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, vm.pair().leftIndexProperty().get());
        assertEquals(5, vm.pair().rightIndexProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(5, vm.pair().rightIndexProperty().get(), "both stop when the later side reaches the end");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, vm.pair().leftIndexProperty().get());
        assertTrue(cell(robot, 1).lookup(".compare-mark-left").isVisible());
        assertTrue(cell(robot, 4).lookup(".compare-mark-right").isVisible());

        // The last arrow moved the left side, so a click puts the date on the left; "Right" then chooses the right side.
        robot.clickOn(cell(robot, 3));
        assertEquals(3, vm.pair().leftIndexProperty().get());
        robot.clickOn("#chooseRight").clickOn(cell(robot, 2));
        assertEquals(2, vm.pair().rightIndexProperty().get());
        waitUntil(() -> robot.lookup("#rightCaption").queryLabeled().getText().startsWith(day(42) + " · day 43"));
        // The right-click menu (Monocle's robot sends no context-menu request, so its item is fired directly).
        javafx.scene.control.ContextMenu menu = ((javafx.scene.control.ListCell<?>) cell(robot, 0)).getContextMenu();
        assertEquals("Show on the left", menu.getItems().get(0).getText());
        robot.interact(() -> menu.getItems().get(0).fire());
        assertEquals(0, vm.pair().leftIndexProperty().get());
    }

    /** The date's cell on screen (the list also keeps an invisible one for measuring). */
    private static Node cell(FxRobot robot, int index) {
        return robot.lookup("#dateList .list-cell").match(n -> n.isVisible() && ((javafx.scene.control.ListCell<?>) n).getIndex() == index).query();
    }

    @Test
    void everyDateShowsItsThumbnailInEveryModeWithoutAClick(FxRobot robot) throws Exception {
        waitForImages(robot);
        for (String mode : new String[] {"#modeSideBySide", "#modeSwipe", "#modeOverlay", "#modeBlink", "#modeStrip"}) {
            robot.clickOn(mode);
            waitUntil(() -> robot.lookup("#dateList .compare-date-frame .image-view").queryAll().stream()
                    .filter(n -> ((javafx.scene.image.ImageView) n).getImage() != null).count() == 6);
        }
    }

    @Test
    void wheelZoomsBothSidesToTheSamePlaceAndTheViewStaysWhenADateChanges(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.moveTo("#leftViewport").scroll(5, javafx.geometry.VerticalDirection.UP);
        waitUntil(() -> vm.viewProperty().get().zoom() > 1.01 || vm.viewProperty().get().zoom() < 0.99);
        robot.drag("#rightViewport", MouseButton.PRIMARY).dropBy(-80, -40);
        var moved = vm.viewProperty().get();
        assertTrue(moved.centerX() != 0.5);
        robot.type(KeyCode.LEFT);
        assertEquals(moved, vm.viewProperty().get(), "zoom and pan stay when the right side changes date");
        robot.type(KeyCode.F);
        assertEquals(1, vm.viewProperty().get().zoom(), 1e-9);
        robot.type(KeyCode.A);
        // 100% for the 1600 px left photo in a viewport narrower than it: the whole photo's pixels are shown.
        assertTrue(vm.viewProperty().get().zoom() > 1.5, "zoom " + vm.viewProperty().get().zoom());
        waitUntil(() -> shownWidth(robot, "#leftViewport") == 1600);
        snapshot(view, "compare-side-by-side-100");
    }

    @Test
    void dragsTheSwipeDividerAndChangesOverlayOpacity(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.clickOn("#modeSwipe");
        robot.drag("#swipeDivider", MouseButton.PRIMARY).dropBy(-250, 0);
        assertTrue(vm.swipeProperty().get() < 0.35, "swipe " + vm.swipeProperty().get());
        snapshot(view, "compare-swipe-dragged");

        robot.clickOn("#modeOverlay");
        Slider slider = robot.lookup("#opacitySlider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).dropBy(60, 0);
        assertTrue(vm.opacityProperty().get() > 0.6, "opacity " + vm.opacityProperty().get());
        robot.clickOn("#mixViewport").type(KeyCode.OPEN_BRACKET);
        double before = vm.opacityProperty().get();
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(before - 0.1, vm.opacityProperty().get(), 1e-9);
    }

    @Test
    void alignsSavesAndFindsTheAlignmentAgainAfterReopening(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.clickOn("#modeOverlay");
        robot.clickOn("#alignToggle");
        robot.drag("#mixViewport", MouseButton.PRIMARY).dropBy(40, 25);
        Alignment dragged = vm.alignment().alignmentProperty().get();
        assertTrue(dragged.dx() > 0.01 && dragged.dy() > 0.01, dragged.toString());
        robot.press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertEquals(3, Math.abs(Math.log(vm.alignment().alignmentProperty().get().scale()) / Math.log(1.01)), 1e-6);
        TextField rotation = robot.lookup("#alignRotation").queryAs(TextField.class);
        robot.doubleClickOn(rotation).eraseText(6).write("-2.5").type(KeyCode.ENTER);
        assertEquals(-2.5, vm.alignment().alignmentProperty().get().rotationDeg(), 1e-9);
        snapshot(view, "compare-overlay-aligned");
        robot.clickOn("#alignSave");
        waitUntil(() -> !vm.alignment().changedProperty().get());
        Alignment saved = vm.alignment().alignmentProperty().get();
        assertEquals(saved, journal.alignments.find(last.id(), first.id()).orElseThrow());

        // Reopen: a new view model and view on the same journal find it again.
        robot.interact(() -> show(stage));
        waitUntil(() -> vm.pair().rightProperty().get() != null && !vm.alignment().alignmentProperty().get().isIdentity());
        assertEquals(saved, vm.alignment().alignmentProperty().get());
        robot.clickOn("#modeSwipe");
        assertEquals(-2.5, Double.parseDouble(robot.lookup("#alignRotation").queryAs(TextField.class).getText().replace(',', '.')), 1e-9);
        assertFalse(vm.alignment().changedProperty().get());
    }

    @Test
    void savesTheComparisonAtThePreviewsResolutionWithLabels(FxRobot robot) throws Exception {
        waitForImages(robot);
        assertEquals("crown-2026-01-05-and-2026-05-05.png", vm.suggestedFileName());
        Path png = dir.resolve("c.png");
        Path jpg = dir.resolve("c.jpg");
        robot.interact(() -> vm.saveImage(png));
        waitUntil(() -> vm.statusProperty().get().startsWith("Saved c.png"));
        robot.interact(() -> vm.saveImage(jpg));
        waitUntil(() -> vm.statusProperty().get().startsWith("Saved c.jpg"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        // Side by side at the previews' height (1200 px): far larger than the 1280 px window.
        assertTrue(image.getWidth() > 2 * 1200 && image.getHeight() > 1200, image.getWidth() + "x" + image.getHeight());
        assertNotNull(ImageIO.read(jpg.toFile()));
        Files.createDirectories(SNAPSHOTS);
        Files.copy(png, SNAPSHOTS.resolve("compare-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void keysOverlayListsTheSameTableThatHandlesTheKeys(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.clickOn("#helpButton");
        assertTrue(robot.lookup("#helpOverlay").query().isVisible());
        assertTrue(robot.lookup("Both sides one date later").tryQuery().isPresent());
        assertTrue(robot.lookup("Blink: show the other photo now (stops blinking)").tryQuery().isPresent());
        snapshot(view, "compare-help");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#helpOverlay").query().isVisible());
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        assertTrue(robot.lookup("#helpOverlay").query().isVisible());
        robot.type(KeyCode.F1);
        assertFalse(robot.lookup("#helpOverlay").query().isVisible());
        assertEquals(CompareKeys.forHelp().rows().stream().map(CompareKeys.Row::action).toList(),
                new CompareKeys(vm, view).rows().stream().map(CompareKeys.Row::action).toList());
    }
}
