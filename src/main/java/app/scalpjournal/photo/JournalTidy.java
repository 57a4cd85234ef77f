package app.scalpjournal.photo;

import java.io.IOException;

/**
 * What opening a journal for a session does once, after the database is open: deletions of the last
 * session become final, and leftovers of an interrupted import go. An explicit step, run by the window
 * and by the commands that start a session, so wiring a journal never changes it.
 */
public final class JournalTidy {
    private final PhotoService photoService;
    private final LibraryCheck check;

    public JournalTidy(PhotoService photoService, LibraryCheck check) {
        this.photoService = photoService;
        this.check = check;
    }

    /** Deletions become final when the journal is opened again; leftovers of an interrupted import go. */
    public void run() {
        photoService.purgeDeleted();
        try {
            check.sweep();
        } catch (IOException e) {
            // Leftovers stay until the next start; `check` lists them meanwhile.
        }
    }
}
