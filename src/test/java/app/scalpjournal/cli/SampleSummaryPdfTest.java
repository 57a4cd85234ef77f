package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.photo.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample journal's summary read back with poppler's {@code pdftotext}, as a clinician's PDF
 * viewer would: page 1 holds the whole picture, no page is blank, and compact stays within 2 pages.
 */
class SampleSummaryPdfTest {
    @TempDir
    Path dir;

    @Test
    void compactSummaryOfTheSampleIsTwoPagesWithEverythingOnPageOne() throws Exception {
        Path journal = dir.resolve("journal");
        assertEquals(0, CliRun.run(journal, "sample").exit());
        Path compact = dir.resolve("compact.pdf");
        CliRun run = CliRun.run(journal, "report", "--out", compact.toString(), "--first-noticed", "Spring 2024, at the crown",
                "--questions", "Is the shedding I logged something to watch?", "--for-clinician", "My father thinned early.");
        assertEquals(0, run.exit(), run.err());

        int pages = pages(compact);
        assertTrue(pages <= 2, "compact is at most 2 pages, was " + pages);
        String first = pdftotext(compact, 1);
        for (String expected : new String[] {"Visit summary", "Period", "In the patient’s words", "Spring 2024, at the crown",
                "Is the shedding I logged something to watch?", "My father thinned early.", "Treatments and routines",
                "Evening scalp massage", "Derma roller 0.5 mm", "needle 0.5 mm", "ongoing", "Side effects logged", "Redness",
                "First and latest photo of each region", "day 1", "Page 1 of " + pages}) {
            assertTrue(first.contains(expected), "page 1 lacks '" + expected + "':\n" + first);
        }
        for (Region region : Region.values()) {
            if (region != Region.OTHER) {
                assertTrue(first.contains(region.label()), "page 1 shows " + region.label());
            }
        }
        assertTrue(!first.contains("Notes, most recent first") || pages == 1, "notes follow page 1");
        for (int page = 1; page <= pages; page++) {
            assertNotBlank(compact, page);
        }
    }

    @Test
    void fullSummaryHasNoBlankPageAndPhotosFollowTheNotes() throws Exception {
        Path journal = dir.resolve("journal");
        assertEquals(0, CliRun.run(journal, "sample").exit());
        Path full = dir.resolve("full.pdf");
        assertEquals(0, CliRun.run(journal, "report", "--out", full.toString(), "--layout", "full", "--dates", "3").exit());
        int pages = pages(full);
        assertTrue(pages > 2, "photo pages follow: " + pages);
        String second = pdftotext(full, 2);
        assertTrue(second.contains("Notes, most recent first") && second.contains("Intervals between the dates"),
                "notes, side effects and the first region share page 2 (no forced break):\n" + second);
        for (int page = 1; page <= pages; page++) {
            assertNotBlank(full, page);
        }
    }

    /** A page has more than its footer: some other line of text. */
    private static void assertNotBlank(Path pdf, int page) throws Exception {
        String text = pdftotext(pdf, page).replace("This document shows photos and notes recorded by the patient.", "")
                .replace("It contains no automated measurement or", "").replace("assessment.", "").replaceAll("Page \\d+ of \\d+", "");
        assertTrue(text.strip().length() > 40, "page " + page + " is blank but for its footer: '" + text.strip() + "'");
    }

    private static int pages(Path pdf) throws Exception {
        String info = exec("pdfinfo", pdf.toString());
        return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
    }

    private static String pdftotext(Path pdf, int page) throws Exception {
        return exec("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
    }

    private static String exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        assertEquals(0, p.exitValue(), command[0] + ": " + out);
        return out;
    }
}
