package app.scalpjournal.library;

/** A journal that cannot be opened or written, with a message fit to show the user. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
