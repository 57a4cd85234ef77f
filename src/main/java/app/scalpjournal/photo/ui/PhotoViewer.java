package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Shortcut;
import app.scalpjournal.ui.Themes;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One photo, large, on a {@link PhotoViewerModel}: the screen preview first, and the original (decoded
 * in the background, at most {@link PhotoPixels#MAX_EDGE} on its long edge) once the user zooms past
 * what the preview holds. Wheel zooms at the pointer, +/- zoom at the centre, drag pans, F fits, 1
 * shows actual size, Left/Right go through the entry's photos, Esc closes.
 */
public final class PhotoViewer {
    private final PhotoViewerModel model;
    private final ImageCache images;
    private final Stage stage = new Stage();
    private final Pane canvas = new Pane();
    private final ImageView view = new ImageView();
    private double dragX;
    private double dragY;

    public PhotoViewer(Window owner, List<Photo> photos, int index, ImageCache images) {
        this.model = new PhotoViewerModel(photos, index);
        this.images = images;
        stage.initOwner(owner);
        stage.titleProperty().bind(model.titleProperty());
        bindImage();
        canvas.getChildren().add(view);
        canvas.setId("viewerCanvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        Label caption = new Label();
        caption.setId("viewerCaption");
        caption.getStyleClass().add("viewer-caption");
        caption.setPadding(new Insets(6, 12, 6, 12));
        caption.textProperty().bind(model.captionProperty());
        BorderPane root = new BorderPane(canvas);
        root.setBottom(caption);
        root.getStyleClass().add("photo-viewer");
        root.setId("photoViewer");
        Scene scene = new Scene(root, 1000, 760);
        Themes.style(scene);
        stage.setScene(scene);
        handleMouse();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.photoChanged().listen(this::loadPreview);
        model.originalWanted().listen(this::loadOriginal);
    }

    /** The image view follows the model's scale and place. */
    private void bindImage() {
        view.setPreserveRatio(false);
        view.setSmooth(true);
        view.fitWidthProperty().bind(model.widthProperty());
        view.fitHeightProperty().bind(model.heightProperty());
        view.layoutXProperty().bind(model.xProperty());
        view.layoutYProperty().bind(model.yProperty());
    }

    private void handleMouse() {
        canvas.widthProperty().addListener((obs, o, n) -> model.resize(canvas.getWidth(), canvas.getHeight()));
        canvas.heightProperty().addListener((obs, o, n) -> model.resize(canvas.getWidth(), canvas.getHeight()));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                model.zoomAt(e.getDeltaY() > 0 ? PhotoViewerModel.STEP : 1 / PhotoViewerModel.STEP, e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX() - model.xProperty().get();
            dragY = e.getY() - model.yProperty().get();
            canvas.setCursor(Cursor.CLOSED_HAND);
        });
        canvas.setOnMouseDragged(e -> model.moveTo(e.getX() - dragX, e.getY() - dragY));
        canvas.setOnMouseReleased(e -> canvas.setCursor(Cursor.DEFAULT));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        model.open();
    }

    private void loadPreview(Photo photo) {
        view.setImage(null);
        canvas.setAccessibleText(Messages.get("viewer.accessible", photo.originalName()));
        int generation = model.generation();
        images.load(photo, PreviewCache.PREVIEW_EDGE, image -> {
            if (model.imageArrived(generation, image.getWidth(), false)) {
                view.setImage(image);
            }
        }, problem -> model.imageFailed(generation, problem));
    }

    private void loadOriginal(Photo photo) {
        int generation = model.generation();
        images.load(photo, PhotoPixels.MAX_EDGE, image -> {
            if (model.imageArrived(generation, image.getWidth(), true)) {
                view.setImage(image);
            }
        }, problem -> model.imageFailed(generation, problem));
    }

    /** The viewer's keys as Help > Keyboard shortcuts lists them; {@link #onKey} is their handling. */
    public static List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(Messages.get("viewer.shortcut.zoom.keys"), Messages.get("viewer.shortcut.zoom")),
                new Shortcut(Messages.get("viewer.shortcut.drag.keys"), Messages.get("viewer.shortcut.drag")),
                new Shortcut("F", Messages.get("viewer.shortcut.fit")),
                new Shortcut("1", Messages.get("viewer.shortcut.actual")),
                new Shortcut(Messages.get("viewer.shortcut.others.keys"), Messages.get("viewer.shortcut.others")),
                new Shortcut(Messages.get("viewer.shortcut.close.keys"), Messages.get("viewer.shortcut.close")));
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        String text = e.getText();
        if (code == KeyCode.ESCAPE) {
            stage.close();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            model.previous();
        } else if (code == KeyCode.F) {
            model.fit();
        } else if (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1) {
            model.actualSize();
        } else if (code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS || "+".equals(text)) {
            model.zoomIn();
        } else if (code == KeyCode.SUBTRACT || code == KeyCode.MINUS || "-".equals(text)) {
            model.zoomOut();
        } else {
            return;
        }
        e.consume();
    }
}
