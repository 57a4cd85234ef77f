package app.scalpjournal.compare;

import app.scalpjournal.text.Messages;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a {@link Comparison} with Java2D, headless: photos at the resolution they are given (the
 * screen previews), each labelled as on screen, under a title line with the dates, the interval and
 * any neutral hints. Blink, which cannot move in a still image, is drawn side by side.
 */
public final class ComparisonRenderer {
    static final int GAP = 12;
    static final int MARGIN = 24;
    /** Strip tiles are drawn at most this long on their long edge. */
    static final int TILE_EDGE = 640;
    private static final Color GROUND = new Color(0x1e1e1e);
    private static final Color TEXT = new Color(0xf0f0f0);
    private static final Color HINT = new Color(0xe8d9a8);

    private final Font base = loadFont();

    /** The embedded DejaVu Sans the summary PDF uses, so the image looks the same on every machine. */
    private static Font loadFont() {
        try (InputStream in = ComparisonRenderer.class.getResourceAsStream("/app/scalpjournal/report/fonts/DejaVuSans.ttf")) {
            return in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 15) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 15);
        }
    }

    /** Draws the comparison; {@code pixels} gives each photo upright, at the size to draw it. */
    public BufferedImage render(Comparison c, Function<DatedPhoto, BufferedImage> pixels) {
        List<Panel> panels = switch (c.mode()) {
            case SIDE_BY_SIDE, BLINK -> sideBySide(c, pixels);
            case SWIPE, OVERLAY -> List.of(mixed(c, pixels));
            case STRIP -> strip(c, pixels);
        };
        int columns = c.mode() == CompareMode.STRIP ? stripColumns(panels.size()) : panels.size();
        return compose(c, panels, columns);
    }

    /** One drawn picture and the lines under it. */
    private record Panel(BufferedImage image, List<String> caption) {
    }

    private List<Panel> sideBySide(Comparison c, Function<DatedPhoto, BufferedImage> pixels) {
        BufferedImage l = pixels.apply(c.left());
        BufferedImage r = pixels.apply(c.right());
        int h = Math.max(l.getHeight(), r.getHeight());
        return List.of(new Panel(scaledToHeight(l, h), lines(c.captions().caption(c.left()))),
                new Panel(scaledToHeight(r, h), lines(c.captions().caption(c.right()))));
    }

    private Panel mixed(Comparison c, Function<DatedPhoto, BufferedImage> pixels) {
        DatedPhoto ref = c.reference();
        DatedPhoto moving = c.moving();
        BufferedImage base = pixels.apply(ref);
        BufferedImage out = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(out);
        try {
            g.drawImage(base, 0, 0, null);
            if (moving != null) {
                BufferedImage top = pixels.apply(moving);
                double refScale = (double) base.getWidth() / ref.photo().width();
                AffineTransform t = AffineTransform.getScaleInstance(refScale, refScale);
                t.concatenate(c.alignment().movingToReference(ref.photo().width(), ref.photo().height(),
                        moving.photo().width(), moving.photo().height()));
                t.scale((double) moving.photo().width() / top.getWidth(), (double) moving.photo().width() / top.getWidth());
                int divider = (int) Math.round(c.swipe() * out.getWidth());
                if (c.mode() == CompareMode.SWIPE) {
                    g.setClip(divider, 0, out.getWidth() - divider, out.getHeight());
                } else {
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) c.opacity()));
                }
                g.drawImage(top, t, null);
                g.setClip(null);
                g.setComposite(AlphaComposite.SrcOver);
                if (c.mode() == CompareMode.SWIPE) {
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(3));
                    g.drawLine(divider, 0, divider, out.getHeight());
                }
            }
        } finally {
            g.dispose();
        }
        List<String> caption = new ArrayList<>();
        String refLine = c.mode() == CompareMode.SWIPE ? "compare.image.swipeLeft" : "compare.image.under";
        caption.add(Messages.get(refLine, c.captions().dateLine(ref)));
        if (moving != null) {
            String movingLine = c.mode() == CompareMode.SWIPE ? "compare.image.swipeRight" : "compare.image.over";
            caption.add(Messages.get(movingLine, c.captions().dateLine(moving), Math.round(c.opacity() * 100)));
        }
        return new Panel(out, caption);
    }

    private List<Panel> strip(Comparison c, Function<DatedPhoto, BufferedImage> pixels) {
        List<Panel> panels = new ArrayList<>();
        for (DatedPhoto p : c.strip()) {
            String line = c.captions().dateLine(p) + (c.captions().isFuture(p) ? " · " + Messages.get("compare.dates.future") : "");
            panels.add(new Panel(fitted(pixels.apply(p), TILE_EDGE), List.of(line)));
        }
        return panels;
    }

    /** As many columns as the window's strip uses for that many dates. */
    public static int stripColumns(int n) {
        return n <= 4 ? Math.max(1, n) : n <= 8 ? 4 : n <= 9 ? 3 : 4;
    }

    private BufferedImage compose(Comparison c, List<Panel> panels, int columns) {
        int rows = (panels.size() + columns - 1) / columns;
        int cellW = panels.stream().mapToInt(p -> p.image().getWidth()).max().orElse(1);
        // Text keeps its size relative to the photos: readable when the image is shown whole on a screen.
        Font regular = base.deriveFont(Font.PLAIN, Math.max(15f, cellW / 55f));
        Font bold = base.deriveFont(Font.BOLD, Math.max(18f, cellW / 42f));
        int cellH = panels.stream().mapToInt(p -> p.image().getHeight()).max().orElse(1);
        FontMetrics fm = metrics(regular);
        int lineH = fm.getHeight();
        int captionLines = panels.stream().mapToInt(p -> p.caption().size()).max().orElse(0);
        List<String> header = new ArrayList<>();
        header.add(Captions.title(c.region(), c.left(), c.right()));
        List<String> hints = Hints.between(c.left(), c.right());
        int headerH = MARGIN + metrics(bold).getHeight() + (hints.isEmpty() ? 0 : lineH) + GAP;
        int rowH = cellH + GAP + captionLines * lineH + GAP;
        int width = MARGIN * 2 + columns * cellW + (columns - 1) * GAP;
        int height = headerH + rows * rowH + MARGIN;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(out);
        try {
            g.setColor(GROUND);
            g.fillRect(0, 0, width, height);
            g.setColor(TEXT);
            g.setFont(bold);
            g.drawString(clip(header.get(0), metrics(bold), width - 2 * MARGIN), MARGIN, MARGIN + metrics(bold).getAscent());
            if (!hints.isEmpty()) {
                g.setFont(regular);
                g.setColor(HINT);
                g.drawString(clip(String.join("  ", hints), fm, width - 2 * MARGIN), MARGIN, MARGIN + metrics(bold).getHeight() + fm.getAscent());
            }
            g.setFont(regular);
            for (int i = 0; i < panels.size(); i++) {
                Panel p = panels.get(i);
                int x = MARGIN + (i % columns) * (cellW + GAP);
                int y = headerH + (i / columns) * rowH;
                g.drawImage(p.image(), x + (cellW - p.image().getWidth()) / 2, y + (cellH - p.image().getHeight()) / 2, null);
                g.setColor(TEXT);
                int ty = y + cellH + GAP + fm.getAscent();
                for (String line : p.caption()) {
                    g.drawString(clip(line, fm, cellW), x, ty);
                    ty += lineH;
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private static List<String> lines(String caption) {
        return caption.lines().toList();
    }

    private static String clip(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static BufferedImage scaledToHeight(BufferedImage image, int height) {
        if (image.getHeight() == height) {
            return image;
        }
        int width = (int) Math.round((double) image.getWidth() * height / image.getHeight());
        return drawnAt(image, width, height);
    }

    private static BufferedImage fitted(BufferedImage image, int longEdge) {
        double s = Math.min(1, (double) longEdge / Math.max(image.getWidth(), image.getHeight()));
        return s >= 1 ? image : drawnAt(image, (int) Math.round(image.getWidth() * s), (int) Math.round(image.getHeight() * s));
    }

    private static BufferedImage drawnAt(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(out);
        try {
            g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
