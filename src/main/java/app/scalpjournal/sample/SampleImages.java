package app.scalpjournal.sample;

import app.scalpjournal.photo.Region;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.util.Random;

/**
 * Draws the sample journal's synthetic pictures with Java2D: a skin-toned area with many thin hair
 * strokes and a few fixed marks per region, clearly labelled "SAMPLE - synthetic image". Never a photo
 * of a person. Between dates only the random seed of the strokes changes (same count, lengths and
 * widths), plus slight framing and brightness differences like those of hand-held phone photos, so
 * manual alignment has something to do and no picture suggests any change over time.
 */
public final class SampleImages {
    public static final String LABEL = "SAMPLE - synthetic image";
    static final int HAIR_STROKES = 2600;

    /** How a picture is framed: offsets as fractions of the size, rotation in degrees, zoom, brightness factor. */
    public record Framing(double dx, double dy, double rotationDeg, double zoom, double brightness) {
        public static final Framing NEUTRAL = new Framing(0, 0, 0, 1, 1);

        /** A small hand-held difference, the same for the same seed. */
        public static Framing jitter(long seed) {
            Random r = new Random(seed);
            return new Framing((r.nextDouble() - 0.5) * 0.08, (r.nextDouble() - 0.5) * 0.08, (r.nextDouble() - 0.5) * 6,
                    0.94 + r.nextDouble() * 0.12, 0.9 + r.nextDouble() * 0.2);
        }
    }

    private SampleImages() {
    }

    /** One picture of {@code region}; {@code strokeSeed} picks where the hair strokes fall. */
    public static BufferedImage draw(Region region, long strokeSeed, Framing framing, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(70, 58, 52));
            g.fillRect(0, 0, width, height);
            // The scene is drawn in a fixed 1600 x 1200 space, then framed into the picture.
            AffineTransform frame = new AffineTransform();
            frame.translate(width / 2.0, height / 2.0);
            frame.rotate(Math.toRadians(framing.rotationDeg()));
            double fit = Math.max(width / 1600.0, height / 1200.0) * framing.zoom();
            frame.scale(fit, fit);
            frame.translate(-800 + framing.dx() * 1600, -600 + framing.dy() * 1200);
            AffineTransform plain = g.getTransform();
            g.transform(frame);
            drawScene(g, region, strokeSeed);
            g.setTransform(plain);
            drawLabel(g, region, width, height);
        } finally {
            g.dispose();
        }
        if (Math.abs(framing.brightness() - 1) > 1e-6) {
            image = new RescaleOp((float) framing.brightness(), 0, null).filter(image, null);
        }
        return image;
    }

    private static void drawScene(Graphics2D g, Region region, long strokeSeed) {
        Random fixed = new Random(region.ordinal() * 7919L + 17);
        g.setPaint(new RadialGradientPaint(800, 560, 1100, new float[] {0f, 0.6f, 1f},
                new Color[] {new Color(232, 192, 163), new Color(214, 170, 140), new Color(178, 136, 110)}));
        g.fillRect(-400, -400, 2400, 2000);
        // Fine skin texture and a few fixed marks: the landmarks a user lines up when aligning.
        for (int i = 0; i < 1400; i++) {
            g.setColor(new Color(150, 110, 90, 40 + fixed.nextInt(40)));
            double x = -200 + fixed.nextDouble() * 2000;
            double y = -200 + fixed.nextDouble() * 1600;
            g.fill(new Ellipse2D.Double(x, y, 2.5, 2.5));
        }
        for (int i = 0; i < 5; i++) {
            g.setColor(new Color(120, 72, 50));
            double x = 250 + fixed.nextDouble() * 1100;
            double y = 200 + fixed.nextDouble() * 800;
            double r = 7 + fixed.nextDouble() * 7;
            g.fill(new Ellipse2D.Double(x - r, y - r * 0.8, 2 * r, 1.6 * r));
        }
        drawHair(g, region, new Random(strokeSeed));
    }

    private static void drawHair(Graphics2D g, Region region, Random r) {
        for (int i = 0; i < HAIR_STROKES; i++) {
            double x = -250 + r.nextDouble() * 2100;
            double y = -250 + r.nextDouble() * 1700;
            if (!hasHair(region, x, y)) {
                continue;
            }
            double angle = direction(region, x, y) + (r.nextDouble() - 0.5) * 0.5;
            double length = 45 + r.nextDouble() * 70;
            double bend = (r.nextDouble() - 0.5) * 30;
            double ex = x + Math.cos(angle) * length;
            double ey = y + Math.sin(angle) * length;
            double cx = (x + ex) / 2 - Math.sin(angle) * bend;
            double cy = (y + ey) / 2 + Math.cos(angle) * bend;
            int shade = r.nextInt(30);
            g.setColor(new Color(48 + shade, 32 + shade / 2, 22 + shade / 3, 215));
            g.setStroke(new BasicStroke((float) (1.3 + r.nextDouble() * 1.1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(x, y, cx, cy, ex, ey));
        }
    }

    /** Where strokes start: the hairline region has bare skin at the bottom, the top region a bare part line. */
    private static boolean hasHair(Region region, double x, double y) {
        return switch (region) {
            case HAIRLINE -> y < 760 + 90 * Math.cos((x - 800) / 520);
            case TOP -> Math.abs(x - 800 - (y - 600) * 0.08) > 26;
            case LEFT_TEMPLE -> y < 720 + (x - 300) * 0.25;
            case RIGHT_TEMPLE -> y < 720 - (x - 1300) * 0.25;
            default -> true;
        };
    }

    /** The direction hair lies in, per region: a whorl on the crown, combed away from the part on top, downwards at the back. */
    private static double direction(Region region, double x, double y) {
        return switch (region) {
            case CROWN -> Math.atan2(y - 620, x - 780) + Math.PI / 2.4;
            case TOP -> x < 800 ? Math.PI + 0.35 : -0.35;
            case HAIRLINE -> -Math.PI / 2 + (x - 800) / 2400;
            case LEFT_TEMPLE -> -Math.PI * 0.8;
            case RIGHT_TEMPLE -> -Math.PI * 0.2;
            case BACK -> Math.PI / 2 + (x - 800) / 3000;
            case OTHER -> Math.PI / 4;
        };
    }

    private static void drawLabel(Graphics2D g, Region region, int width, int height) {
        int size = Math.max(12, height / 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        String text = LABEL;
        int textW = g.getFontMetrics().stringWidth(text);
        int pad = size / 2;
        g.setColor(new Color(0, 0, 0, 185));
        g.fill(new RoundRectangle2D.Double(pad, height - size * 2.9, textW + 2 * pad, size * 2.4, pad, pad));
        g.setColor(Color.WHITE);
        g.drawString(text, 2 * pad, (int) (height - size * 0.95));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, size / 2)));
        g.drawString(region.label(), 2 * pad, (int) (height - size * 2.15));
    }
}
