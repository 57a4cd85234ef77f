package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ORIGINAL = Pattern.compile("originals/([0-9a-f]{2})/([0-9a-f]{64})\\.([a-z0-9]{1,10})");
    private static final Set<String> CORE_TABLES = Set.of("entry", "photo", "alignment", "setting");
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
            throw new LibraryException("Cannot restore into " + target + ": choose a folder, not the root of a disk.");
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new LibraryException("Cannot restore into " + target + ": it is a file, not a folder.");
        }
        LibraryLock targetLock = exists ? LibraryLock.acquire(target) : null;
        Path staging = null;
        LibraryLock stagingLock = null;
        try {
            if (exists) {
                requireEmpty(target);
            }
            Files.createDirectories(parent);
            sweepStaleStaging(parent, target.getFileName().toString());
            staging = Files.createTempDirectory(parent, stagingPrefix(target.getFileName().toString()));
            stagingLock = LibraryLock.acquire(staging);
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
        } catch (IOException e) {
            throw new LibraryException("Cannot restore into " + target + ": " + SafeFiles.reason(e)
                    + (SafeArchive.isDiskFull(e) ? ". Free some space and try again" : "") + ". Nothing was changed.", e);
        } finally {
            if (stagingLock != null) {
                stagingLock.close();
            }
            if (staging != null) {
                SafeFiles.deleteTreeQuietly(staging);
            }
            if (targetLock != null) {
                targetLock.close();
            }
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
                    throw new LibraryException("Cannot restore into " + target + ": the folder is not empty and not a journal ("
                            + p.getFileName() + "). Choose a new or empty folder.");
                }
            }
        }
        Path dbFile = target.resolve(LibraryLayout.DATABASE);
        if (!Files.exists(dbFile)) {
            return;
        }
        try (Database db = Database.open(dbFile)) {
            if (Migrations.isEmpty(db)) {
                return;
            }
            var table = JournalContent.firstNonEmptyTable(db);
            if (table.isPresent()) {
                throw new LibraryException(Messages.get("restore.notEmpty", target, table.get()));
            }
            // Fold any write-ahead log into the file, so no stale log survives the file being replaced.
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (LibraryException e) {
            if (e.getMessage().startsWith("Cannot restore")) {
                throw e;
            }
            throw new LibraryException("Cannot restore into " + target + ": its journal.db cannot be read as an empty journal ("
                    + e.getMessage() + "). Choose a new folder.", e);
        }
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The checked content of a staging folder. */
    private record Staged(List<Path> originals, int entries, int photos, int schemaVersion, List<String> notes) {
        Result result(Path target) {
            return new Result(target, entries, photos, schemaVersion, notes);
        }
    }

    private Staged stage(Path zip, Path staging, Progress progress) {
        try (SafeArchive archive = SafeArchive.open(zip, limits)) {
            BackupManifest manifest = readManifest(archive);
            Map<String, BackupManifest.FileEntry> expected = expectedFiles(archive, manifest);
            long free = usableSpace(staging);
            if (archive.declaredTotal() > free) {
                throw new LibraryException("Not enough disk space to restore " + zip + ": it needs " + mb(archive.declaredTotal())
                        + " MB and " + mb(free) + " MB are free next to the target folder. Nothing was changed.");
            }
            List<Path> originals = new ArrayList<>();
            int done = 0;
            for (BackupManifest.FileEntry entry : expected.values()) {
                SafeArchive.Extracted x = archive.extract(entry.path(), staging, staging.resolve(entry.path()));
                if (!x.sha256().equals(entry.sha256()) || x.size() != entry.size()) {
                    throw SafeArchive.refused(zip, "'" + entry.path() + "' does not match its SHA-256 in the manifest (damaged archive)");
                }
                if (!entry.path().equals(BackupManifest.DATABASE_NAME)) {
                    x.file().toFile().setWritable(false, false); // originals are read-only, as an import leaves them
                    originals.add(x.file());
                }
                progress.update(++done, expected.size());
            }
            return checkDatabase(zip, staging.resolve(BackupManifest.DATABASE_NAME), manifest, originals);
        }
    }

    private BackupManifest readManifest(SafeArchive archive) {
        Path zip = archive.source();
        if (!archive.fileNames().contains(BackupManifest.FILE_NAME)) {
            throw SafeArchive.refused(zip, "it has no manifest.json, so it is not a Scalp Journal backup");
        }
        BackupManifest manifest;
        try {
            manifest = BackupManifest.parse(archive.read(BackupManifest.FILE_NAME, limits.maxManifestBytes()));
        } catch (IOException e) {
            throw SafeArchive.refused(zip, "its manifest.json cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!BackupManifest.APP.equals(manifest.app()) || manifest.database() == null) {
            throw SafeArchive.refused(zip, "its manifest.json is not a Scalp Journal manifest");
        }
        if (manifest.format() > BackupManifest.FORMAT || manifest.schemaVersion() > Migrations.latestVersion()) {
            throw SafeArchive.refused(zip, "it was made by a newer version of Scalp Journal (" + manifest.appVersion()
                    + ", schema " + manifest.schemaVersion() + "; this version knows up to " + Migrations.latestVersion()
                    + "). Update Scalp Journal to restore it");
        }
        return manifest;
    }

    /** Every file the manifest lists, keyed by path; the archive must hold exactly these and the manifest. */
    private static Map<String, BackupManifest.FileEntry> expectedFiles(SafeArchive archive, BackupManifest manifest) {
        Path zip = archive.source();
        Map<String, BackupManifest.FileEntry> expected = new java.util.LinkedHashMap<>();
        List<BackupManifest.FileEntry> all = new ArrayList<>(manifest.originals());
        all.add(0, manifest.database());
        for (BackupManifest.FileEntry entry : all) {
            if (entry.path() == null || entry.sha256() == null || expected.put(entry.path(), entry) != null) {
                throw SafeArchive.refused(zip, "its manifest lists a file twice or without a path or hash");
            }
        }
        if (!BackupManifest.DATABASE_NAME.equals(manifest.database().path())) {
            throw SafeArchive.refused(zip, "its manifest does not name journal.db as the database");
        }
        for (BackupManifest.FileEntry entry : manifest.originals()) {
            Matcher m = ORIGINAL.matcher(entry.path());
            if (!m.matches() || !m.group(2).startsWith(m.group(1)) || !m.group(2).equals(entry.sha256())) {
                throw SafeArchive.refused(zip, "'" + entry.path() + "' is not an original's name or does not match its hash");
            }
        }
        Set<String> names = new HashSet<>(archive.fileNames());
        names.remove(BackupManifest.FILE_NAME);
        for (String name : names) {
            if (!expected.containsKey(name)) {
                throw SafeArchive.refused(zip, "it holds '" + name + "', which its manifest does not list");
            }
        }
        for (String path : expected.keySet()) {
            if (!names.contains(path)) {
                throw SafeArchive.refused(zip, "'" + path + "' is listed in its manifest but missing from the archive");
            }
        }
        return expected;
    }

    /** The staged database must be sound, a Scalp Journal's, of a schema this version opens, and match the originals. */
    private static Staged checkDatabase(Path zip, Path file, BackupManifest manifest, List<Path> originals) {
        Database db;
        try {
            db = Database.open(file);
        } catch (LibraryException e) {
            throw SafeArchive.refused(zip, "its journal.db is not a SQLite database");
        }
        try (db) {
            String integrity = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            if (!"ok".equals(integrity)) {
                throw SafeArchive.refused(zip, "its journal.db is damaged (" + integrity + ")");
            }
            if (Migrations.applicationId(db) != Migrations.APPLICATION_ID) {
                throw SafeArchive.refused(zip, "its journal.db belongs to another application, not Scalp Journal");
            }
            int version = Migrations.currentVersion(db);
            if (version > Migrations.latestVersion()) {
                throw SafeArchive.refused(zip, "its journal.db was written by a newer version of Scalp Journal (schema " + version
                        + "; this version knows up to " + Migrations.latestVersion() + ")");
            }
            if (version < 1 || version != manifest.schemaVersion()) {
                throw SafeArchive.refused(zip, "its journal.db has schema " + version + " but the manifest says " + manifest.schemaVersion());
            }
            Set<String> tables = new HashSet<>(db.read(c -> strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'")));
            if (!tables.containsAll(CORE_TABLES)) {
                throw SafeArchive.refused(zip, "its journal.db lacks the journal's tables");
            }
            Set<String> present = new HashSet<>();
            originals.forEach(p -> present.add(p.getFileName().toString()));
            Set<String> missingOk = new HashSet<>(manifest.missingOriginals());
            List<String> rows = db.read(c -> strings(c, "SELECT sha256 || '.' || ext FROM photo"));
            for (String row : rows) {
                if (!present.contains(row) && !missingOk.contains(row.substring(0, row.indexOf('.')))) {
                    throw SafeArchive.refused(zip, "the photo " + row + " has no original in the archive");
                }
            }
            int entries = (int) (long) db.read(c -> count(c, "SELECT count(*) FROM entry WHERE deleted_at IS NULL"));
            int photos = (int) (long) db.read(c -> count(c, "SELECT count(*) FROM photo WHERE deleted_at IS NULL"));
            // A self-contained file: the restored journal.db must not depend on a write-ahead log beside it.
            db.execute("PRAGMA journal_mode = DELETE");
            List<String> notes = new ArrayList<>();
            if (!manifest.missingOriginals().isEmpty()) {
                notes.add(manifest.missingOriginals().size() + " photo(s) had no original when the backup was made; `check` lists them.");
            }
            return new Staged(originals, entries, photos, version, notes);
        } catch (ArchiveRefusedException e) {
            throw e;
        } catch (LibraryException e) {
            throw SafeArchive.refused(zip, "its journal.db is damaged (" + e.getMessage() + ")");
        }
    }

    private static List<String> strings(java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
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
