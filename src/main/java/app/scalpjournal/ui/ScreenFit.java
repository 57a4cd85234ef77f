package app.scalpjournal.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Windows sized to their content but never taller or wider than the screen they open on. */
public final class ScreenFit {
    private ScreenFit() {
    }

    /** Sizes the window to its scene's preferred size, then shrinks it to fit the screen's usable area. */
    public static void sizeToContent(Window window) {
        window.sizeToScene();
        clamp(window);
    }

    /** Shrinks the window to the usable area of the screen it is on and moves it inside when it sticks out. */
    public static void clamp(Window window) {
        Rectangle2D area = screenOf(window).getVisualBounds();
        if (window.getHeight() > area.getHeight()) {
            window.setHeight(area.getHeight());
        }
        if (window.getWidth() > area.getWidth()) {
            window.setWidth(area.getWidth());
        }
        double x = Math.max(area.getMinX(), Math.min(window.getX(), area.getMaxX() - window.getWidth()));
        double y = Math.max(area.getMinY(), Math.min(window.getY(), area.getMaxY() - window.getHeight()));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    private static Screen screenOf(Window window) {
        if (Double.isNaN(window.getX()) || Double.isNaN(window.getY())) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst().orElse(Screen.getPrimary());
    }

    /**
     * Sets a dialog's content inside a scroll pane, so a dialog taller than the screen scrolls its
     * fields and keeps its buttons in view. Call {@link #fitDialog} when it is shown or grows.
     */
    public static void scrollingContent(Dialog<?> dialog, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(Scrolling.followFocus(scroll));
    }

    /** Sizes a shown dialog to its content, within the screen. */
    public static void fitDialog(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            sizeToContent(dialog.getDialogPane().getScene().getWindow());
        }
    }
}
