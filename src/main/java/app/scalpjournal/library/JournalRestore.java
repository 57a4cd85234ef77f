package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Restores a backup into a new folder or an empty journal. Everything is unpacked into a staging
 * folder next to the target and checked there (every hash against the manifest, the database's
 * integrity, owner and schema version); only then is it moved in. A journal that already exists
 * becomes the restored one when its {@code journal.db} is replaced in one atomic rename, after the
 * originals it refers to are in place; until that moment it is the journal it was.
 */
public final class JournalRestore {
    /** What a finished restore holds. */
    public record Result(Path journal, int entries, int photos, int schemaVersion, List<String> notes) {
    }

    private static final Set<String> JOURNAL_FILES = Set.of(LibraryLayout.DATABASE, LibraryLayout.DATABASE + "-wal",
            LibraryLayout.DATABASE + "-shm", LibraryLayout.ORIGINALS, LibraryLayout.CACHE, LibraryLayout.BACKUPS, LibraryLayout.LOCK,
            LibraryLayout.TMP, LibraryLayout.GENERATION);

    private final ArchiveLimits limits;

    public JournalRestore(ArchiveLimits limits) {
        this.limits = limits;
    }

    public Result restore(Path zip, Path folder, Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new LibraryException(Messages.get("restore.diskRoot", target));
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new LibraryException(Messages.get("restore.isFile", target));
        }
        LibraryLock targetLock = exists ? LibraryLock.acquire(target) : null;
        try {
            return restoreInto(zip, target, exists, progress);
        } catch (IOException e) {
            throw new LibraryException(Messages.get("restore.writeFailed", target, SafeFiles.reason(e),
                    SafeArchive.isDiskFull(e) ? Messages.get("restore.writeFailed.diskFull") : ""), e);
        } finally {
            if (targetLock != null) {
                targetLock.close();
            }
        }
    }

    /** Unpacks and checks in a staging folder beside the target, then moves it in; the staging folder goes in any case. */
    private Result restoreInto(Path zip, Path target, boolean exists, Progress progress) throws IOException {
        Path parent = target.getParent();
        if (exists) {
            requireEmpty(target);
        }
        Files.createDirectories(parent);
        sweepStaleStaging(parent, target.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, stagingPrefix(target.getFileName().toString()));
        try {
            try (LibraryLock stagingLock = LibraryLock.acquire(staging)) {
                Staged staged = stage(zip, staging, progress);
                PrivateFiles.tree(staging);
                if (exists) {
                    requireEmpty(target);
                    moveInto(staging, target, staged);
                } else {
                    Files.createDirectories(staging.resolve(LibraryLayout.CACHE));
                    SafeFiles.syncFolder(staging);
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                    SafeFiles.syncFolder(parent);
                }
                return staged.result(target);
            }
        } finally {
            SafeFiles.deleteTreeQuietly(staging);
        }
    }

    private static String stagingPrefix(String name) {
        return "." + name + ".restore-";
    }

    /** Removes staging folders of restores that were killed; a running restore holds its folder's lock. */
    static void sweepStaleStaging(Path parent, String name) throws IOException {
        List<Path> stale;
        try (var list = Files.list(parent)) {
            stale = list.filter(p -> p.getFileName().toString().startsWith(stagingPrefix(name)))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path dir : stale) {
            try (LibraryLock ignored = LibraryLock.acquire(dir)) {
                // held by nobody: its restore died
            } catch (LibraryException inUse) {
                continue;
            }
            SafeFiles.deleteTreeQuietly(dir);
        }
    }

    /** A journal folder may receive a restore when it holds no entry and no photo (stray files are not data). */
    private static void requireEmpty(Path target) throws IOException {
        try (var list = Files.list(target)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (!JOURNAL_FILES.contains(p.getFileName().toString())) {
                    throw new LibraryException(Messages.get("restore.notJournal", target, p.getFileName()));
                }
            }
        }
        Path dbFile = target.resolve(LibraryLayout.DATABASE);
        if (!Files.exists(dbFile)) {
            return;
        }
        java.util.Optional<String> table;
        try (Database db = Database.open(dbFile)) {
            if (Migrations.isEmpty(db)) {
                return;
            }
            table = JournalContent.firstNonEmptyTable(db);
            if (table.isEmpty()) {
                // Fold any write-ahead log into the file, so no stale log survives the file being replaced.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (LibraryException e) {
            throw new LibraryException(Messages.get("restore.unreadable", target, e.getMessage()), e);
        }
        // Thrown outside the try, so this refusal is not wrapped as "cannot be read".
        if (table.isPresent()) {
            throw new LibraryException(Messages.get("restore.notEmpty", target, table.get()));
        }
    }

    /** The checked content of a staging folder. */
    private record Staged(List<Path> originals, StagedDatabase.Content content) {
        Result result(Path target) {
            return new Result(target, content.entries(), content.photos(), content.schemaVersion(), content.notes());
        }
    }

    private Staged stage(Path zip, Path staging, Progress progress) {
        try (SafeArchive archive = SafeArchive.open(zip, limits)) {
            BackupManifest manifest = BackupContents.manifest(archive, limits);
            Map<String, BackupManifest.FileEntry> expected = BackupContents.expectedFiles(archive, manifest);
            long free = usableSpace(staging);
            if (archive.declaredTotal() > free) {
                throw new LibraryException(Messages.get("restore.noSpace", zip,
                        String.valueOf(mb(archive.declaredTotal())), String.valueOf(mb(free))));
            }
            List<Path> originals = new ArrayList<>();
            int done = 0;
            for (BackupManifest.FileEntry entry : expected.values()) {
                SafeArchive.Extracted x = archive.extract(entry.path(), staging, staging.resolve(entry.path()));
                if (!x.sha256().equals(entry.sha256()) || x.size() != entry.size()) {
                    throw SafeArchive.refused(zip, Messages.get("archive.refused.hashMismatch", entry.path()));
                }
                if (!entry.path().equals(BackupManifest.DATABASE_NAME)) {
                    x.file().toFile().setWritable(false, false); // originals are read-only, as an import leaves them
                    originals.add(x.file());
                }
                progress.update(++done, expected.size());
            }
            return new Staged(originals, StagedDatabase.check(zip, staging.resolve(BackupManifest.DATABASE_NAME), manifest, originals));
        }
    }

    /**
     * Moves a checked staging folder into an existing empty journal: originals first (files with no row
     * yet are harmless orphans if this is interrupted), then journal.db in one atomic rename.
     */
    private static void moveInto(Path staging, Path target, Staged staged) throws IOException {
        LibraryLayout layout = new LibraryLayout(target);
        Set<Path> folders = new HashSet<>();
        for (Path original : staged.originals()) {
            Path dest = layout.originals().resolve(original.getParent().getFileName()).resolve(original.getFileName());
            Files.createDirectories(dest.getParent());
            Files.move(original, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            folders.add(dest.getParent());
        }
        folders.forEach(SafeFiles::syncFolder);
        Files.createDirectories(layout.cache());
        Files.deleteIfExists(target.resolve(LibraryLayout.DATABASE + "-wal"));
        Files.deleteIfExists(target.resolve(LibraryLayout.DATABASE + "-shm"));
        Files.move(staging.resolve(LibraryLayout.DATABASE), layout.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        JournalGeneration.forget(layout); // the restored database is the truth now; the next open writes its count
        SafeFiles.syncFolder(target);
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
