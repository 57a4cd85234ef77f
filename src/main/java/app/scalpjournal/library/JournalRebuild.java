package app.scalpjournal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The database step of {@code recover}. The base is the newest sound database at hand: the journal's
 * own {@code journal.db} when it is sound (a stale copy still holds notes and log items), unless the
 * newest sound snapshot has recorded more photos; with neither, a new empty journal. The originals the
 * base lacks are re-attached afterwards.
 */
final class JournalRebuild {
    private JournalRebuild() {
    }

    /** Call under the journal's lock, after the damaged database was copied aside; returns the base used, or null for none. */
    static Path replaceDatabase(LibraryLayout layout) throws IOException {
        Path current = layout.database();
        long currentCount = sound(current) ? generation(current) : -1;
        Optional<Path> snapshot = SnapshotRestore.latestSound(layout);
        long snapshotCount = snapshot.map(JournalRebuild::generation).orElse(-1L);
        Path base;
        if (currentCount >= 0 && currentCount >= snapshotCount) {
            base = current;
        } else {
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-wal"));
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-shm"));
            if (snapshot.isPresent()) {
                Path incoming = TempFiles.newTemp(layout, ".db");
                Files.copy(snapshot.get(), incoming, StandardCopyOption.REPLACE_EXISTING);
                SafeFiles.sync(incoming);
                PrivateFiles.file(incoming);
                Files.move(incoming, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                base = snapshot.get();
            } else {
                Files.deleteIfExists(current);
                JournalFolder.create(layout);
                base = null;
            }
        }
        JournalGeneration.forget(layout); // the originals the base lacks are re-attached next, which counts them again
        SafeFiles.syncFolder(layout.root());
        return base;
    }

    private static boolean sound(Path db) {
        try {
            return Files.isRegularFile(db, LinkOption.NOFOLLOW_LINKS) && Files.size(db) > 0 && SnapshotRestore.sound(db)
                    && !"0".equals(JournalBackup.inspect(db, "SELECT count(*) FROM sqlite_master"));
        } catch (IOException e) {
            return false;
        }
    }

    /** How many photos a database has recorded (0 for a journal older than that count). */
    private static long generation(Path db) {
        try {
            return Long.parseLong(JournalBackup.inspect(db, "SELECT generation FROM journal_state WHERE id = 1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
