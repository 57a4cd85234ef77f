package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a damaged journal back to its newest sound automatic snapshot from {@code backups/}, also when
 * its database is gone. Nothing is thrown away: the damaged database (if any) is copied to
 * {@code backups/damaged-<time>/}, and originals the snapshot does not know (photos imported after it)
 * stay where they are; {@code check} lists them and {@code check --repair} re-attaches them.
 */
public final class SnapshotRestore {
    /** The snapshot used, where the damaged database was kept (null when there was none), and the originals it lacks. */
    public record Result(Path snapshot, Path keptIn, int originalsNotInSnapshot) {
    }

    private SnapshotRestore() {
    }

    public static Result restoreLatest(Path folder) {
        LibraryLayout layout = new LibraryLayout(folder);
        if (!Files.isDirectory(layout.root())) {
            throw new LibraryException(Messages.get("snapshot.noJournal", layout.root()));
        }
        try (LibraryLock ignored = LibraryLock.acquire(layout.root())) {
            Path snapshot = latestSound(layout).orElseThrow(() -> new LibraryException(Messages.get("snapshot.noneSound", layout.backups())));
            Path keep = keepDamaged(layout);
            Path incoming = TempFiles.newTemp(layout, ".db");
            Files.copy(snapshot, incoming, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.sync(incoming);
            PrivateFiles.file(incoming);
            int unknown = OriginalFiles.notIn(layout, knownOriginals(incoming)).size();
            // The damaged database's log must not be replayed onto the snapshot: it was copied above.
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-wal"));
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-shm"));
            Files.move(incoming, layout.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            JournalGeneration.forget(layout); // the user chose this older database; its orphans are reported by check
            SafeFiles.syncFolder(layout.root());
            return new Result(snapshot, keep, unknown);
        } catch (IOException e) {
            throw new LibraryException(Messages.get("snapshot.restoreFailed", layout.root(), SafeFiles.reason(e)), e);
        }
    }

    /** The newest snapshot that passes SQLite's integrity check. */
    static java.util.Optional<Path> latestSound(LibraryLayout layout) {
        return Migrations.snapshots(layout.backups()).stream().filter(SnapshotRestore::sound).findFirst();
    }

    /** Copies whatever is left of the damaged database to {@code backups/damaged-<time>/}; null when there is none. */
    static Path keepDamaged(LibraryLayout layout) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path keep = layout.backups().resolve("damaged-" + stamp);
        boolean any = false;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = layout.root().resolve(LibraryLayout.DATABASE + suffix);
            if (Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                PrivateFiles.folder(keep);
                Files.copy(part, keep.resolve(LibraryLayout.DATABASE + suffix), StandardCopyOption.REPLACE_EXISTING);
                any = true;
            }
        }
        if (any) {
            PrivateFiles.tree(keep);
        }
        return any ? keep : null;
    }

    static boolean sound(Path snapshot) {
        return "ok".equals(JournalBackup.inspect(snapshot, "PRAGMA integrity_check"))
                && String.valueOf(Migrations.APPLICATION_ID).equals(JournalBackup.inspect(snapshot, "PRAGMA application_id"));
    }

    static Set<String> knownOriginals(Path db) throws IOException {
        SqliteNative.useCachedCopy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 || '.' || ext FROM photo")) {
            Set<String> out = new HashSet<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("reading the snapshot failed: " + e.getMessage(), e);
        }
    }
}
