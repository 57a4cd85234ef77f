package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Opens the journal in {@code folder}. A brand-new journal is created only in a folder that holds
     * none of a journal's files ({@link JournalFolder}); a missing, empty, unreadable or stale database
     * beside a journal's files is refused as damaged, and nothing is changed. Opening does no work that
     * grows with the number of photos: the walk of {@code originals/} belongs to {@code check}, and the
     * daily snapshot is the explicit step {@link #snapshotIfDue()}.
     */
    public static Library open(Path folder) {
        return open(folder, null);
    }

    /**
     * What {@link #rebuild} started from: the database whose rows it kept ({@code journal.db} itself, a
     * snapshot, or null for none) and where a copy of the damaged database went.
     */
    public record Rebuilt(Library library, Path snapshot, Path keptIn) {
    }

    /**
     * Rebuilds a damaged journal in place and opens it: the damaged database is copied to
     * {@code backups/damaged-<time>/}, and the newest sound database at hand ({@link JournalRebuild})
     * becomes {@code journal.db}. The caller then re-attaches the originals it lacks. Refused, changing
     * nothing, when the journal is not damaged: {@code check --repair} is the tool then.
     */
    public static Rebuilt rebuild(Path folder) {
        if (!Files.isDirectory(new LibraryLayout(folder).root())) {
            throw new LibraryException(Messages.get("recover.noJournal", new LibraryLayout(folder).root()));
        }
        try {
            open(folder).close();
            throw new LibraryException(Messages.get("recover.notDamaged", new LibraryLayout(folder).root()));
        } catch (DamagedJournalException expected) {
            // the one case recover is for
        }
        Path[] from = new Path[2];
        Library library = open(folder, layout -> {
            from[1] = SnapshotRestore.keepDamaged(layout);
            from[0] = JournalRebuild.replaceDatabase(layout);
        });
        return new Rebuilt(library, from[0], from[1]);
    }

    /** A step run under the lock before the database is opened. */
    private interface Prepare {
        void run(LibraryLayout layout) throws IOException;
    }

    private static Library open(Path folder, Prepare prepare) {
        LibraryLayout layout = new LibraryLayout(folder);
        try {
            if (Files.exists(layout.root()) && !Files.isDirectory(layout.root())) {
                throw new LibraryException(layout.root() + " is a file, not a journal folder.");
            }
            PrivateFiles.folder(layout.root());
        } catch (IOException e) {
            throw new LibraryException(Messages.get("journal.createFailed", layout.root(), e.getMessage()), e);
        }
        LibraryLock lock = LibraryLock.acquire(layout.root());
        Database database = null;
        try {
            sweepLeftovers(layout);
            if (prepare != null) {
                prepare.run(layout);
            }
            if (JournalFolder.isNew(layout)) {
                JournalFolder.create(layout);
            }
            database = openChecked(layout);
            JournalFolder.requireJournal(database, layout);
            Migrations.migrate(database, layout);
            JournalFolder.requireCurrent(database, layout);
            keepPrivate(layout);
            return new Library(layout, lock, database);
        } catch (IOException e) {
            closeAll(database, lock);
            throw new LibraryException(Messages.get("journal.openFailed", layout.root(), SafeFiles.reason(e)), e);
        } catch (RuntimeException e) {
            closeAll(database, lock);
            throw e;
        }
    }

    private static void closeAll(Database database, LibraryLock lock) {
        if (database != null) {
            database.close();
        }
        lock.close();
    }

    /** Opens the database and runs SQLite's quick check, so a damaged journal is never written to. */
    private static Database openChecked(LibraryLayout layout) {
        Database database;
        try {
            database = Database.open(layout.database());
        } catch (LibraryException e) {
            throw JournalFolder.damaged(layout, Messages.get("journal.damaged.unreadable", e.getMessage()), e);
        }
        List<String> problems = quickCheck(database);
        if (!problems.isEmpty() && SearchIndexRepair.rebuildIfOnlyIndexDamaged(database, problems)) {
            problems = quickCheck(database);
        }
        if (!problems.isEmpty()) {
            database.close();
            String detail = String.join(" ", problems).replaceAll("\\s+", " ").strip();
            throw JournalFolder.damaged(layout, Messages.get("journal.damaged.quickCheck",
                    detail.length() > 160 ? detail.substring(0, 160) + "..." : detail), null);
        }
        return database;
    }

    private static List<String> quickCheck(Database database) {
        try {
            return database.read(c -> {
                List<String> out = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            out.add(rs.getString(1));
                        }
                    }
                }
                return out;
            });
        } catch (LibraryException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * Takes the day's snapshot into {@code backups/} when the newest is more than a day old (a copy of
     * the database, so it grows with the journal): commands that start a session take it before their
     * work, the window in the background once its first rows are drawn. A full disk is no error here.
     */
    public void snapshotIfDue() {
        Migrations.snapshotIfDue(database, layout);
    }

    /** Rebuilds the full-text search index from the stored text (for {@code check --repair}); nothing is lost. */
    public void rebuildSearchIndex() {
        SearchIndexRepair.rebuildAll(database);
    }

    /** What killed runs left: a restore's staging folder beside the journal, the app's temporary files. */
    private static void sweepLeftovers(LibraryLayout layout) throws IOException {
        sweepKilledRestores(layout);
        TempFiles.sweep(layout);
    }

    /** The folder and the database files are the owner's only (a few calls, whatever the journal's size). */
    private static void keepPrivate(LibraryLayout layout) throws IOException {
        PrivateFiles.folder(layout.root());
        for (String suffix : List.of("", "-wal", "-shm")) {
            PrivateFiles.file(layout.root().resolve(LibraryLayout.DATABASE + suffix));
        }
        PrivateFiles.folder(layout.originals());
        PrivateFiles.folder(layout.cache());
        if (Files.isDirectory(layout.backups())) {
            PrivateFiles.folder(layout.backups());
        }
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
