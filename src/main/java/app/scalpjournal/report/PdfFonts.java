package app.scalpjournal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans (regular and bold), embedded as subsets so every Latin, Greek and Cyrillic
 * letter is real, searchable text. Characters the font has no glyph for (e.g. CJK) are shown as
 * {@link #MISSING} instead of being dropped or crashing the renderer.
 */
final class PdfFonts {
    /** U+FFFD, which DejaVu draws as a visible replacement mark. */
    static final String MISSING = "\uFFFD";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> covered = new HashMap<>();

    /** Both fonts parsed, not yet in any document: each pair is embedded in one document only. */
    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /** A pair parsed ahead by {@link #parseAhead}, for the next document. */
    private static final AtomicReference<FutureTask<Parsed>> AHEAD = new AtomicReference<>();

    PdfFonts(PDDocument doc) {
        Parsed fonts = next();
        try {
            this.regular = PDType0Font.load(doc, fonts.regular(), true);
            this.bold = PDType0Font.load(doc, fonts.bold(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the bundled fonts", e);
        }
    }

    /**
     * Parses the fonts for the next document on the calling thread, so a caller with a core to spare
     * can have that done while it opens the journal. Does nothing if a pair is waiting already.
     */
    static void parseAhead() {
        FutureTask<Parsed> task = new FutureTask<>(PdfFonts::parse);
        if (AHEAD.compareAndSet(null, task)) {
            task.run();
        }
    }

    /** The pair parsed ahead (waiting for it if need be), else a new one. */
    private static Parsed next() {
        FutureTask<Parsed> ahead = AHEAD.getAndSet(null);
        if (ahead != null) {
            try {
                return ahead.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // parsing again below reports the reason
            }
        }
        return parse();
    }

    private static Parsed parse() {
        return new Parsed(parse("DejaVuSans.ttf"), parse("DejaVuSans-Bold.ttf"));
    }

    private static TrueTypeFont parse(String name) {
        try (InputStream in = Objects.requireNonNull(PdfFonts.class.getResourceAsStream("fonts/" + name), name)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // no ligatures: "ff" or "fi" as one glyph reads back as U+FB00.. in pdftotext and breaks search for "effects"
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled font " + name, e);
        }
    }

    /** Text that both fonts can draw: control characters become spaces, unknown characters {@link #MISSING}. */
    String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                // zero-width joiners and direction marks: nothing to draw
            } else if (covered.computeIfAbsent(cp, this::drawable)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean drawable(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(PDType0Font font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Wraps text into lines no wider than {@code maxWidth}; paragraphs (line breaks) are kept, blank
     * lines dropped, and a word longer than a line is broken where it must.
     */
    List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            String clean = safe(paragraph).strip().replaceAll(" {2,}", " ");
            if (clean.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > maxWidth) {
                    int cut = fittingPrefix(rest, font, size, maxWidth);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** The longest prefix (at least one code point) that fits. */
    private static int fittingPrefix(String word, PDType0Font font, float size, float maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(font, size, word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * At most {@code maxLines} wrapped lines; when text was cut, the last line ends with the cut mark
     * " […]" so a reader knows there is more in the journal.
     */
    List<String> wrapShortened(String text, PDType0Font font, float size, float maxWidth, int maxLines) {
        List<String> lines = wrap(text, font, size, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(font, size, last + CUT) > maxWidth) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(maxLines - 1, last.stripTrailing() + CUT);
        return kept;
    }

    static final String CUT = " […]";
}
