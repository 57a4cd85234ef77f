package app.scalpjournal.journal;

/** One thing wrong with the user's input: the field it concerns (an option-style id, e.g. "needle-mm") and a plain message. */
public record Problem(String field, String message) {
}
