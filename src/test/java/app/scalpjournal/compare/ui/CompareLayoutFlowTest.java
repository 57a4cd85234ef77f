package app.scalpjournal.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.compare.CompareMode;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The layout at a laptop-sized 1280x768 and at 1024x700, and Blink, on the real UI (headless Monocle). */
class CompareLayoutFlowTest extends CompareFlowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    @Override
    double[] size() {
        // Monocle's headless screen is 1280x800: a window wider than it fails to render. 1366x768 is checked on Xvfb.
        return new double[] {1280, 768};
    }

    @Test
    void sideBySideEachPhotoFillsAtLeastEightyPercentOfItsHalf(FxRobot robot) throws Exception {
        waitForImages(robot);
        double half = view.getWidth() / 2;
        for (String side : new String[] {"#leftViewport", "#rightViewport"}) {
            Bounds shown = robot.lookup(side).queryAs(PhotoViewport.class).shownImageBounds();
            assertTrue(shown.getWidth() >= 0.8 * half, side + " is " + shown.getWidth() + " px wide in a " + half + " px half");
        }
        snapshot(view, "compare-1366x768");
        robot.interact(() -> view.getScene().getWindow().setWidth(1024));
        robot.interact(() -> view.getScene().getWindow().setHeight(700));
        waitUntil(() -> view.getWidth() == 1024);
        Bounds small = robot.lookup("#leftViewport").queryAs(PhotoViewport.class).shownImageBounds();
        assertTrue(small.getWidth() >= 0.8 * 512, "at 1024 px: " + small.getWidth());
        assertTrue(robot.lookup("#exportButton").query().isVisible());
        snapshot(view, "compare-1024x700");
    }

    @Test
    void blinkFlipsInPlaceAndAlwaysSaysWhichPhotoIsShown(FxRobot robot) throws Exception {
        waitForImages(robot);
        robot.clickOn("#leftViewport").type(KeyCode.DIGIT5);
        assertEquals(CompareMode.BLINK, vm.modeProperty().get());
        // Blinking by itself: both photos come round within a few intervals.
        waitUntil(() -> vm.blink().showingLaterProperty().get());
        waitUntil(() -> !vm.blink().showingLaterProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(vm.blink().runningProperty().get());
        assertTrue(caption(robot).startsWith("Showing: LEFT photo\n" + day(0)), caption(robot));
        robot.type(KeyCode.B);
        assertTrue(caption(robot).startsWith("Showing: RIGHT photo\n" + day(120)), caption(robot));
        assertEquals(last.id(), vm.blinkShown().id());
        waitUntil(() -> shownWidth(robot, "#mixViewport") > 0);
        snapshot(view, "compare-blink");
        robot.type(KeyCode.B);
        assertTrue(caption(robot).startsWith("Showing: LEFT photo"), caption(robot));
        robot.type(KeyCode.PERIOD);
        assertEquals(1500, vm.blink().intervalMsProperty().get());
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#mixCaption").queryLabeled().getText();
    }
}
