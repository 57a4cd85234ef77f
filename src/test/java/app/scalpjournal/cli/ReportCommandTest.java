package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import app.scalpjournal.text.DateFormats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code report} command end to end on a journal filled through {@code import} and {@code log add}. */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void journal() throws Exception {
        journal = dir.resolve("my-journal");
        int n = 0;
        for (String date : new String[] {"2026-01-10", "2026-02-10", "2026-03-10"}) {
            for (String region : new String[] {"crown", "hairline"}) {
                Path photo = dir.resolve("photo-" + (++n) + ".jpg");
                BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(new Color(40 * n, 120, 200 - 20 * n));
                g.fillRect(0, 0, 300, 400);
                g.dispose();
                ImageIO.write(img, "jpg", photo.toFile());
                CliRun imported = CliRun.run(journal, "import", "--region", region, "--date", date, "--note", "Note of " + date + " ñ", photo.toString());
                assertEquals(0, imported.exit(), imported.err());
            }
        }
        assertEquals(0, CliRun.run(journal, "log", "add", "--date", "2026-02-01", "--kind", "microneedling", "--needle-mm", "0.5",
                "--side-effect", "redness").exit());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheSummaryForTheChosenRangeAndRegions() throws Exception {
        Path out = dir.resolve("visit.pdf");
        CliRun run = CliRun.run(journal, "report", "--out", out.toString(), "--from", "2026-02-01", "--region", "crown",
                "--dates", "3", "--name", "Zoë", "--layout", "full");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Wrote " + out + ": 2 pages"), run.out());
        String text = text(out);
        assertTrue(text.contains("Zoë"));
        assertTrue(text.contains(day(2026, 2, 1) + " to " + day(2026, 3, 10)), text);
        assertTrue(text.contains("needle 0.5 mm"), text);
        assertTrue(text.contains("Redness"), text);
        assertTrue(text.contains(day(2026, 2, 10) + " · day 32"), "day counted from the region's first photo: " + text);
        assertFalse(text.contains("Hairline"));
        assertFalse(text.contains(day(2026, 1, 10)), "before the range");
        assertFalse(text.contains("my-journal"));
        assertFalse(text.contains("photo-"));
    }

    @Test
    void compactByDefaultWithThePatientsOwnWordsOnPageOne() throws Exception {
        Path out = dir.resolve("compact.pdf");
        CliRun run = CliRun.run(journal, "report", "--out", out.toString(), "--first-noticed", "Spring 2024, ñ",
                "--questions", "Is the shedding in week 2 expected?", "--keep-words");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Wrote " + out + ": 2 pages"), "page 1, then the notes and side effects: " + run.out());
        String text = text(out).replaceAll("\\s+", " ");
        assertTrue(text.contains("In the patient’s words"), text);
        assertTrue(text.contains("Spring 2024, ñ"), text);
        assertTrue(text.contains("Is the shedding in week 2 expected?"), text);

        // kept with the journal: --saved-words brings them back, a given part replaces its own
        Path again = dir.resolve("again.pdf");
        assertEquals(0, CliRun.run(journal, "report", "--out", again.toString(), "--saved-words", "--questions", "New question").exit());
        String next = text(again).replaceAll("\\s+", " ");
        assertTrue(next.contains("Spring 2024, ñ"), next);
        assertTrue(next.contains("New question"), next);
        assertFalse(next.contains("week 2"), next);
        Path none = dir.resolve("none.pdf");
        assertEquals(0, CliRun.run(journal, "report", "--out", none.toString()).exit());
        assertFalse(text(none).contains("In the patient"), "words only when given or asked for");
    }

    private static String day(int y, int m, int d) {
        return DateFormats.day(java.time.LocalDate.of(y, m, d));
    }

    @Test
    void notesCanBeLeftOut() throws Exception {
        Path out = dir.resolve("no-notes.pdf");
        assertEquals(0, CliRun.run(journal, "report", "--out", out.toString(), "--no-notes").exit());
        assertFalse(text(out).contains("Note of"));
        Path with = dir.resolve("notes.pdf");
        assertEquals(0, CliRun.run(journal, "report", "--out", with.toString()).exit());
        assertTrue(text(with).contains("Note of 2026-03-10 ñ"));
    }

    @Test
    void nothingInTheRangeIsExitOneWithAMessageAndNoFile() {
        Path out = dir.resolve("empty.pdf");
        CliRun run = CliRun.run(journal, "report", "--out", out.toString(), "--from", "2027-01-01");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Nothing to report"), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsAreExitTwo() {
        Path out = dir.resolve("x.pdf");
        assertEquals(2, CliRun.run(journal, "report").exit(), "--out is required");
        assertEquals(2, CliRun.run(journal, "report", "--out", out.toString(), "--dates", "5").exit());
        assertEquals(2, CliRun.run(journal, "report", "--out", out.toString(), "--region", "nose").exit());
        assertEquals(2, CliRun.run(journal, "report", "--out", out.toString(), "--from", "2026-13-01").exit());
        assertEquals(2, CliRun.run(journal, "report", "--out", out.toString(), "--from", "2026-03-01", "--to", "2026-01-01").exit());
        assertEquals(2, CliRun.run(journal, "report", "--out", out.toString(), "--layout", "poster").exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void unwritableTargetIsExitOne() {
        CliRun run = CliRun.run(journal, "report", "--out", dir.resolve("no-such-folder").resolve("x.pdf").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("scalp-journal: cannot write"), run.err());
    }
}
