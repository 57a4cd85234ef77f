package app.scalpjournal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The database step of {@code recover}: the newest sound snapshot, or a new empty journal, replaces a damaged database. */
final class JournalRebuild {
    private JournalRebuild() {
    }

    /** Call under the journal's lock, after the damaged database was copied aside; returns the snapshot used, or null. */
    static Path replaceDatabase(LibraryLayout layout) throws IOException {
        Optional<Path> snapshot = SnapshotRestore.latestSound(layout);
        Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-wal"));
        Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-shm"));
        if (snapshot.isPresent()) {
            Path incoming = TempFiles.newTemp(layout, ".db");
            Files.copy(snapshot.get(), incoming, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.sync(incoming);
            PrivateFiles.file(incoming);
            Files.move(incoming, layout.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(layout.database());
            JournalFolder.create(layout);
        }
        JournalGeneration.forget(layout); // the originals it lacks are re-attached next, which counts them again
        SafeFiles.syncFolder(layout.root());
        return snapshot.orElse(null);
    }
}
