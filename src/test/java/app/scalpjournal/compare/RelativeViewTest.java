package app.scalpjournal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class RelativeViewTest {
    private static final double EPS = 1e-9;

    @Test
    void fitShowsTheWholePhotoCentred() {
        RelativeView v = RelativeView.FIT;
        assertEquals(0.25, v.scale(4000, 3000, 1000, 800), EPS);
        Point2D.Double corner = (Point2D.Double) v.imageToView(4000, 3000, 1000, 800).transform(new Point2D.Double(0, 0), null);
        assertEquals(0, corner.x, EPS);
        assertEquals(25, corner.y, EPS);
    }

    @Test
    void samePlaceInPhotosOfDifferentPixelSizes() {
        // A 4000x3000 photo and a 1000x750 photo of the same scene, after a zoom and a drag.
        RelativeView v = RelativeView.FIT.zoomAt(3, 700, 300, 4000, 3000, 800, 600).panBy(-120, 45, 4000, 3000, 800, 600);
        for (double[] viewPoint : new double[][] {{0, 0}, {400, 300}, {123, 456}}) {
            Point2D.Double big = v.relativePointAt(viewPoint[0], viewPoint[1], 4000, 3000, 800, 600);
            Point2D.Double small = v.relativePointAt(viewPoint[0], viewPoint[1], 1000, 750, 800, 600);
            assertEquals(big.x, small.x, EPS);
            assertEquals(big.y, small.y, EPS);
        }
    }

    @Test
    void dragMovesTheSameRelativeDistanceWhateverTheSize() {
        RelativeView zoomed = new RelativeView(0.5, 0.5, 4);
        RelativeView a = zoomed.panBy(100, 0, 4000, 3000, 800, 600);
        RelativeView b = zoomed.panBy(100, 0, 1000, 750, 800, 600);
        assertEquals(a.centerX(), b.centerX(), EPS);
        assertEquals(0.5 - 100 / (0.2 * 4) / 4000, a.centerX(), EPS);
    }

    @Test
    void wheelZoomKeepsThePointUnderThePointer() {
        RelativeView v = RelativeView.FIT;
        Point2D.Double before = v.relativePointAt(650, 200, 3000, 2000, 900, 700);
        RelativeView zoomed = v.zoomAt(2.5, 650, 200, 3000, 2000, 900, 700);
        Point2D.Double after = zoomed.relativePointAt(650, 200, 3000, 2000, 900, 700);
        assertEquals(before.x, after.x, EPS);
        assertEquals(before.y, after.y, EPS);
        assertEquals(2.5, zoomed.zoom(), EPS);
    }

    @Test
    void actualSizeMeansOneScreenPixelPerPhotoPixel() {
        RelativeView v = RelativeView.FIT.actualSize(4000, 3000, 800, 600);
        assertEquals(1, v.scale(4000, 3000, 800, 600), EPS);
        // The smaller photo of the same scene covers the same screen area, so its pixels are drawn 4x.
        assertEquals(4, v.scale(1000, 750, 800, 600), EPS);
    }

    @Test
    void zoomAndCentreStayWithinLimits() {
        RelativeView v = new RelativeView(-3, 7, 1e6);
        assertEquals(0, v.centerX());
        assertEquals(1, v.centerY());
        assertEquals(RelativeView.MAX_ZOOM, v.zoom());
        assertEquals(RelativeView.MIN_ZOOM, RelativeView.FIT.zoomed(1e-6).zoom());
    }
}
