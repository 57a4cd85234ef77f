package app.scalpjournal.compare.ui;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.RelativeView;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.text.Messages;
import java.awt.geom.AffineTransform;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One drawing area with a base photo and, in swipe, overlay and blink modes, a second photo over it.
 * The base photo is placed by the shared {@link RelativeView}; the top photo additionally by the
 * manual {@link Alignment}. Shows what the image cache has of a photo at once, then asks it for the
 * size the photo is drawn at: a screen-sized image at first, the original only when zoomed in.
 */
final class PhotoViewport extends Region {

    private final PhotoLayer base;
    private final PhotoLayer top;
    private final Rectangle viewClip = new Rectangle();
    private final Rectangle topClip = new Rectangle();
    private final Region divider = new Region();
    private final Label emptyLabel = new Label();

    private RelativeView view = RelativeView.FIT;
    private Alignment alignment = Alignment.IDENTITY;
    private boolean swipe;
    private double swipeAt = 0.5;
    private boolean alignable;
    private boolean aligning;
    private Consumer<RelativeView> onView = v -> { };
    private Consumer<Alignment> onAlign = a -> { };
    private Consumer<Double> onSwipe = s -> { };
    private double lastX;
    private double lastY;
    private boolean dragAligns;

    PhotoViewport(ImageCache images, String id) {
        base = new PhotoLayer(images, this::requestLayout);
        top = new PhotoLayer(images, this::requestLayout);
        setId(id);
        base.caption.setId(id.replace("Viewport", "Caption"));
        top.caption.setId(id.replace("Viewport", "TopCaption"));
        getStyleClass().add("compare-viewport");
        setMinSize(50, 50);
        setClip(viewClip);
        // The clip sits on a group in view coordinates, so it stays a straight vertical cut when the top photo is rotated.
        Group topGroup = new Group(top.imageView);
        topGroup.setClip(topClip);
        topGroup.setManaged(false);
        divider.setId("swipeDivider");
        divider.getStyleClass().add("compare-divider");
        divider.setAccessibleText(Messages.get("compare.divider.accessible"));
        divider.setCursor(Cursor.H_RESIZE);
        divider.setVisible(false);
        emptyLabel.getStyleClass().add("compare-empty");
        emptyLabel.setMouseTransparent(true);
        emptyLabel.setAlignment(Pos.CENTER);
        getChildren().addAll(base.imageView, topGroup, base.caption, top.caption, divider, emptyLabel);
        top.caption.setAlignment(Pos.TOP_RIGHT);
        setOnScroll(this::scrolled);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        divider.setOnMouseDragged(e -> {
            double x = sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            onSwipe.accept(Math.max(0, Math.min(1, x / Math.max(1, getWidth()))));
            e.consume();
        });
        divider.setOnMousePressed(MouseEvent::consume);
    }

    void showBase(DatedPhoto photo, String caption) {
        base.show(photo, caption);
        emptyLabel.setVisible(photo == null);
    }

    void showTop(DatedPhoto photo, String caption) {
        top.show(photo, caption);
        requestLayout();
    }

    /** Width in pixels of the image now shown for the base photo (0 while none), for tests and benchmarks. */
    double shownImageWidth() {
        return base.imageView.getImage() == null ? 0 : base.imageView.getImage().getWidth();
    }

