package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;

import app.scalpjournal.photo.Photo;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/** A square slot that shows one photo's thumbnail once it has loaded; reused by list cells. */
public final class PhotoThumb extends StackPane {
    private final ImageCache cache;
    private final int size;
    private final ImageView view = new ImageView();
    /** Made when the pointer first comes over the slot: a tooltip is a popup window of its own, costly by the hundred. */
    private Tooltip tooltip;
    private String tip = "";
    private TaskRunner.Handle pending;
    private Photo photo;

    public PhotoThumb(ImageCache cache, int size) {
        this.cache = cache;
        this.size = size;
        getStyleClass().add("photo-thumb");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        setAlignment(Pos.CENTER);
        view.setPreserveRatio(true);
        view.setFitWidth(size);
        view.setFitHeight(size);
        getChildren().add(view);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null) {
                tooltip = new Tooltip(tip);
                Tooltip.install(this, tooltip);
            }
        });
    }

    private void setTip(String text) {
        tip = text;
        if (tooltip != null) {
            tooltip.setText(text);
        }
    }

    public Photo photo() {
        return photo;
    }

    /** True once the thumbnail of the shown photo is on screen. */
    public boolean isLoaded() {
        return photo != null && view.getImage() != null;
    }

    public void show(Photo next) {
        if (next != null && photo != null && next.sha256().equals(photo.sha256()) && view.getImage() != null) {
            photo = next;
            return;
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        photo = next;
        view.setImage(null);
        if (next == null) {
            return;
        }
        setAccessibleText(Messages.get("photo.thumb.accessible", next.originalName()));
        setTip(next.originalName());
        pending = cache.load(next, size, view::setImage, this::setTip);
    }
}
