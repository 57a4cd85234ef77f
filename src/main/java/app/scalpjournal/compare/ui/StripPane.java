package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.ui.ImageStore.Kind;
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

/** The same region on up to twelve dates in a grid, each labelled with its date and day. Uses the screen previews. */
final class StripPane extends GridPane {
    private final ImageStore store;

    StripPane(ImageStore store) {
        this.store = store;
        setId("stripPane");
        getStyleClass().add("compare-strip");
        setHgap(6);
        setVgap(6);
    }

    void show(List<DatedPhoto> photos, Function<DatedPhoto, String> label) {
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
            add(cell(photos.get(i), label.apply(photos.get(i)), i), i % columns, i / columns);
        }
    }

    private VBox cell(DatedPhoto photo, String text, int index) {
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
        cell.setAccessibleText("Photo of " + text);
        long id = photo.id();
        var preview = store.cached(photo.photo(), Kind.PREVIEW);
        view.setImage(preview != null ? preview : store.cached(photo.photo(), Kind.THUMBNAIL));
        if (preview == null) {
            store.request(photo.photo(), Kind.THUMBNAIL, () -> getChildren().contains(cell), img -> {
                if (img != null && getChildren().contains(cell) && view.getImage() == null) {
                    view.setImage(img);
                }
            });
        }
        cell.setUserData(id);
        return cell;
    }
}
