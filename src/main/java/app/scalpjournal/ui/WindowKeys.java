package app.scalpjournal.ui;

import app.scalpjournal.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The keys every secondary window answers to: Esc and Ctrl+W (Cmd+W on macOS) close it, like its Close button. */
public final class WindowKeys {
    /** Ctrl+W, or Cmd+W on macOS. */
    public static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private WindowKeys() {
    }

    /**
     * Closes the stage on Esc or Ctrl+W. A handler, not a filter: an open pop-up or a control that uses
     * Esc itself (a combo box's list, a date picker) consumes it first and the window stays open.
     */
    public static void closeOnEscape(Stage stage) {
        Scene scene = stage.getScene();
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                e.consume();
                stage.hide();
            }
        });
    }

    /** A Close button for the bottom of a window; {@code id} lets tests find it. */
    public static Button closeButton(Stage stage, String id) {
        Button close = new Button(Messages.get("window.close"));
        close.setId(id);
        close.setAccessibleText(Messages.get("window.close.accessible"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        return close;
    }

    /** A row with the Close button at its right end, for the bottom of a window. */
    public static HBox closeBar(Stage stage, String id) {
        HBox bar = new HBox(closeButton(stage, id));
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }
}
