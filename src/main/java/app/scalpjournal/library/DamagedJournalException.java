package app.scalpjournal.library;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal's database failed its check at start. Nothing was changed; the message says what can
 * be done, and {@link #latestSnapshot} names the automatic snapshot that {@link SnapshotRestore} would bring back.
 */
public final class DamagedJournalException extends LibraryException {
    private final Path folder;
    private final transient Path latestSnapshot;

    DamagedJournalException(Path folder, String detail, Path latestSnapshot, Throwable cause) {
        super("The journal at " + folder + " is damaged (" + detail + "). Nothing was changed. "
                + (latestSnapshot != null
                        ? "Restore its latest automatic snapshot (" + latestSnapshot.getFileName() + ") with `scalp-journal --library "
                                + folder + " restore --latest-snapshot`, or restore a backup into a new folder."
                        : "There is no automatic snapshot of it; restore a backup into a new folder with `restore FILE.zip`."), cause);
        this.folder = folder;
        this.latestSnapshot = latestSnapshot;
    }

    public Path folder() {
        return folder;
    }

    public Optional<Path> latestSnapshot() {
        return Optional.ofNullable(latestSnapshot);
    }
}
