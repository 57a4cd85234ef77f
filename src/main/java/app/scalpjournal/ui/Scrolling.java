package app.scalpjournal.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scroll panes that bring the focused control into view, so Tab never lands on a field out of sight. */
public final class Scrolling {
    private Scrolling() {
    }

    /** Makes the pane scroll to whichever of its controls gets the keyboard focus. */
    public static ScrollPane followFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> reveal(scroll, focused));
            }
        });
        return scroll;
    }

    /** Scrolls vertically just enough for {@code node} to be seen, when it is inside the pane. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !inside(node, content)) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0) {
            return;
        }
        double offset = range * (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin());
        if (bounds.getMinY() < offset) {
            offset = bounds.getMinY();
        } else if (bounds.getMaxY() > offset + viewHeight) {
            offset = bounds.getMaxY() - viewHeight;
        } else {
            return;
        }
        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * Math.max(0, Math.min(1, offset / range)));
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
