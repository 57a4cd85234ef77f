package app.scalpjournal.report;

import app.scalpjournal.text.Messages;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints the rendered summary itself (not a picture of the preview) through {@code java.awt.print}:
 * PDFBox's {@link PDFPageable} hands the printer each PDF page at its own size, so the printed
 * pages are the pages that were previewed and saved.
 */
public final class SummaryPrinter {
    static final String JOB_NAME = Messages.get("summary.printJob");

    private SummaryPrinter() {
    }

    /** How a print request ended. */
    public enum Result { PRINTED, CANCELLED, NO_PRINTER }

    /**
     * Shows the system print dialog and prints when the user confirms it. With no printer installed
     * there is nothing to choose from, so it says so instead of showing an empty dialog.
     */
    public static Result printWithDialog(PDDocument summary) throws PrinterException {
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return Result.NO_PRINTER;
        }
        PrinterJob job = job(summary);
        if (!job.printDialog()) {
            return Result.CANCELLED;
        }
        job.print();
        return Result.PRINTED;
    }

    /** Prints on the given printer without asking (scripts and tests). */
    public static void print(PDDocument summary, PrintService printer) throws PrinterException {
        PrinterJob job = job(summary);
        job.setPrintService(printer);
        job.print();
    }

    private static PrinterJob job(PDDocument summary) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(JOB_NAME);
        job.setPageable(new PDFPageable(summary));
        return job;
    }
}
