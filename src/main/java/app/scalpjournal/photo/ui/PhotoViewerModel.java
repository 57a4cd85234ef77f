package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Signal;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The photo viewer's state and commands, apart from its nodes: which of the entry's photos is shown,
 * the scale (screen pixels per original pixel) and where the photo's top left corner sits on the
 * canvas, the caption, and when the original's pixels are wanted (zoomed past what the preview holds).
 * A photo change counts a generation, so a late image of the previous photo is dropped.
 */
public final class PhotoViewerModel {
    static final double STEP = 1.25;
    static final double MAX_SCALE = 8;
    /** Zoomed this far past the preview's own scale, the original's pixels are loaded. */
    private static final double PAST_PREVIEW = 1.05;

    // Properties
    private final ReadOnlyObjectWrapper<Photo> photo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper x = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper y = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper width = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper height = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final Signal<Photo> photoChanged = new Signal<>();
    private final Signal<Photo> originalWanted = new Signal<>();

    private final List<Photo> photos;
    private int index;
    private int generation;
    private boolean fitted = true;
    private boolean originalRequested;
    /** Pixels across of the image on screen; 0 while none is. */
    private double shownWidth;
    private double canvasWidth;
    private double canvasHeight;

    public PhotoViewerModel(List<Photo> photos, int index) {
        this.photos = List.copyOf(photos);
        this.index = index;
        this.photo.set(this.photos.get(index));
        updateCaption();
    }

    public ReadOnlyObjectProperty<Photo> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    /** Screen pixels per original pixel: 1 is actual size. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Where the photo's left edge sits on the canvas. */
    public ReadOnlyDoubleProperty xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y.getReadOnlyProperty();
    }

    /** How wide the photo is on screen. */
    public ReadOnlyDoubleProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heightProperty() {
        return height.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Another photo is shown: its screen preview is wanted (the view loads it for {@link #generation()}). */
    public Signal<Photo> photoChanged() {
        return photoChanged;
    }

    /** Zoomed in past the preview: the original's pixels are wanted, once per photo. */
    public Signal<Photo> originalWanted() {
        return originalWanted;
    }

    /** Counts photo changes; an image loaded for an older generation is not shown. */
    public int generation() {
        return generation;
    }

    public boolean isFitted() {
        return fitted;
    }

    // Commands

    /** Shows the photo the viewer was opened on. */
    public void open() {
        show(index);
    }

    /** Shows another photo of the entry (wrapping round), fitted once its image arrives. */
    public void show(int next) {
        index = Math.floorMod(next, photos.size());
        Photo shown = photos.get(index);
        photo.set(shown);
        generation++;
        originalRequested = false;
        shownWidth = 0;
        title.set(Messages.get("viewer.title", shown.originalName(), shown.region().label(), PhotoLabels.taken(shown)));
        updateCaption();
        photoChanged.fire(shown);
    }

    public void next() {
        show(index + 1);
    }

    public void previous() {
        show(index - 1);
    }

    /**
     * An image of the photo arrived for {@code forGeneration}, {@code width} pixels across: false when the
     * photo changed meanwhile (the view drops it); a preview is fitted, the original keeps the place.
     */
    public boolean imageArrived(int forGeneration, double width, boolean original) {
        if (forGeneration != generation) {
            return false;
        }
        shownWidth = width;
        if (original) {
            updateCaption();
        } else {
            fit();
        }
        return true;
    }

    /** The image could not be had: the caption says why. */
    public void imageFailed(int forGeneration, String problem) {
        if (forGeneration == generation) {
            caption.set(problem);
        }
    }

    /** The canvas changed size: a fitted photo is fitted again. */
    public void resize(double width, double height) {
        canvasWidth = width;
        canvasHeight = height;
        if (fitted) {
            fit();
        }
    }

    public void fit() {
        Photo p = photo.get();
        if (canvasWidth <= 0 || canvasHeight <= 0) {
            return;
        }
        // Small photos are shown at actual size rather than blown up.
        double next = Math.min(1, Math.min(canvasWidth / p.width(), canvasHeight / p.height()));
        scale.set(next);
        fitted = true;
        place((canvasWidth - p.width() * next) / 2, (canvasHeight - p.height() * next) / 2);
    }

    public void actualSize() {
        zoomTo(1, canvasWidth / 2, canvasHeight / 2);
    }

    /** Zooms by {@code factor} keeping the photo point under (atX, atY) where it is. */
    public void zoomAt(double factor, double atX, double atY) {
        zoomTo(scale.get() * factor, atX, atY);
    }

    public void zoomIn() {
        zoomAt(STEP, canvasWidth / 2, canvasHeight / 2);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, canvasWidth / 2, canvasHeight / 2);
    }

    /** The photo dragged so its left edge is at (toX, toY). */
    public void moveTo(double toX, double toY) {
        x.set(toX);
        y.set(toY);
        fitted = false;
    }

    private void zoomTo(double target, double atX, double atY) {
        Photo p = photo.get();
        double fitScale = Math.min(canvasWidth / p.width(), canvasHeight / p.height());
        double next = Math.max(Math.min(fitScale, 1), Math.min(MAX_SCALE, target));
        double ratio = next / scale.get();
        double nx = atX - (atX - x.get()) * ratio;
        double ny = atY - (atY - y.get()) * ratio;
        scale.set(next);
        fitted = false;
        place(nx, ny);
    }

    private void place(double toX, double toY) {
        width.set(photo.get().width() * scale.get());
        height.set(photo.get().height() * scale.get());
        x.set(toX);
        y.set(toY);
        updateCaption();
        wantOriginalWhenNeeded();
    }

    /** The preview holds about 2048 px on its long edge: past that, the original's pixels are shown. */
    private void wantOriginalWhenNeeded() {
        Photo p = photo.get();
        if (originalRequested || shownWidth <= 0 || scale.get() <= shownWidth / p.width() * PAST_PREVIEW) {
            return;
        }
        originalRequested = true;
        caption.set(Messages.get("viewer.loadingOriginal", caption.get()));
        originalWanted.fire(p);
    }

    private void updateCaption() {
        Photo p = photo.get();
        String line = Messages.get("viewer.caption", p.originalName(), p.region().label(), PhotoLabels.taken(p),
                String.valueOf(p.width()), String.valueOf(p.height()), String.valueOf(Math.round(scale.get() * 100)),
                Messages.get(photos.size() > 1 ? "viewer.hints.others" : "viewer.hints"));
        caption.set(photos.size() > 1
                ? Messages.get("viewer.position", String.valueOf(index + 1), String.valueOf(photos.size()), line) : line);
    }
}
