package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.TaskRunner;
import java.awt.geom.AffineTransform;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Affine;

/**
 * One photo drawn in a {@link PhotoViewport}, with its caption. Shows what the image cache has of the
 * photo at once and asks for the size it is drawn at when that is sharper.
 */
final class PhotoLayer {
    /** Ask for a larger image once one of its pixels would cover more than this many screen pixels. */
    private static final double FULL_RES_THRESHOLD = 1.05;

    private final ImageCache images;
    private final Runnable relayout;
    private Runnable onFirstDrawn = () -> { };

    final ImageView imageView = new ImageView();
    final Label caption = new Label();
    private final Affine affine = new Affine();
    DatedPhoto photo;
    private Image image;
    /** The largest size asked of the cache for this photo, so each size is asked once. */
    private int requested;
    /** The size step photos are drawn at here now (0 before the first layout): what neighbours are prefetched at. */
    private int drawnSize;
    private TaskRunner.Handle pending;

    PhotoLayer(ImageCache images, Runnable relayout) {
        this.images = images;
        this.relayout = relayout;
        imageView.getTransforms().add(affine);
        imageView.setSmooth(true);
        imageView.setMouseTransparent(true);
        caption.getStyleClass().add("compare-caption");
        caption.setWrapText(true);
        caption.setMouseTransparent(true);
        caption.setVisible(false);
    }

    void show(DatedPhoto p, String text) {
        caption.setText(text);
        caption.setVisible(p != null && !text.isEmpty());
        if (p != null && photo != null && p.id() == photo.id()) {
            return;
        }
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        photo = p;
        requested = 0;
        // Whatever of this photo is in memory shows at once (a thumbnail at worst); a sharper one follows.
        setImage(p == null ? null : images.best(p.photo()));
    }

    /** The size step the photo is drawn at (0 before the first layout): the size its neighbours are prefetched at. */
    int drawnSize() {
        return drawnSize;
    }

    /** Runs once, when the layer first knows the size it draws at: the moment neighbours can first be prefetched. */
    void setOnFirstDrawn(Runnable action) {
        onFirstDrawn = action;
    }

    void setImage(Image img) {
        image = img;
        imageView.setImage(img);
        relayout.run();
    }

    /** Places the image: photo pixels -> view pixels, with image pixels scaled to photo pixels first. */
    void place(AffineTransform photoToView) {
        if (photo == null) {
            imageView.setVisible(false);
            return;
        }
        double screenPerPhotoPixel = Math.sqrt(Math.abs(photoToView.getDeterminant()));
        double shownLongEdge = screenPerPhotoPixel * Math.max(photo.photo().width(), photo.photo().height());
        boolean first = drawnSize == 0;
        drawnSize = sizeFor(shownLongEdge, photo);
        requestSharper(shownLongEdge);
        if (first) {
            onFirstDrawn.run();
        }
        if (image == null || image.getWidth() <= 0) {
            imageView.setVisible(false);
            return;
        }
        imageView.setVisible(true);
        AffineTransform t = new AffineTransform(photoToView);
        double perImagePixel = photo.photo().width() / image.getWidth();
        t.scale(perImagePixel, perImagePixel);
        affine.setToTransform(t.getScaleX(), t.getShearX(), t.getTranslateX(), t.getShearY(), t.getScaleY(), t.getTranslateY());
    }

    /** Asks for the photo at the size it is drawn (a step of {@link #SIZES}) when what is shown is smaller. */
    private void requestSharper(double shownLongEdge) {
        double have = image == null ? 0 : Math.max(image.getWidth(), image.getHeight());
        if (have * FULL_RES_THRESHOLD >= shownLongEdge) {
            return;
        }
        int size = sizeFor(shownLongEdge, photo);
        if (size <= requested || size <= have) {
            return;
        }
        requested = size;
        DatedPhoto wanted = photo;
        pending = images.load(wanted.photo(), size, img -> {
            if (photo == wanted && (image == null || img.getWidth() > image.getWidth())) {
                setImage(img);
            }
        }, problem -> {
            if (photo == wanted) {
                caption.setText(caption.getText() + "\n" + problem);
                caption.setVisible(true);
            }
        });
    }

    /** The sizes asked of the image cache: a few steps, so resizing the window does not decode anew each time. */
    static final int[] SIZES = {PreviewCache.THUMBNAIL_EDGE, 640, 1024, 1536, PreviewCache.PREVIEW_EDGE, PhotoPixels.MAX_EDGE};

    /** The smallest size step that shows {@code shownLongEdge} screen pixels sharply, within what the photo has. */
    static int sizeFor(double shownLongEdge, DatedPhoto photo) {
        int most = PhotoPixels.deliveredEdge(photo.photo(), PhotoPixels.MAX_EDGE);
        for (int size : SIZES) {
            if (size >= shownLongEdge) {
                return Math.min(size, most);
            }
        }
        return most;
    }
}
