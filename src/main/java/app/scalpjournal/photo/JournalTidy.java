package app.scalpjournal.photo;

/**
 * What opening a journal for a session does once, after the database is open: the trash lets go of
 * what has been in it for 30 days (an indexed query over deleted rows, whatever the journal's size).
 * Nothing else is removed: originals without a row are kept for {@code check} to report and
 * re-attach, and the app's own temporary files were already cleared by {@code Library.open}. An
 * explicit step, run by the window and by the commands that start a session, so wiring a journal
 * never changes it.
 */
public final class JournalTidy {
    private final Trash trash;

    public JournalTidy(Trash trash) {
        this.trash = trash;
    }

    public void run() {
        trash.expire();
    }
}
