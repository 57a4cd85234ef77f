package app.scalpjournal.ui;

import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * The one dialog for an error nobody expected: what failed in plain words, where the log is, and the
 * full details (with the messages the log leaves out) to look at or copy for a bug report.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /**
     * Shows the dialog without waiting for it, so it may be called while JavaFX lays out or animates;
     * {@code app} names the app and its version in the details; {@code onClosed} runs once it is closed.
     */
    public static Alert show(Window owner, String whatFailed, boolean fatal, Throwable error, Path logFolder, String app,
            Runnable onClosed) {
        ButtonType copy = new ButtonType(Messages.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get(fatal ? "error.quit" : "error.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("error.title"));
        alert.setHeaderText(whatFailed);
        Label text = new Label(Messages.get(fatal ? "error.fatalBody" : "error.body", logFolder.toString()));
        text.setWrapText(true);
        text.setId("errorText");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setPrefWidth(560);
        String details = details(app, error);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setId("errorDetails");
        alert.getDialogPane().setExpandableContent(area);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyDetailsButton");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // copying leaves the dialog open
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("error.copied"));
        });
        alert.getDialogPane().lookupButton(close).setId("closeErrorButton");
        alert.setOnHidden(e -> onClosed.run());
        alert.show();
        return alert;
    }

    /** What a developer needs: versions, the thread's stack trace with messages. */
    static String details(String app, Throwable error) {
        StringWriter out = new StringWriter();
        PrintWriter print = new PrintWriter(out);
        print.println(app + ", Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        error.printStackTrace(print);
        print.flush();
        return out.toString();
    }
}