    /** Where the base photo is drawn, in this viewport's coordinates, cut to what is visible. */
    Bounds shownImageBounds() {
        Bounds b = base.imageView.getBoundsInParent();
        double x0 = Math.max(0, b.getMinX());
        double y0 = Math.max(0, b.getMinY());
        double x1 = Math.min(getWidth(), b.getMaxX());
        double y1 = Math.min(getHeight(), b.getMaxY());
        return new BoundingBox(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    /** The size step the base photo is drawn at (0 before the first layout). */
    int drawnSize() {
        return base.drawnSize();
    }

    /** Runs once, when the base photo is first laid out at a known size. */
    void setOnFirstDrawn(Runnable action) {
        base.setOnFirstDrawn(action);
    }

    void setEmptyText(String text) {
        emptyLabel.setText(text);
    }

    void setView(RelativeView v) {
        view = v;
        requestLayout();
    }

    void setAlignment(Alignment a) {
        alignment = a;
        requestLayout();
    }

    void setTopOpacity(double opacity) {
        top.imageView.setOpacity(opacity);
    }

    /** Blink hides the earlier photo while the later one is shown, so no edge of it shows around an aligned photo. */
    void setBaseOpacity(double opacity) {
        base.imageView.setOpacity(opacity);
    }

    /** A larger, side-coloured caption for Blink, where it says which photo is shown. */
    void setBlinkCaption(boolean on, boolean rightSide) {
        base.caption.getStyleClass().removeAll("compare-blink-caption", "compare-blink-right");
        if (on) {
            base.caption.getStyleClass().add("compare-blink-caption");
            if (rightSide) {
                base.caption.getStyleClass().add("compare-blink-right");
            }
        }
    }

    /** Swipe: the top photo shows right of the divider only. */
    void setSwipe(boolean on, double at) {
        swipe = on;
        swipeAt = at;
        divider.setVisible(on && top.photo != null);
        requestLayout();
    }

    /** Whether dragging and modifier+wheel may move the top photo, and whether plain drags do. */
    void setAlignable(boolean alignable, boolean aligning) {
        this.alignable = alignable;
        this.aligning = aligning;
        setCursor(alignable && aligning ? Cursor.MOVE : Cursor.DEFAULT);
    }

    void setOnView(Consumer<RelativeView> c) {
        onView = c;
    }

    void setOnAlign(Consumer<Alignment> c) {
        onAlign = c;
    }

    void setOnSwipe(Consumer<Double> c) {
        onSwipe = c;
    }

    /** Size of the photo that defines the frame (the base photo, in its own pixels). */
    private double frameW() {
        return base.photo == null ? 1 : base.photo.photo().width();
    }

    private double frameH() {
        return base.photo == null ? 1 : base.photo.photo().height();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        viewClip.setWidth(w);
        viewClip.setHeight(h);
        AffineTransform baseToView = view.imageToView(frameW(), frameH(), w, h);
        base.place(baseToView);
        if (top.photo != null && base.photo != null) {
            AffineTransform topToView = new AffineTransform(baseToView);
            topToView.concatenate(alignment.movingToReference(frameW(), frameH(), top.photo.photo().width(), top.photo.photo().height()));
            top.place(topToView);
        } else {
            top.imageView.setVisible(false);
        }
        double clipFrom = swipe ? swipeAt * w : 0;
        topClip.setX(clipFrom);
        topClip.setY(0);
        topClip.setWidth(w - clipFrom);
        topClip.setHeight(h);
        double captionW = Math.min(360, w * 0.45);
        Insets pad = new Insets(8);
        base.caption.setMaxWidth(captionW);
        top.caption.setMaxWidth(captionW);
        double bh = base.caption.prefHeight(captionW);
        base.caption.resizeRelocate(pad.getLeft(), pad.getTop(), Math.min(captionW, base.caption.prefWidth(-1)), bh);
        double tw = Math.min(captionW, top.caption.prefWidth(-1));
        top.caption.resizeRelocate(w - tw - pad.getRight(), pad.getTop(), tw, top.caption.prefHeight(tw));
        divider.resizeRelocate(swipeAt * w - 6, 0, 12, h);
        emptyLabel.resizeRelocate(0, 0, w, h);
    }

    private void scrolled(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta == 0 || base.photo == null) {
            return;
        }
        if (alignable && top.photo != null && e.isControlDown()) {
            onAlign.accept(alignment.scaledBy(delta > 0 ? 1.01 : 1 / 1.01));
        } else if (alignable && top.photo != null && (e.isAltDown() || e.isShiftDown())) {
            onAlign.accept(alignment.rotatedBy(delta > 0 ? 0.5 : -0.5));
        } else {
            // Wheels report about 40 per notch, touchpads many small deltas, Monocle 1: each event zooms 5-25%.
            double step = 1 + Math.max(0.05, Math.min(0.25, Math.abs(delta) / 200));
            double factor = delta > 0 ? step : 1 / step;
            onView.accept(view.zoomAt(factor, e.getX(), e.getY(), frameW(), frameH(), getWidth(), getHeight()));
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        dragAligns = alignable && top.photo != null && (aligning || e.isControlDown());
        requestFocus();
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (base.photo == null) {
            return;
        }
        if (dragAligns) {
            double s = view.scale(frameW(), frameH(), getWidth(), getHeight());
            onAlign.accept(alignment.movedBy(dx / s / frameW(), dy / s / frameH()));
        } else {
            onView.accept(view.panBy(dx, dy, frameW(), frameH(), getWidth(), getHeight()));
        }
    }
}
