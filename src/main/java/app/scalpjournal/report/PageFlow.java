package app.scalpjournal.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Top-to-bottom layout over as many pages as needed: a cursor that starts a new page when the next
 * block would run into the footer. All text goes through {@link PdfFonts#safe}, so it is drawable.
 */
final class PageFlow implements AutoCloseable {
    static final float MARGIN = 42;
    static final float FOOTER_TOP = 50;
    private static final float BOTTOM = FOOTER_TOP + 12;
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    static final Color RULE = new Color(0xB8, 0xB8, 0xB8);
    /** A dark amber that prints legibly in grey too: the future-date warning. */
    static final Color WARN = new Color(0x8A, 0x4B, 0x00);
    private static final float LABEL_W = 84;
    private static final Color TABLE_HEAD = new Color(0xEC, 0xEC, 0xEC);
    private static final float CELL_PAD = 2.5f;
    private static final float TABLE_SIZE = 8;
    private static final float TABLE_LEADING = 9.8f;

    final PDDocument doc;
    final PdfFonts fonts;
    private final PDRectangle size;
    private PDPageContentStream cs;
    private float y;

    PageFlow(PDDocument doc, Paper paper, PdfFonts fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.size = paper.size();
        newPage();
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < size.getHeight() - MARGIN) {
            newPage();
        }
    }

    float y() {
        return y;
    }

    /** Points left above the footer on this page. */
    float remaining() {
        return y - BOTTOM;
    }

    /** The height a block may take on an empty page. */
    float pageHeight() {
        return size.getHeight() - MARGIN - BOTTOM;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void gap(float points) {
        y -= points;
    }

    float left() {
        return MARGIN;
    }

    float contentWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Text in one style, wrapped to the content width. */
    void text(String text, PDType0Font font, float fontSize, Color color) throws IOException {
        for (String line : fonts.wrap(text, font, fontSize, contentWidth())) {
            ensure(fontSize * 1.3f);
            y -= fontSize;
            show(cs, font, fontSize, color, left(), y, line);
            y -= fontSize * 0.3f;
        }
    }

    void paragraph(String text, Color color) throws IOException {
        text(text, fonts.regular, 9, color);
    }

    /** "Label: value", the value wrapped beside the label. */
    void field(String label, String value) throws IOException {
        field(label, value, Integer.MAX_VALUE);
    }

    /** A field of at most {@code maxLines} lines (shortened with […]); nothing for a blank value. True when shortened. */
    boolean field(String label, String value, int maxLines) throws IOException {
        if (value.isBlank()) {
            return false;
        }
        List<String> all = fonts.wrap(value, fonts.regular, 10, contentWidth() - LABEL_W);
        List<String> lines = all.size() <= maxLines ? all : fonts.wrapShortened(value, fonts.regular, 10, contentWidth() - LABEL_W, maxLines);
        ensure(Math.min(lines.size(), 4) * 13 + 2);
        y -= 10;
        show(cs, fonts.bold, 10, INK, left(), y, fonts.safe(label));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                y -= 13;
                ensure(13);
            }
            show(cs, fonts.regular, 10, INK, left() + LABEL_W, y, lines.get(i));
        }
        y -= 5;
        return lines.size() < all.size();
    }

    /** A small paragraph under the fields, lined up with their values. */
    void indented(String text, Color color) throws IOException {
        for (String line : fonts.wrap(text, fonts.regular, 8.5f, contentWidth() - LABEL_W)) {
            ensure(11);
            y -= 8.5f;
            show(cs, fonts.regular, 8.5f, color, left() + LABEL_W, y, line);
            y -= 2.5f;
        }
        y -= 4;
    }

    /** A bold title and, after it on the same line, a muted note, cut to {@code width}. */
    void caption(float x, float baseline, float width, String title, String note) throws IOException {
        List<String> t = fonts.wrapShortened(title, fonts.bold, 9, width, 1);
        String shown = t.isEmpty() ? "" : t.get(0);
        show(cs, fonts.bold, 9, INK, x, baseline, shown);
        float used = PdfFonts.width(fonts.bold, 9, shown) + 6;
        List<String> n = fonts.wrapShortened(note, fonts.regular, 8, width - used, 1);
        if (!n.isEmpty() && width - used > 20) {
            show(cs, fonts.regular, 8, MUTED, x + used, baseline, n.get(0));
        }
    }

    /** Points a heading takes. */
    static final float HEADING_H = 28;

    void heading(String title) throws IOException {
        ensure(HEADING_H + 30);
        y -= 22;
        show(cs, fonts.bold, 12, INK, left(), y, fonts.safe(title));
        y -= 6;
    }

    void rule() throws IOException {
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(left(), y);
        cs.lineTo(left() + contentWidth(), y);
        cs.stroke();
    }

    /** A table with a shaded header row; rows that do not fit go on to the next page under a repeated header. */
    void table(List<String> headers, float[] fractions, List<List<String>> rows) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * contentWidth();
        }
        List<List<String>> headerCells = wrapRow(headers, widths, fonts.bold);
        float headerH = rowHeight(headerCells);
        ensure(headerH + TABLE_LEADING * 2 + 2 * CELL_PAD);
        drawRow(headerCells, widths, fonts.bold, headerH, true);
        for (List<String> row : rows) {
            List<List<String>> cells = wrapRow(row, widths, fonts.regular);
            float h = rowHeight(cells);
            if (y - h < BOTTOM) {
                newPage();
                drawRow(headerCells, widths, fonts.bold, headerH, true);
            }
            drawRow(cells, widths, fonts.regular, h, false);
        }
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, PDType0Font font) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = fonts.wrap(cells.get(i), font, TABLE_SIZE, widths[i] - 2 * CELL_PAD);
            out.add(lines.isEmpty() ? List.of("") : lines);
        }
        return out;
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * TABLE_LEADING + 2 * CELL_PAD;
    }

    private void drawRow(List<List<String>> cells, float[] widths, PDType0Font font, float h, boolean header) throws IOException {
        if (header) {
            cs.setNonStrokingColor(TABLE_HEAD);
            cs.addRect(left(), y - h, contentWidth(), h);
            cs.fill();
        }
        float x = left();
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y - CELL_PAD - TABLE_SIZE;
            for (String line : cells.get(i)) {
                show(cs, font, TABLE_SIZE, INK, x + CELL_PAD, lineY, line);
                lineY -= TABLE_LEADING;
            }
            x += widths[i];
        }
        y -= h;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.4f);
        cs.moveTo(left(), y);
        cs.lineTo(left() + contentWidth(), y);
        cs.stroke();
    }

    /** A dated note: the date in a narrow left column, the (already shortened) lines beside it. */
    void note(String date, List<String> lines) throws IOException {
        float leading = 11.5f;
        ensure(lines.size() * leading + 6);
        y -= 9;
        show(cs, fonts.bold, 9, INK, left(), y, date);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                y -= leading;
            }
            show(cs, fonts.regular, 9, INK, left() + 80, y, lines.get(i));
        }
        y -= 7;
    }

    void image(PDImageXObject image, float x, float bottom, float w, float h) throws IOException {
        cs.drawImage(image, x, bottom, w, h);
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.5f);
        cs.addRect(x, bottom, w, h);
        cs.stroke();
    }

    /** A photo's caption: a bold title line and up to two lines of details. */
    void label(float x, float baseline, float width, String title, String details) throws IOException {
        List<String> titleLines = fonts.wrapShortened(title, fonts.bold, 9, width, 1);
        show(cs, fonts.bold, 9, INK, x, baseline, titleLines.isEmpty() ? "" : titleLines.get(0));
        float lineY = baseline - 11;
        for (String line : fonts.wrapShortened(details, fonts.regular, 8, width, 2)) {
            show(cs, fonts.regular, 8, MUTED, x, lineY, line);
            lineY -= 10;
        }
    }

    static void show(PDPageContentStream cs, PDType0Font font, float fontSize, Color color, float x, float y, String safeText)
            throws IOException {
        if (safeText.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(color);
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, y);
        cs.showText(safeText);
        cs.endText();
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
