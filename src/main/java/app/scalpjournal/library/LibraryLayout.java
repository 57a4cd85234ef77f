package app.scalpjournal.library;

import java.nio.file.Path;

/** The files and folders of one journal on disk. */
public record LibraryLayout(Path root) {
    public static final String DATABASE = "journal.db";
    public static final String ORIGINALS = "originals";
    public static final String CACHE = "cache";
    public static final String BACKUPS = "backups";
    /** A private folder holding the one file the journal lock is taken on (see {@link LibraryLock}). */
    public static final String LOCK = ".lock";
    /** The app's own temporary files (imports in progress, thumbnails being written); used for nothing else. */
    public static final String TMP = "tmp";
    /** How many photos were ever added, as the database says; a database that says less is older than its photos. */
    public static final String GENERATION = "journal.generation";

    public LibraryLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path database() {
        return root.resolve(DATABASE);
    }

    public Path originals() {
        return root.resolve(ORIGINALS);
    }

    public Path cache() {
        return root.resolve(CACHE);
    }

    public Path backups() {
        return root.resolve(BACKUPS);
    }

    public Path lockFolder() {
        return root.resolve(LOCK);
    }

    public Path tmp() {
        return root.resolve(TMP);
    }

    public Path generationFile() {
        return root.resolve(GENERATION);
    }

    /** {@code originals/ab/<sha256>.<ext>}: two-letter fan-out keeps folders small. */
    public Path original(String sha256, String ext) {
        return originals().resolve(sha256.substring(0, 2)).resolve(sha256 + "." + ext);
    }
}
