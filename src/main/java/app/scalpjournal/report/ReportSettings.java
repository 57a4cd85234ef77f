package app.scalpjournal.report;

import app.scalpjournal.library.Settings;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the summary dialog remembers in the journal's settings: when the last summary was made (the
 * next one starts there by default), the header name and visit date, and the patient's own words
 * when they chose to keep them with the journal.
 */
public final class ReportSettings {
    static final Settings.Key<LocalDate> LAST_SUMMARY = Settings.Key.date("report.last-summary");
    static final Settings.Key<String> NAME = Settings.Key.text("report.name");
    static final Settings.Key<LocalDate> VISIT_DATE = Settings.Key.date("report.visit-date");
    static final Settings.Key<String> NOTICED = Settings.Key.text("report.words.noticed");
    static final Settings.Key<String> QUESTIONS = Settings.Key.text("report.words.questions");
    static final Settings.Key<String> OTHER = Settings.Key.text("report.words.other");

    /** What to do with the words kept with the journal when a summary is made. */
    public enum Words {
        /** Keep this summary's words for the next one. */
        KEEP,
        /** They were for this visit only: forget any kept before. */
        FORGET,
        /** Leave the kept words as they are (the command line, unless told to keep). */
        UNCHANGED
    }

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

    /** The words kept with the journal ({@link PatientWords#NONE} when none were kept). */
    public PatientWords words() {
        return new PatientWords(settings.get(NOTICED).orElse(""), settings.get(QUESTIONS).orElse(""), settings.get(OTHER).orElse(""));
    }

    /** Called once a summary was saved or printed: remembers the header, and keeps or forgets the words. */
    public void remember(LocalDate madeOn, String name, LocalDate visitDate, PatientWords words, Words choice) {
        settings.together(() -> {
            settings.put(LAST_SUMMARY, madeOn);
            settings.put(NAME, name == null ? "" : name.strip());
            settings.put(VISIT_DATE, visitDate);
            if (choice != Words.UNCHANGED) {
                PatientWords kept = choice == Words.KEEP ? words : PatientWords.NONE;
                settings.put(NOTICED, kept.noticed());
                settings.put(QUESTIONS, kept.questions());
                settings.put(OTHER, kept.other());
            }
        });
    }
}
