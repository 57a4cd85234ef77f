package app.scalpjournal.compare;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

/**
 * What part of a photo is on screen, independent of the photo's pixel size: the photo point at the
 * centre of the view as fractions of its width and height, and the zoom relative to "fit" (1 = the
 * whole photo fits the view). Two photos shown with the same RelativeView show the same place, even
 * when one has four times the pixels of the other: that is how side-by-side panes stay in sync.
 */
public record RelativeView(double centerX, double centerY, double zoom) {
    public static final RelativeView FIT = new RelativeView(0.5, 0.5, 1);
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 64;

    public RelativeView {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        centerX = Math.max(0, Math.min(1, centerX));
        centerY = Math.max(0, Math.min(1, centerY));
    }

    /** Screen pixels per photo pixel when the whole {@code imageW x imageH} photo fits a {@code viewW x viewH} view. */
    public static double fitScale(double imageW, double imageH, double viewW, double viewH) {
        if (imageW <= 0 || imageH <= 0 || viewW <= 0 || viewH <= 0) {
            return 1;
        }
        return Math.min(viewW / imageW, viewH / imageH);
    }

    /** Screen pixels per photo pixel for this view. */
    public double scale(double imageW, double imageH, double viewW, double viewH) {
        return fitScale(imageW, imageH, viewW, viewH) * zoom;
    }

    /** The view that shows the photo at one screen pixel per photo pixel (100%), keeping the centre. */
    public RelativeView actualSize(double imageW, double imageH, double viewW, double viewH) {
        return new RelativeView(centerX, centerY, 1 / fitScale(imageW, imageH, viewW, viewH));
    }

    /** Maps photo pixels to view pixels. */
    public AffineTransform imageToView(double imageW, double imageH, double viewW, double viewH) {
        double s = scale(imageW, imageH, viewW, viewH);
        AffineTransform t = new AffineTransform();
        t.translate(viewW / 2, viewH / 2);
        t.scale(s, s);
        t.translate(-centerX * imageW, -centerY * imageH);
        return t;
    }

    /** The photo point (as fractions of its size) under a view point. */
    public Point2D.Double relativePointAt(double viewX, double viewY, double imageW, double imageH, double viewW, double viewH) {
        double s = scale(imageW, imageH, viewW, viewH);
        double px = centerX * imageW + (viewX - viewW / 2) / s;
        double py = centerY * imageH + (viewY - viewH / 2) / s;
        return new Point2D.Double(px / imageW, py / imageH);
    }

    /** Zooms by {@code factor} keeping the photo point under ({@code viewX}, {@code viewY}) where it is. */
    public RelativeView zoomAt(double factor, double viewX, double viewY, double imageW, double imageH, double viewW, double viewH) {
        Point2D.Double anchor = relativePointAt(viewX, viewY, imageW, imageH, viewW, viewH);
        double newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double s = fitScale(imageW, imageH, viewW, viewH) * newZoom;
        double cx = anchor.x - (viewX - viewW / 2) / s / imageW;
        double cy = anchor.y - (viewY - viewH / 2) / s / imageH;
        return new RelativeView(cx, cy, newZoom);
    }

    /** Moves the photo with the pointer: a drag of ({@code dxView}, {@code dyView}) screen pixels. */
    public RelativeView panBy(double dxView, double dyView, double imageW, double imageH, double viewW, double viewH) {
        double s = scale(imageW, imageH, viewW, viewH);
        return new RelativeView(centerX - dxView / s / imageW, centerY - dyView / s / imageH, zoom);
    }

    public RelativeView zoomed(double factor) {
        return new RelativeView(centerX, centerY, zoom * factor);
    }
}
