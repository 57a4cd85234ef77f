package app.scalpjournal.journal;

import java.time.Instant;
import java.time.LocalDate;

/** One day's record in the journal: its date and the user's note. Photos and log items hang off it. */
public record Entry(long id, LocalDate date, String note, Instant createdAt, Instant updatedAt) {
    /** The first non-blank line of the note, for lists. */
    public String firstLine() {
        return note.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
