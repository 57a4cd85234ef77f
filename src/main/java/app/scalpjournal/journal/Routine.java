package app.scalpjournal.journal;

import java.time.LocalDate;

/** An ongoing routine: started (and maybe stopped) on a date, with the frequency the user planned. */
public record Routine(long id, LogKind kind, String name, String details, LocalDate startedOn, LocalDate stoppedOn,
                      Frequency frequency) {
    public Routine {
        details = details == null ? "" : details;
    }

    /** Whether the routine was running on that day (both ends included). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startedOn) && (stoppedOn == null || !day.isAfter(stoppedOn));
    }

    public Routine withId(long newId) {
        return new Routine(newId, kind, name, details, startedOn, stoppedOn, frequency);
    }

    /** "Evening massage (daily, since 2026-01-04)". */
    public String summary() {
        String when = stoppedOn == null ? "since " + startedOn : startedOn + " to " + stoppedOn;
        return name + " (" + (frequency.text().isBlank() ? "" : frequency.text() + ", ") + when + ")";
    }
}
