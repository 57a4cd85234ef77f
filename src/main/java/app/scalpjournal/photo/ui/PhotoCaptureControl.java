package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Under a photo tile: how the photo was taken, and a button to record or change it ({@link CaptureViewModel}). */
public final class PhotoCaptureControl extends VBox {
    public PhotoCaptureControl(CaptureViewModel model) {
        super(2);
        long id = model.photo().id();
        Label summary = new Label();
        summary.setId("photoCaptureSummary-" + id);
        summary.getStyleClass().add("photo-capture");
        summary.setWrapText(true);
        summary.textProperty().bind(model.lineProperty());
        summary.visibleProperty().bind(model.lineProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Button edit = new Button(Messages.get("photo.capture.edit"), new FontIcon(Material2AL.CAMERA_ALT));
        edit.setId("photoCapture-" + id);
        edit.setAccessibleText(Messages.get("photo.capture.edit.accessible", model.photo().originalName()));
        edit.getStyleClass().addAll("flat", "small");
        edit.setOnAction(e -> new CaptureDialog(getScene().getWindow(), model.photo(), model.conditionsProperty().get())
                .ask().ifPresent(model::save));
        getChildren().addAll(summary, edit);
        model.load();
    }
}
