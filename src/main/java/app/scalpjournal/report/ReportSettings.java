package app.scalpjournal.report;

import app.scalpjournal.library.Settings;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the summary dialog remembers in the journal's settings: when the last summary was made (the
 * next one starts there by default), and the header name and visit date.
 */
public final class ReportSettings {
    static final Settings.Key<LocalDate> LAST_SUMMARY = Settings.Key.date("report.last-summary");
    static final Settings.Key<String> NAME = Settings.Key.text("report.name");
    static final Settings.Key<LocalDate> VISIT_DATE = Settings.Key.date("report.visit-date");

    private final Settings settings;

    public ReportSettings(Settings settings) {
        this.settings = settings;
    }

    public Optional<LocalDate> lastSummary() {
        return settings.get(LAST_SUMMARY);
    }

    public String name() {
        return settings.get(NAME).orElse("");
    }

    public Optional<LocalDate> visitDate() {
        return settings.get(VISIT_DATE);
    }

    /** Called once a summary was saved or printed. */
    public void remember(LocalDate madeOn, String name, LocalDate visitDate) {
        settings.together(() -> {
            settings.put(LAST_SUMMARY, madeOn);
            settings.put(NAME, name == null ? "" : name.strip());
            settings.put(VISIT_DATE, visitDate);
        });
    }
}
