package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.scalpjournal.photo.Region;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints a summary to a CUPS-PDF virtual printer (see .ci/run for its setup) and compares what came
 * out with the document. Skipped where no such printer exists: it never prints on a real one.
 */
class SummaryPrinterTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    @Test
    void printedPagesAreTheDocumentsPages() throws Exception {
        Optional<String> printerName = cupsPdfPrinter();
        assumeTrue(printerName.isPresent(), "no CUPS-PDF printer (lpstat -v shows none with cups-pdf:/)");
        PrintService printer = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName.get())).findFirst().orElse(null);
        assumeTrue(printer != null, "Java does not see the CUPS-PDF printer " + printerName.get());
        Path outbox = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = pdfsIn(outbox);

        byte[] original;
        try (ReportFixture f = new ReportFixture(dir)) {
            f.photo(JAN1, Region.CROWN);
            f.photo(JAN1.plusDays(50), Region.CROWN);
            f.note(JAN1, "Printed note with Zoë and Ж.");
            SummaryDocument summary = f.builder().build(SummaryRequest.everything(SummaryLayout.FULL));
            try (PDDocument pdf = new SummaryRenderer(f.upright(), "Scalp Journal test", ReportFixture.CLOCK)
                    .render(summary, Paper.A4, p -> { })) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                pdf.save(out);
                original = out.toByteArray();
                SummaryPrinter.print(pdf, printer);
            }
        }

        Path printed = awaitNewPdf(outbox, before);
        assertNotNull(printed, "the printer produced no file in " + outbox);
        try (PDDocument expected = Loader.loadPDF(original); PDDocument got = Loader.loadPDF(printed.toFile())) {
            assertEquals(expected.getNumberOfPages(), got.getNumberOfPages());
            for (int i = 0; i < expected.getNumberOfPages(); i++) {
                assertEquals(expected.getPage(i).getMediaBox().getWidth(), got.getPage(i).getMediaBox().getWidth(), 2);
                BufferedImage want = new PDFRenderer(expected).renderImageWithDPI(i, 30, ImageType.GRAY);
                BufferedImage have = new PDFRenderer(got).renderImageWithDPI(i, 30, ImageType.GRAY);
                // the printed page carries the same text and photos in the same places: its ink, row by row
                // and column by column, follows the document's (a blank or shifted page would not)
                assertTrue(correlation(inkByRow(want), inkByRow(have)) > 0.9, "rows of page " + (i + 1));
                assertTrue(correlation(inkByColumn(want), inkByColumn(have)) > 0.9, "columns of page " + (i + 1));
            }
        } finally {
            Files.createDirectories(Path.of("target", "report-test"));
            Files.move(printed, Path.of("target", "report-test", "printed.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static double[] inkByRow(BufferedImage img) {
        double[] ink = new double[img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                ink[y] += 255 - (img.getRGB(x, y) & 255);
            }
        }
        return ink;
    }

    private static double[] inkByColumn(BufferedImage img) {
        double[] ink = new double[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                ink[x] += 255 - (img.getRGB(x, y) & 255);
            }
        }
        return ink;
    }

    /** Pearson correlation over the common length; 0 when either side is flat (a blank page). */
    private static double correlation(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        double ma = Arrays.stream(a, 0, n).average().orElse(0);
        double mb = Arrays.stream(b, 0, n).average().orElse(0);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    /** The name of a printer whose device is cups-pdf, from {@code lpstat -v}. */
    private static Optional<String> cupsPdfPrinter() {
        try {
            Process p = new ProcessBuilder("lpstat", "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            // "device for PDF: cups-pdf:/"
            return out.lines().filter(l -> l.startsWith("device for ") && l.contains("cups-pdf:/"))
                    .map(l -> l.substring("device for ".length(), l.indexOf(':'))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Set<Path> pdfsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    /** CUPS-PDF writes the file a little after the job is accepted; waits for it to be complete. */
    private static Path awaitNewPdf(Path outbox, Set<Path> before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            List<Path> fresh = pdfsIn(outbox).stream().filter(p -> !before.contains(p)).toList();
            for (Path p : fresh) {
                long size = Files.size(p);
                Thread.sleep(500);
                if (size > 0 && size == Files.size(p) && Files.readString(p, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                    return p;
                }
            }
            Thread.sleep(500);
        }
        return null;
    }
}
