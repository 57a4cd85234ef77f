package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.testsupport.GuiTest;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** A window larger than the screen, or hanging off its top-left corner, is brought inside it whole. */
class ScreenFitTest extends GuiTest {
    private Stage stage;

    @Test
    void aWindowLargerThanTheScreenFillsItAndStartsAtItsCorner() {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), area.getWidth() + 150, area.getHeight() + 90));
            stage.setX(area.getMinX() - 75);
            stage.setY(area.getMinY() - 45);
            stage.show();
            ScreenFit.clamp(stage);
        });
        assertEquals(area.getWidth(), stage.getWidth(), 0.5);
        assertEquals(area.getHeight(), stage.getHeight(), 0.5);
        assertEquals(area.getMinX(), stage.getX(), 0.5);
        assertEquals(area.getMinY(), stage.getY(), 0.5);
    }

    @Test
    void aSmallWindowStickingOutOnTheRightMovesInAndKeepsItsSize() {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 400, 300));
            stage.setX(area.getMaxX() - 100);
            stage.setY(area.getMinY() + 10);
            stage.show();
            ScreenFit.clamp(stage);
        });
        assertEquals(400, stage.getWidth(), 0.5);
        assertEquals(area.getMaxX() - 400, stage.getX(), 0.5);
        assertEquals(area.getMinY() + 10, stage.getY(), 0.5);
    }
}
