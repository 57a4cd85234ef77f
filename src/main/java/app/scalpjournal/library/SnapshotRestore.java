package app.scalpjournal.library;

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
import java.util.stream.Stream;

/**
 * Brings a damaged journal back to its newest sound automatic snapshot from {@code backups/}. Nothing
 * is thrown away: the damaged database is copied to {@code backups/damaged-<time>/}, and originals the
 * snapshot does not know (photos imported after it) are moved there too rather than swept as orphans.
 */
public final class SnapshotRestore {
    /** The snapshot used, where the damaged database and the originals it alone knew were kept. */
    public record Result(Path snapshot, Path keptIn, int originalsKept) {
    }

    private SnapshotRestore() {
    }

    public static Result restoreLatest(Path folder) {
        LibraryLayout layout = new LibraryLayout(folder);
        if (!Files.isRegularFile(layout.database())) {
            throw new LibraryException("There is no journal at " + layout.root() + " to restore a snapshot into.");
        }
        try (LibraryLock ignored = LibraryLock.acquire(layout.lockFile())) {
            Path snapshot = Migrations.snapshots(layout.backups()).stream().filter(SnapshotRestore::sound).findFirst()
                    .orElseThrow(() -> new LibraryException("There is no sound automatic snapshot in " + layout.backups()
                            + "; restore a backup into a new folder instead."));
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path keep = layout.backups().resolve("damaged-" + stamp);
            Files.createDirectories(keep);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = layout.root().resolve(LibraryLayout.DATABASE + suffix);
                if (Files.exists(part)) {
                    Files.copy(part, keep.resolve(LibraryLayout.DATABASE + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path incoming = layout.root().resolve(LibraryLayout.DATABASE + ".restoring");
            Files.copy(snapshot, incoming, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.sync(incoming);
            int kept = keepUnknownOriginals(layout, knownOriginals(incoming), keep.resolve("originals-not-in-snapshot"));
            // The damaged database's log must not be replayed onto the snapshot: it was copied above.
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-wal"));
            Files.deleteIfExists(layout.root().resolve(LibraryLayout.DATABASE + "-shm"));
            Files.move(incoming, layout.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.syncFolder(layout.root());
            return new Result(snapshot, keep, kept);
        } catch (IOException e) {
            throw new LibraryException("Cannot restore the snapshot into " + layout.root() + ": " + SafeFiles.reason(e), e);
        }
    }

    private static boolean sound(Path snapshot) {
        return "ok".equals(JournalBackup.inspect(snapshot, "PRAGMA integrity_check"))
                && String.valueOf(Migrations.APPLICATION_ID).equals(JournalBackup.inspect(snapshot, "PRAGMA application_id"));
    }

    private static Set<String> knownOriginals(Path db) throws IOException {
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

    private static int keepUnknownOriginals(LibraryLayout layout, Set<String> known, Path keep) throws IOException {
        if (!Files.isDirectory(layout.originals())) {
            return 0;
        }
        List<Path> unknown;
        try (Stream<Path> walk = Files.walk(layout.originals())) {
            unknown = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !known.contains(p.getFileName().toString()))
                    .toList();
        }
        for (Path file : unknown) {
            Files.createDirectories(keep);
            Files.move(file, keep.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return unknown.size();
    }
}
