package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The same region on up to twelve dates in a grid, each labelled with its date and day; thumbnails at once, sharper images as they load. */
final class StripPane extends GridPane {
    private final ImageCache images;
    private final List<TaskRunner.Handle> pending = new ArrayList<>();

    StripPane(ImageCache images) {
        this.images = images;
        setId("stripPane");
        getStyleClass().add("compare-strip");
        setHgap(6);
        setVgap(6);
    }

    void show(List<DatedPhoto> photos, Function<DatedPhoto, String> label) {
        pending.forEach(TaskRunner.Handle::cancel);
        pending.clear();
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        int n = photos.size();
        if (n == 0) {
            return;
        }
        int columns = n <= 4 ? n : n <= 8 ? 4 : n <= 9 ? 3 : 4;
        int rows = (n + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            add(cell(photos.get(i), label.apply(photos.get(i)), i, columns <= 2 ? 1024 : 640), i % columns, i / columns);
        }
    }

    private VBox cell(DatedPhoto photo, String text, int index, int size) {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("compare-strip-frame");
        frame.setMinSize(40, 40);
        view.fitWidthProperty().bind(frame.widthProperty().subtract(4));
        view.fitHeightProperty().bind(frame.heightProperty().subtract(4));
        Label caption = new Label(text);
        caption.getStyleClass().add("compare-strip-label");
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setAlignment(Pos.CENTER);
        VBox cell = new VBox(2, frame, caption);
        VBox.setVgrow(frame, Priority.ALWAYS);
        cell.setId("stripCell" + index);
        cell.setAccessibleText(Messages.get("compare.strip.photo", text));
        // What is in memory shows at once; the tile's own size follows.
        view.setImage(images.best(photo.photo()));
        TaskRunner.Handle handle = images.load(photo.photo(), size, view::setImage, problem -> caption.setText(text + "\n" + problem));
        if (handle != null) {
            pending.add(handle);
        }
        return cell;
    }
}
