package app.scalpjournal.ui;


import app.scalpjournal.text.Messages;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The small fixed dialogs: keyboard shortcuts, about, and a one-line problem. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * The keyboard shortcuts, section by section (a section's title, then its rows), as the tables that
     * install the keys list them. The key column is never cut short.
     */
    public static void shortcuts(Window owner, String title, Map<String, List<Shortcut>> sections) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, List<Shortcut>> section : sections.entrySet()) {
            Label heading = new Label(section.getKey());
            heading.setStyle("-fx-font-weight: bold;" + (row == 0 ? "" : " -fx-padding: 8 0 0 0;"));
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : section.getValue()) {
                Label keys = new Label(shortcut.keys());
                keys.setStyle("-fx-font-family: monospace;");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label does = new Label(shortcut.does());
                does.setWrapText(true);
                grid.addRow(row++, keys, does);
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.showAndWait();
    }

    public static void about(Window owner, String version) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.about"));
        alert.setHeaderText(Messages.get("app.nameVersion", version));
        Label text = new Label(Messages.get("app.about.text"));
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
