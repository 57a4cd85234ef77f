package app.scalpjournal.report;

/** The chosen range holds no photos, notes or log items: there is nothing to put in a summary. */
public final class NothingToReportException extends RuntimeException {
    public NothingToReportException(String message) {
        super(message);
    }
}
