package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal's folder is damaged: its database is missing, empty, unreadable, fails its check, or is
 * older than its photos. Nothing was changed; the message names the way out ({@code recover}, which
 * rebuilds from the latest snapshot and every original, or the snapshot alone, or a backup), and
 * {@link #latestSnapshot} names the snapshot {@link SnapshotRestore} would bring back.
 */
public final class DamagedJournalException extends LibraryException {
    private final Path folder;
    private final String detail;
    private final transient Path latestSnapshot;

    DamagedJournalException(Path folder, String detail, Path latestSnapshot, Throwable cause) {
        super(Messages.get("journal.damaged", folder, detail, latestSnapshot != null
                ? Messages.get("journal.damaged.wayOut.snapshot", latestSnapshot.getFileName(), folder)
                : Messages.get("journal.damaged.wayOut.noSnapshot", folder)), cause);
        this.folder = folder;
        this.detail = detail;
        this.latestSnapshot = latestSnapshot;
    }

    public Path folder() {
        return folder;
    }

    /** What is wrong, without the way out (the window offers its own). */
    public String detail() {
        return detail;
    }

    public Optional<Path> latestSnapshot() {
        return Optional.ofNullable(latestSnapshot);
    }
}
