package app.scalpjournal.photo;

/** Progress of a running import; called from worker threads. */
public interface ImportListener {
    /** The number of files found once the given paths are walked. */
    default void started(int totalFiles) {
    }

    /** One file is done; {@code done} counts finished files so far. */
    default void fileDone(ImportResult result, int done, int total) {
    }

    ImportListener NONE = new ImportListener() {
    };
}
