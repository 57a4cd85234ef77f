package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Under a photo tile: how the photo was taken, and a button to record or change it. */
public final class PhotoCaptureControl extends VBox {
    private final Label summary = new Label();
    private final Photo photo;
    private final CaptureRepository captures;
    private final TaskRunner runner;
    private CaptureConditions current = CaptureConditions.UNKNOWN;

    public PhotoCaptureControl(Photo photo, CaptureRepository captures, TaskRunner runner) {
        super(2);
        this.photo = photo;
        this.captures = captures;
        this.runner = runner;
        summary.setId("photoCaptureSummary-" + photo.id());
        summary.getStyleClass().add("photo-capture");
        summary.setWrapText(true);
        Button edit = new Button(Messages.get("photo.capture.edit"), new FontIcon(Material2AL.CAMERA_ALT));
        edit.setId("photoCapture-" + photo.id());
        edit.setAccessibleText(Messages.get("photo.capture.edit.accessible", photo.originalName()));
        edit.getStyleClass().addAll("flat", "small");
        edit.setOnAction(e -> new CaptureDialog(getScene().getWindow(), photo, current).ask().ifPresent(this::save));
        getChildren().addAll(summary, edit);
        runner.run(() -> captures.get(photo.id()), this::show, e -> summary.setText(""));
    }

    private void save(CaptureConditions chosen) {
        runner.run(() -> {
            captures.put(List.of(photo.id()), chosen);
            return chosen;
        }, this::show, e -> summary.setText(Messages.get("photo.capture.notSaved", e.getMessage())));
    }

    private void show(CaptureConditions c) {
        current = c;
        summary.setText(c.summary());
        summary.setManaged(!c.isUnknown());
        summary.setVisible(!c.isUnknown());
    }
}
