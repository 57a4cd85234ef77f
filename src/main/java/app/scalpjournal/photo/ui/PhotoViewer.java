package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Shortcut;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.ui.Themes;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
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
 * One photo, large: the screen preview first, and the original (decoded in the background, at most
 * {@link PhotoPixels#MAX_EDGE} on its long edge) once the user zooms past what the preview holds. Wheel zooms at the pointer, +/- zoom
 * at the centre, drag pans, F fits, 1 shows actual size, Left/Right go through the entry's photos,
 * Esc closes.
 */
public final class PhotoViewer {
    static final double STEP = 1.25;
    static final double MAX_SCALE = 8;

    private final List<Photo> photos;
    private int index;
    private Photo photo;
    /** Counts photo changes, so a late image of the previous photo is dropped. */
    private int generation;
    private final ImageCache images;
    private final Stage stage = new Stage();
    private final Pane canvas = new Pane();
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    /** Screen pixels per original pixel. */
    private double scale = 1;
    private boolean fitted = true;
    private boolean fullRequested;
    private double dragX;
    private double dragY;

    public PhotoViewer(Window owner, List<Photo> photos, int index, ImageCache images) {
        this.photos = List.copyOf(photos);
        this.index = index;
        this.photo = this.photos.get(index);
        this.images = images;
        stage.initOwner(owner);
        view.setPreserveRatio(false);
        view.setSmooth(true);
        canvas.getChildren().add(view);
        canvas.setId("viewerCanvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        caption.setId("viewerCaption");
        caption.getStyleClass().add("viewer-caption");
        caption.setPadding(new Insets(6, 12, 6, 12));
        BorderPane root = new BorderPane(canvas);
        root.setBottom(caption);
        root.getStyleClass().add("photo-viewer");
        root.setId("photoViewer");
        Scene scene = new Scene(root, 1000, 760);
        Themes.style(scene);
        stage.setScene(scene);

        canvas.widthProperty().addListener((obs, o, n) -> relayoutAfterResize());
        canvas.heightProperty().addListener((obs, o, n) -> relayoutAfterResize());
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? STEP : 1 / STEP, e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX() - view.getLayoutX();
            dragY = e.getY() - view.getLayoutY();
            canvas.setCursor(Cursor.CLOSED_HAND);
        });
        canvas.setOnMouseDragged(e -> {
            view.setLayoutX(e.getX() - dragX);
            view.setLayoutY(e.getY() - dragY);
            fitted = false;
        });
        canvas.setOnMouseReleased(e -> canvas.setCursor(Cursor.DEFAULT));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        updateCaption();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        showPhoto(index);
    }

    /** Shows another photo of the same entry, fitted. */
    public void showPhoto(int next) {
        index = Math.floorMod(next, photos.size());
        photo = photos.get(index);
        int current = ++generation;
        fullRequested = false;
        view.setImage(null);
        stage.setTitle(photo.originalName() + " — " + photo.region().label() + ", " + PhotoLabels.taken(photo));
        canvas.setAccessibleText("Photo " + photo.originalName());
        updateCaption();
        Photo shown = photo;
        images.load(shown, PreviewCache.PREVIEW_EDGE, image -> {
            if (current == generation) {
                view.setImage(image);
                fit();
            }
        }, problem -> caption.setText(problem));
    }

    public Photo photo() {
        return photo;
    }

    /** Screen pixels per original pixel: 1 is actual size. */
    public double scale() {
        return scale;
    }

    public void fit() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        // Small photos are shown at actual size rather than blown up.
        scale = Math.min(1, Math.min(w / photo.width(), h / photo.height()));
        fitted = true;
        place((w - photo.width() * scale) / 2, (h - photo.height() * scale) / 2);
    }

    public void actualSize() {
        zoomTo(1, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Zooms by {@code factor} keeping the photo point under (x, y) where it is. */
    public void zoomAt(double factor, double x, double y) {
        zoomTo(scale * factor, x, y);
    }

    private void zoomTo(double target, double x, double y) {
        double fitScale = Math.min(canvas.getWidth() / photo.width(), canvas.getHeight() / photo.height());
        double next = Math.max(Math.min(fitScale, 1), Math.min(MAX_SCALE, target));
        double ratio = next / scale;
        double nx = x - (x - view.getLayoutX()) * ratio;
        double ny = y - (y - view.getLayoutY()) * ratio;
        scale = next;
        fitted = false;
        place(nx, ny);
    }

    private void place(double x, double y) {
        view.setFitWidth(photo.width() * scale);
        view.setFitHeight(photo.height() * scale);
        view.setLayoutX(x);
        view.setLayoutY(y);
        updateCaption();
        loadFullResolutionWhenNeeded();
    }

    /** The preview holds about 2048 px on its long edge: past that, show the original's pixels. */
    private void loadFullResolutionWhenNeeded() {
        Image shown = view.getImage();
        if (fullRequested || shown == null) {
            return;
        }
        double previewScale = shown.getWidth() / photo.width();
        if (scale <= previewScale * 1.05) {
            return;
        }
        fullRequested = true;
        caption.setText(caption.getText() + "  ·  loading full resolution…");
        int current = generation;
        Photo wanted = photo;
        images.load(wanted, PhotoPixels.MAX_EDGE, image -> {
            if (current == generation) {
                view.setImage(image);
                updateCaption();
            }
        }, problem -> caption.setText(problem));
    }

    private void relayoutAfterResize() {
        if (fitted) {
            fit();
        }
    }

    /** The viewer's keys as Help > Keyboard shortcuts lists them; {@link #onKey} is their handling. */
    public static List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut(Messages.get("viewer.shortcut.zoom.keys"), Messages.get("viewer.shortcut.zoom")),
                new Shortcut(Messages.get("viewer.shortcut.drag.keys"), Messages.get("viewer.shortcut.drag")),
                new Shortcut("F", Messages.get("viewer.shortcut.fit")),
                new Shortcut("1", Messages.get("viewer.shortcut.actual")),
                new Shortcut(Messages.get("viewer.shortcut.others.keys"), Messages.get("viewer.shortcut.others")),
                new Shortcut("Esc", Messages.get("viewer.shortcut.close")));
    }

    private void onKey(KeyEvent e) {
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        KeyCode code = e.getCode();
        String text = e.getText();
        if (code == KeyCode.ESCAPE) {
            stage.close();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            showPhoto(index + 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            showPhoto(index - 1);
        } else if (code == KeyCode.F) {
            fit();
        } else if (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1) {
            actualSize();
        } else if (code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS || "+".equals(text)) {
            zoomAt(STEP, cx, cy);
        } else if (code == KeyCode.SUBTRACT || code == KeyCode.MINUS || "-".equals(text)) {
            zoomAt(1 / STEP, cx, cy);
        } else {
            return;
        }
        e.consume();
    }

    private void updateCaption() {
        String position = photos.size() > 1 ? (index + 1) + " of " + photos.size() + "  ·  " : "";
        caption.setText(position + photo.originalName() + "  ·  " + photo.region().label() + "  ·  " + PhotoLabels.taken(photo)
                + "  ·  " + photo.width() + " × " + photo.height() + "  ·  " + Math.round(scale * 100) + "%"
                + "      (wheel or +/- zoom, drag to move, F fit, 1 actual size"
                + (photos.size() > 1 ? ", ← → other photos" : "") + ", Esc close)");
    }
}
