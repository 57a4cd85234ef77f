package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.ui.Themes;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edit how one photo was taken. */
public final class CaptureDialog extends Dialog<CaptureConditions> {
    public CaptureDialog(Window owner, Photo photo, CaptureConditions current) {
        initOwner(owner);
        setTitle(Messages.get("capture.dialog.title"));
        setHeaderText(photo.originalName());
        CaptureConditionsPane pane = new CaptureConditionsPane(current);
        Label problem = new Label();
        problem.setId("captureProblem");
        problem.getStyleClass().add("problem");
        VBox box = new VBox(10, pane, problem);
        box.setPrefWidth(520);
        ScreenFit.scrollingContent(this, box);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("captureSave");
        ok.setText(Messages.get("capture.dialog.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                pane.get();
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? pane.get() : null);
        setOnShown(e -> {
            Themes.style(getDialogPane().getScene());
            ScreenFit.fitDialog(this);
        });
    }

    public Optional<CaptureConditions> ask() {
        return showAndWait();
    }
}
