package app.scalpjournal.ui;

/** One row of a keyboard-shortcut help: the keys as the platform shows them, and what they do. */
public record Shortcut(String keys, String does) {
}
