package app.scalpjournal.library;

import java.nio.file.Path;

/** The files and folders of one journal on disk. */
public record LibraryLayout(Path root) {
    public static final String DATABASE = "journal.db";
    public static final String ORIGINALS = "originals";
    public static final String CACHE = "cache";
    public static final String BACKUPS = "backups";
    public static final String LOCK = ".lock";

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

    public Path lockFile() {
        return root.resolve(LOCK);
    }

    /** {@code originals/ab/<sha256>.<ext>}: two-letter fan-out keeps folders small. */
    public Path original(String sha256, String ext) {
        return originals().resolve(sha256.substring(0, 2)).resolve(sha256 + "." + ext);
    }
}
