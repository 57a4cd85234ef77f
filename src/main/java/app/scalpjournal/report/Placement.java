package app.scalpjournal.report;

import java.awt.geom.AffineTransform;

/**
 * Where a photo goes in its reference photo's frame: maps the moving photo's upright pixels onto the
 * reference photo's pixels. Saved alignments from compare are exactly this.
 */
@FunctionalInterface
public interface Placement {
    AffineTransform movingToReference(double refW, double refH, double movingW, double movingH);
}
