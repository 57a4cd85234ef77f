package app.scalpjournal.report;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Settings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the summary dialog remembers in the journal's {@code setting} table: when the last summary
 * was made (the next one starts there by default), and the header name and visit date.
 */
public final class ReportSettings {
    static final String LAST_SUMMARY = "report.last-summary";
    static final String NAME = "report.name";
    static final String VISIT_DATE = "report.visit-date";

    private final Database db;
    private final Settings settings;

    public ReportSettings(Database db) {
        this.db = db;
        this.settings = new Settings(db);
    }

    public Optional<LocalDate> lastSummary() {
        return date(LAST_SUMMARY);
    }

    public String name() {
        return settings.get(NAME).orElse("");
    }

    public Optional<LocalDate> visitDate() {
        return date(VISIT_DATE);
    }

    /** Called once a summary was saved or printed. */
    public void remember(LocalDate madeOn, String name, LocalDate visitDate) {
        db.transaction(c -> {
            settings.put(LAST_SUMMARY, madeOn.toString());
            settings.put(NAME, name == null ? "" : name.strip());
            settings.put(VISIT_DATE, visitDate == null ? "" : visitDate.toString());
            return null;
        });
    }

    private Optional<LocalDate> date(String key) {
        try {
            return settings.get(key).filter(v -> !v.isBlank()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
