package app.scalpjournal.report;

import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import java.io.IOException;
import java.util.List;

/**
 * Page 1's grid: every region's first and latest photo side by side, as many regions to a row as
 * gives the largest photos in the space left on the page.
 */
final class PhotoGrid {
    private static final float CELL_GAP = 16;
    private static final float THUMB_GAP = 6;
    private static final float ROW_GAP = 8;
    private static final float TITLE_H = 14;
    private static final float CAPTION_H = 26;
    private static final float MIN_THUMB_H = 50;
    private static final float MAX_THUMB_H = 230;

    private final PageFlow flow;
    private final PanelDrawer drawer;

    PhotoGrid(PageFlow flow, PanelDrawer drawer) {
        this.flow = flow;
        this.drawer = drawer;
    }

    /** How the grid is laid out: regions per row and the photo frame's size in points. */
    record Shape(int perRow, float thumbW, float thumbH) {
    }

    /** Draws the heading and the grid; both go to a new page when the photos would be smaller than a stamp. */
    void draw(String heading, List<RegionSection> sections) throws IOException {
        float aspect = aspect(sections);
        Shape shape = shape(sections.size(), aspect, flow.remaining() - PageFlow.HEADING_H);
        if (shape.thumbH() < MIN_THUMB_H) {
            flow.newPage();
            shape = shape(sections.size(), aspect, flow.remaining() - PageFlow.HEADING_H);
        }
        flow.heading(heading);
        float cellW = (flow.contentWidth() - (shape.perRow() - 1) * CELL_GAP) / shape.perRow();
        for (int i = 0; i < sections.size(); i += shape.perRow()) {
            float top = flow.y();
            float rowH = 0;
            for (int c = 0; c < shape.perRow() && i + c < sections.size(); c++) {
                rowH = Math.max(rowH, cell(sections.get(i + c), flow.left() + c * (cellW + CELL_GAP), top, cellW, shape));
            }
            flow.moveTo(top - TITLE_H - rowH - CAPTION_H - ROW_GAP);
        }
    }

    /** Draws one region's cell; returns the height of its photos. */
    private float cell(RegionSection section, float x, float top, float cellW, Shape shape) throws IOException {
        List<PhotoPanel> panels = section.firstAndLatest();
        flow.caption(x, top - 10, cellW, section.region().label(), Labels.apart(panels));
        Photo reference = panels.get(0).photo();
        // each region in its own photos' shape, as large as the grid's box allows
        float aspect = clampedAspect(reference);
        float h = Math.min(shape.thumbH(), shape.thumbW() * aspect);
        float w = h / aspect;
        float px = x;
        for (PhotoPanel panel : panels) {
            drawer.draw(panel, reference, px, top - TITLE_H, w, h, Labels.date(panel.date()),
                    DayCount.label(panel.dayOne(), panel.date()));
            px += w + THUMB_GAP;
        }
        return h;
    }

    /** The regions-per-row that gives the tallest photos in {@code height} points (fewer per row on a tie). */
    static Shape shape(int regions, float aspect, float height, float width) {
        Shape best = null;
        for (int perRow = 1; perRow <= Math.min(regions, 3); perRow++) {
            int rows = (regions + perRow - 1) / perRow;
            float cellW = (width - (perRow - 1) * CELL_GAP) / perRow;
            float thumbW = (cellW - THUMB_GAP) / 2;
            float byHeight = (height - rows * (TITLE_H + CAPTION_H + ROW_GAP)) / rows;
            float thumbH = Math.min(MAX_THUMB_H, Math.min(thumbW * aspect, byHeight));
            if (best == null || thumbH > best.thumbH() + 0.5f) {
                best = new Shape(perRow, thumbH / aspect, thumbH);
            }
        }
        return best;
    }

    private Shape shape(int regions, float aspect, float height) {
        return shape(regions, aspect, height, flow.contentWidth());
    }

    /** Height over width of the frames: the regions' first photos' middle shape, kept between wide and tall. */
    private static float aspect(List<RegionSection> sections) {
        float[] shapes = new float[sections.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = clampedAspect(sections.get(i).firstAndLatest().get(0).photo());
        }
        java.util.Arrays.sort(shapes);
        return shapes[shapes.length / 2];
    }

    private static float clampedAspect(Photo p) {
        return Math.max(0.6f, Math.min(1.5f, p.height() / (float) p.width()));
    }
}
