package app.scalpjournal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open journal: its folder, held by this process through the lock file, and its migrated
 * database. Close it to release the lock.
 */
public final class Library implements AutoCloseable {
    private final LibraryLayout layout;
    private final LibraryLock lock;
    private final Database database;

    private Library(LibraryLayout layout, LibraryLock lock, Database database) {
        this.layout = layout;
        this.lock = lock;
        this.database = database;
    }

    /** Opens the journal in {@code folder}, creating it when the folder is new or empty. */
    public static Library open(Path folder) {
        LibraryLayout layout = new LibraryLayout(folder);
        try {
            if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
                throw new LibraryException(layout.root() + " is a file, not a journal folder.");
            }
            Files.createDirectories(layout.root());
            Files.createDirectories(layout.originals());
            Files.createDirectories(layout.cache());
        } catch (IOException e) {
            throw new LibraryException("Cannot create the journal folder " + layout.root() + ": " + e.getMessage(), e);
        }
        LibraryLock lock = LibraryLock.acquire(layout.lockFile());
        sweepKilledRestores(layout);
        Database database = null;
        try {
            database = openChecked(layout);
            Migrations.migrate(database, layout);
            Migrations.snapshotIfDue(database, layout);
            return new Library(layout, lock, database);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    /** Opens the database and runs SQLite's quick check, so a damaged journal is never written to. */
    private static Database openChecked(LibraryLayout layout) {
        boolean existed = Files.exists(layout.database());
        Database database;
        try {
            database = Database.open(layout.database());
        } catch (LibraryException e) {
            if (existed && Migrations.latestSnapshot(layout).isPresent()) {
                throw new DamagedJournalException(layout.root(), e.getMessage(), Migrations.latestSnapshot(layout).get(), e);
            }
            throw e;
        }
        String result;
        try {
            result = database.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
        } catch (LibraryException e) {
            result = e.getMessage();
        }
        if (!"ok".equals(result)) {
            database.close();
            String detail = result.replaceAll("\\s+", " ").strip();
            throw new DamagedJournalException(layout.root(), "quick check: " + (detail.length() > 160 ? detail.substring(0, 160) + "..." : detail), Migrations.latestSnapshot(layout).orElse(null), null);
        }
        return database;
    }

    /** A restore killed after moving its files in leaves its staging folder beside the journal; remove it. */
    private static void sweepKilledRestores(LibraryLayout layout) {
        Path parent = layout.root().getParent();
        if (parent == null) {
            return;
        }
        try {
            JournalRestore.sweepStaleStaging(parent, layout.root().getFileName().toString());
        } catch (IOException e) {
            // best effort: the next restore sweeps again, and nothing in the journal depends on it
        }
    }

    public LibraryLayout layout() {
        return layout;
    }

    public Path root() {
        return layout.root();
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
