package app.scalpjournal.journal;

import java.time.LocalDate;

/**
 * A search result: an entry (its day) or a routine (its start day), with a short piece of the
 * matching text; matched words are wrapped in [brackets].
 */
public record SearchHit(Type type, long id, LocalDate date, String title, String snippet) {
    public enum Type { ENTRY, ROUTINE }
}
