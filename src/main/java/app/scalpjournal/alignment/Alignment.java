package app.scalpjournal.alignment;

import java.awt.geom.AffineTransform;

/**
 * A manual, non-destructive alignment of a later photo onto an earlier (reference) photo: the one
 * owner of what a saved alignment means, for Compare, the printed summary and the time-lapse.
 *
 * <p>Meaning: the moving photo is first fitted
 * into the reference photo's frame (scaled to fit, centred, aspect kept); then it is scaled by
 * {@code scale} and rotated by {@code rotationDeg} (clockwise on screen) about its own centre, and
 * moved by {@code dx} and {@code dy}, given as fractions of the reference photo's width and height.
 * {@link #movingToReference} gives that as one transform from moving-photo pixels to reference-photo
 * pixels, so any renderer can draw the pair the same way.
 */
public record Alignment(double dx, double dy, double scale, double rotationDeg) {
    public static final Alignment IDENTITY = new Alignment(0, 0, 1, 0);
    public static final double MIN_SCALE = 0.2;
    public static final double MAX_SCALE = 5;

    public Alignment {
        if (!Double.isFinite(dx) || !Double.isFinite(dy) || !Double.isFinite(scale) || !Double.isFinite(rotationDeg)) {
            throw new IllegalArgumentException("alignment values must be finite numbers");
        }
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        rotationDeg = normalizeDegrees(rotationDeg);
    }

    public boolean isIdentity() {
        return Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9 && Math.abs(scale - 1) < 1e-9 && Math.abs(rotationDeg) < 1e-9;
    }

    public Alignment movedBy(double ddx, double ddy) {
        return new Alignment(dx + ddx, dy + ddy, scale, rotationDeg);
    }

    public Alignment scaledBy(double factor) {
        return new Alignment(dx, dy, scale * factor, rotationDeg);
    }

    public Alignment rotatedBy(double degrees) {
        return new Alignment(dx, dy, scale, rotationDeg + degrees);
    }

    /** Maps pixels of the moving photo (upright, {@code movingW x movingH}) to pixels of the reference photo. */
    public AffineTransform movingToReference(double refW, double refH, double movingW, double movingH) {
        double fit = Math.min(refW / movingW, refH / movingH);
        AffineTransform t = new AffineTransform();
        t.translate(refW / 2 + dx * refW, refH / 2 + dy * refH);
        t.rotate(Math.toRadians(rotationDeg));
        t.scale(fit * scale, fit * scale);
        t.translate(-movingW / 2, -movingH / 2);
        return t;
    }

    /** No saved alignment: the moving photo fitted into the reference's frame and centred, aspect kept. */
    public static AffineTransform fitted(double refW, double refH, double movingW, double movingH) {
        double fit = Math.min(refW / movingW, refH / movingH);
        AffineTransform t = new AffineTransform();
        t.translate((refW - movingW * fit) / 2, (refH - movingH * fit) / 2);
        t.scale(fit, fit);
        return t;
    }

    /** Degrees in (-180, 180]. */
    static double normalizeDegrees(double degrees) {
        double d = degrees % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }
}
