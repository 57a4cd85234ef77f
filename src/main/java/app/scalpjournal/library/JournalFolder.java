package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * Tells a new journal folder from an existing or a damaged one, with a few cheap checks (no walk of
 * {@code originals/}). A folder is <b>new</b> only when it has no {@code journal.db} (nor its
 * {@code -wal}), no {@code journal.generation}, nothing in {@code originals/} and nothing in
 * {@code backups/}; other files do not matter. A folder that has any of those but no database, or a
 * database that is empty, holds no journal or is older than its photos is <b>damaged</b>, never new.
 */
final class JournalFolder {
    private JournalFolder() {
    }

    /** Whether a brand-new journal may be created here; throws when the database is missing from a journal. */
    static boolean isNew(LibraryLayout layout) throws IOException {
        if (Files.exists(layout.database(), LinkOption.NOFOLLOW_LINKS)) {
            if (Files.size(layout.database()) == 0) {
                throw damaged(layout, Messages.get("journal.damaged.empty"), null);
            }
            return false;
        }
        boolean traces = Files.exists(layout.root().resolve(LibraryLayout.DATABASE + "-wal"), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(layout.generationFile(), LinkOption.NOFOLLOW_LINKS)
                || holdsAnything(layout.originals()) || holdsAnything(layout.backups());
        if (traces) {
            throw damaged(layout, Messages.get("journal.damaged.missing"), null);
        }
        return true;
    }

    /**
     * Creates the database of a new journal under a temporary name and renames it into place once its
     * schema is complete, so a run killed half-way never leaves a {@code journal.db} that looks damaged.
     */
    static void create(LibraryLayout layout) throws IOException {
        Path temp = TempFiles.newTemp(layout, ".db");
        try (Database db = Database.open(temp)) {
            Migrations.migrate(db, layout);
        }
        PrivateFiles.file(temp);
        Files.move(temp, layout.database(), StandardCopyOption.ATOMIC_MOVE);
        SafeFiles.syncFolder(layout.root());
    }

    /** A database with no schema where a journal was is refused (new journals are created complete). */
    static void requireJournal(Database db, LibraryLayout layout) {
        if (Migrations.isEmpty(db)) {
            throw damaged(layout, Messages.get("journal.damaged.noJournal"), null);
        }
    }

    /** A database older than its photos is refused; a generation file that lags is brought up to date. */
    static void requireCurrent(Database db, LibraryLayout layout) {
        long known = JournalGeneration.ofDatabase(db);
        OptionalLong seen = JournalGeneration.ofFolder(layout);
        if (seen.isPresent() && seen.getAsLong() > known) {
            throw damaged(layout, Messages.get("journal.damaged.stale", String.valueOf(known), String.valueOf(seen.getAsLong())), null);
        }
        if (seen.isEmpty() || seen.getAsLong() < known) {
            JournalGeneration.write(layout, known);
        }
    }

    static DamagedJournalException damaged(LibraryLayout layout, String detail, Throwable cause) {
        return new DamagedJournalException(layout.root(), detail, Migrations.latestSnapshot(layout).orElse(null), cause);
    }

    private static boolean holdsAnything(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
        }
        try (var list = Files.list(folder)) {
            return list.findAny().isPresent();
        }
    }
}
