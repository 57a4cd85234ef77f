package app.scalpjournal.library;

/** A backup archive that is refused before anything of it reaches the journal; the message says why. */
public final class ArchiveRefusedException extends LibraryException {
    public ArchiveRefusedException(String message) {
        super(message);
    }

    public ArchiveRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
