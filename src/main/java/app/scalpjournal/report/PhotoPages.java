package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.util.List;

/**
 * The full layout's photo pages: per region its chosen dates side by side (four in two rows), as large
 * as half a page allows (a whole page for two rows), regions following each other with no forced break.
 */
final class PhotoPages {
    private static final float GAP = 14;
    private static final float HEAD_H = 36;
    private static final float CAPTION_H = 40;
    /** How much smaller photos may be drawn to stay on the page that has room for most of them. */
    private static final float SHRINK = 0.6f;

    private final PageFlow flow;
    private final PanelDrawer drawer;

    PhotoPages(PageFlow flow, PanelDrawer drawer) {
        this.flow = flow;
        this.drawer = drawer;
    }

    void draw(List<RegionSection> sections) throws IOException {
        for (RegionSection section : sections) {
            if (!section.panels().isEmpty()) {
                region(section);
            }
        }
    }

    private void region(RegionSection section) throws IOException {
        List<PhotoPanel> panels = section.panels();
        int n = panels.size();
        int cols = n == 4 ? 2 : n;
        int rows = (n + cols - 1) / cols;
        float budget = rows == 1 ? flow.pageHeight() / 2 - 2 : flow.pageHeight();
        float colW = (flow.contentWidth() - (cols - 1) * GAP) / cols;
        Photo reference = panels.get(0).photo();
        float aspect = Math.max(0.5f, Math.min(1.6f, reference.height() / (float) reference.width()));
        float frameH = Math.min(colW * aspect, (budget - HEAD_H - rows * CAPTION_H) / rows);
        // a little smaller rather than a page break that leaves most of this page empty
        float fitsHere = (flow.remaining() - HEAD_H - rows * CAPTION_H) / rows;
        if (fitsHere < frameH && fitsHere >= frameH * SHRINK) {
            frameH = fitsHere;
        }
        float frameW = frameH / aspect;
        // as tall as its photos need, so wide photos pack more regions to a page
        flow.ensure(HEAD_H + rows * (frameH + CAPTION_H));
        float start = flow.y();

        flow.text(section.region().label(), flow.fonts.bold, 13, PageFlow.INK);
        flow.gap(2);
        flow.text(Labels.intervals(panels), flow.fonts.regular, 9, PageFlow.MUTED);
        flow.moveTo(start - HEAD_H);
        for (int r = 0; r < rows; r++) {
            float top = flow.y();
            for (int c = 0; c < cols && r * cols + c < n; c++) {
                PhotoPanel panel = panels.get(r * cols + c);
                float x = flow.left() + c * (colW + GAP) + (colW - frameW) / 2;
                drawer.draw(panel, reference, x, top, frameW, frameH, Labels.panelTitle(panel), details(panel));
            }
            flow.moveTo(top - frameH - CAPTION_H);
        }
    }

    private static String details(PhotoPanel panel) {
        String aligned = panel.alignment().isPresent() ? Messages.get("summary.panel.aligned") : "";
        return (panel.conditions() + (panel.conditions().isEmpty() || aligned.isEmpty() ? "" : " ") + aligned).strip();
    }
}
