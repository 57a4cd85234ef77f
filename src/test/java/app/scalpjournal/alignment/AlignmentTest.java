package app.scalpjournal.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    @Test
    void identityFitsTheMovingPhotoIntoTheReferenceFrame() {
        AffineTransform t = Alignment.IDENTITY.movingToReference(2000, 1500, 1000, 750);
        Point2D p = t.transform(new Point2D.Double(1000, 750), null);
        assertEquals(2000, p.getX(), 1e-9);
        assertEquals(1500, p.getY(), 1e-9);
    }

    @Test
    void moveIsAFractionOfTheReferenceSizeAndScaleTurnsAboutTheCentre() {
        Alignment a = new Alignment(0.1, -0.2, 2, 90);
        AffineTransform t = a.movingToReference(1000, 500, 1000, 500);
        Point2D centre = t.transform(new Point2D.Double(500, 250), null);
        assertEquals(600, centre.getX(), 1e-9);
        assertEquals(150, centre.getY(), 1e-9);
        // 100 px right of centre ends up 200 px below it (90 degrees clockwise on screen, scale 2).
        Point2D right = t.transform(new Point2D.Double(600, 250), null);
        assertEquals(600, right.getX(), 1e-9);
        assertEquals(350, right.getY(), 1e-9);
    }

    @Test
    void rotationWrapsAndScaleIsBounded() {
        assertEquals(-170, new Alignment(0, 0, 1, 190).rotationDeg(), 1e-9);
        assertEquals(Alignment.MAX_SCALE, new Alignment(0, 0, 100, 0).scale());
        assertTrue(new Alignment(0, 0, 1, 360).isIdentity());
        assertFalse(Alignment.IDENTITY.movedBy(0.01, 0).isIdentity());
    }
}
