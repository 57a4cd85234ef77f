package app.scalpjournal.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The small fixed dialogs: keyboard shortcuts, about, and a one-line problem. */
public final class Dialogs {
    private static final String[][] SHORTCUTS = {
        {"Ctrl+I", "Import photos"},
        {"Ctrl+Shift+I", "Import a folder (with its subfolders)"},
        {"Ctrl+Z", "Undo the last deletion"},
        {"Ctrl+F", "Search notes, log items, products and tags"},
        {"Ctrl+D", "Calendar"},
        {"Ctrl+R", "Routines"},
        {"Ctrl+P", "Visit summary: preview, save as PDF, print"},
        {"Ctrl+K", "Compare a region across dates (its keys: Help > Compare window shortcuts)"},
        {"Ctrl+Q", "Quit"},
        {"F1", "This list"},
        {"In the photo viewer", ""},
        {"Mouse wheel, + and -", "Zoom (the wheel zooms at the pointer)"},
        {"Drag", "Move the photo"},
        {"F", "Fit the photo to the window"},
        {"1", "Actual size (100%)"},
        {"Left, Right", "The entry's other photos"},
        {"Esc", "Close the viewer"},
    };

    private Dialogs() {
    }

    public static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.setStyle(SHORTCUTS[i][1].isEmpty() ? "-fx-font-weight: bold; -fx-padding: 8 0 0 0;" : "-fx-font-family: monospace;");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.showAndWait();
    }

    public static void about(Window owner, String version) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Scalp Journal");
        alert.setHeaderText("Scalp Journal " + version);
        Label text = new Label("An offline journal of your own dated scalp photos, notes and routines.\n"
                + "It shows your photos and your words; it does not measure or judge anything.\n"
                + "Everything stays on this computer: no network, no accounts.");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("aboutDialog");
        alert.showAndWait();
    }

    /** A problem the user should know about, in one sentence; the app carries on. */
    public static void problem(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("problemDialog");
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    /** Asks before something is deleted; true when the user confirmed. */
    public static boolean confirm(Window owner, String title, String message, String action) {
        ButtonType yes = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        alert.getDialogPane().lookupButton(yes).setId("confirmButton");
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }
}
