package app.scalpjournal.report;

import app.scalpjournal.photo.ImageDecoder;
import app.scalpjournal.photo.Photo;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Draws one time-lapse frame: the photo placed in the first photo's frame (as the summary places its
 * panels), then its date and "day N" on a dark band along the top edge (clear of marks photos often
 * carry in a bottom corner, such as the sample pictures' "SAMPLE" label), in the bundled DejaVu Sans.
 */
final class FrameDrawer {
    static final Color BAND = new Color(0, 0, 0, 150);
    static final Color TEXT = Color.WHITE;

    private final PanelImages images;
    private final Photo reference;
    private final int width;
    private final int height;
    private final Font font;

    FrameDrawer(UprightPhotos pixels, Photo reference, int width, int height) throws IOException {
        this.images = new PanelImages(pixels);
        this.reference = reference;
        this.width = width;
        this.height = height;
        this.font = bundledFont().deriveFont(Font.PLAIN, Math.max(12f, Math.min(width, height) * 0.04f));
    }

    /** The band's height in pixels: where the label is. */
    int bandHeight() {
        return Math.round(font.getSize2D() * 1.9f);
    }

    BufferedImage draw(TimeLapses.Frame frame) throws IOException {
        BufferedImage image = ImageDecoder.drawable(images.compose(frame.photo(), frame.placement(), reference, width, height));
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int band = bandHeight();
            g.setColor(BAND);
            g.fillRect(0, 0, width, band);
            g.setFont(font);
            g.setColor(TEXT);
            FontMetrics m = g.getFontMetrics();
            int baseline = (band - m.getHeight()) / 2 + m.getAscent();
            g.drawString(frame.label(), Math.round(font.getSize2D() * 0.7f), baseline);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font bundledFont() throws IOException {
        try (InputStream in = Objects.requireNonNull(FrameDrawer.class.getResourceAsStream("fonts/DejaVuSans.ttf"), "DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException("the bundled font cannot be read", e);
        }
    }
}
