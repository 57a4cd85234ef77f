package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.SQLiteConnection;

/**
 * Backs up a whole journal into one ZIP: {@code journal.db} taken through SQLite's online backup API
 * (never a raw copy of a live file), every original, and {@code manifest.json}. The archive is written
 * to a temporary file next to the target, read back and checked against the manifest, and only then
 * renamed into place, so a failed backup never leaves a half-written file under the target's name.
 */
public final class JournalBackup {
    /** What was written, and anything in the journal that could not be backed up as it should. */
    public record Result(Path file, long bytes, int originals, List<String> problems) {
    }

    private static final int SQLITE_FULL = 13;

    private final Library library;
    private final String appVersion;
    private final Clock clock;

    public JournalBackup(Library library, String appVersion, Clock clock) {
        this.library = library;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    public Result write(Path zipFile, Progress progress) {
        Path target = zipFile.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new LibraryException(Messages.get("backup.noFolder", target, folder));
        }
        if (Files.isDirectory(target)) {
            throw new LibraryException(Messages.get("backup.isFolder", target));
        }
        TempFiles.Outside outside = null;
        try {
            outside = TempFiles.outside(library.layout(), folder, ".scalp-journal-backup-");
            Path work = outside.folder();
            Path db = work.resolve(BackupManifest.DATABASE_NAME);
            snapshot(db);
            List<String[]> stored = storedOriginals(db);
            Path zip = work.resolve("backup.zip");
            List<String> problems = new ArrayList<>();
            BackupManifest manifest = writeZip(zip, db, stored, problems, progress);
            SafeFiles.sync(zip);
            PrivateFiles.file(zip);
            verify(zip, manifest);
            Files.move(zip, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SafeFiles.syncFolder(folder);
            return new Result(target, Files.size(target), manifest.originals().size(), problems);
        } catch (IOException e) {
            throw new LibraryException(Messages.get("backup.writeFailed", target, SafeFiles.reason(e),
                    SafeArchive.isDiskFull(e) ? Messages.get("backup.writeFailed.diskFull") : ""), e);
        } finally {
            if (outside != null) {
                outside.cleanUp();
            }
        }
    }

    /** SQLite's online backup API copies a consistent image of the live database, page by page. */
    private void snapshot(Path target) throws IOException {
        int rc = library.database().read(c -> c.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null));
        if (rc == SQLITE_FULL) {
            throw new IOException("No space left on device (SQLite could not write the database copy)");
        }
        if (rc != 0) {
            throw new IOException("SQLite's backup of the database failed (error " + rc + ")");
        }
        String check = inspect(target, "PRAGMA integrity_check");
        if (!"ok".equals(check)) {
            throw new LibraryException(Messages.get("backup.integrityFailed", check, library.layout().backups()));
        }
        SafeFiles.sync(target);
    }

    /** The originals the snapshot refers to, as {sha256, ext}, soft-deleted ones included. */
    private static List<String[]> storedOriginals(Path db) throws IOException {
        SqliteNative.useCachedCopy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256, ext FROM photo ORDER BY sha256")) {
            List<String[]> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            return out;
        } catch (SQLException e) {
            throw new IOException(Messages.get("backup.snapshotReadFailed", e.getMessage()), e);
        }
    }

    static String inspect(Path db, String pragma) {
        SqliteNative.useCachedCopy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(pragma)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private BackupManifest writeZip(Path zip, Path db, List<String[]> stored, List<String> problems, Progress progress) throws IOException {
        List<BackupManifest.FileEntry> originals = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BackupManifest.FileEntry database;
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(file, 1 << 16))) {
            database = add(out, BackupManifest.DATABASE_NAME, db, Deflater.DEFAULT_COMPRESSION);
            int done = 0;
            for (String[] row : stored) {
                String sha = row[0];
                Path original = library.layout().original(sha, row[1]);
                String name = library.root().relativize(original).toString().replace('\\', '/');
                if (!Files.isRegularFile(original)) {
                    missing.add(sha);
                    problems.add(name + ": the original is missing from the journal, so it is not in the backup");
                } else {
                    // Photos are already compressed: storing them deflate-free saves minutes on big journals.
                    BackupManifest.FileEntry entry = add(out, name, original, Deflater.NO_COMPRESSION);
                    originals.add(entry);
                    if (!entry.sha256().equals(sha)) {
                        problems.add(name + ": the original has changed since it was imported; backed up as it is now");
                    }
                }
                progress.update(++done, stored.size());
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.APP, appVersion,
                    Integer.parseInt(inspect(db, "PRAGMA user_version")), Instant.now(clock).toString(), database, originals, missing);
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            out.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
            out.write(manifest.toJson());
            out.closeEntry();
            return manifest;
        }
    }

    private static BackupManifest.FileEntry add(ZipOutputStream out, String name, Path file, int level) throws IOException {
        out.setLevel(level);
        out.putNextEntry(new ZipEntry(name));
        MessageDigest digest = SafeArchive.sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            size = in.transferTo(out);
        }
        out.closeEntry();
        return new BackupManifest.FileEntry(name, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Reads the written archive back through the same checks a restore uses and compares every hash. */
    private static void verify(Path zip, BackupManifest manifest) {
        List<BackupManifest.FileEntry> expected = new ArrayList<>(manifest.originals());
        expected.add(manifest.database());
        try (SafeArchive archive = SafeArchive.open(zip, ArchiveLimits.defaults())) {
            for (BackupManifest.FileEntry e : expected) {
                if (!archive.hash(e.path()).equals(e.sha256())) {
                    throw new LibraryException(Messages.get("backup.verify.differs", e.path()));
                }
            }
            if (archive.fileNames().size() != expected.size() + 1) {
                throw new LibraryException(Messages.get("backup.verify.count"));
            }
        } catch (ArchiveRefusedException e) {
            throw new LibraryException(Messages.get("backup.verify.refused", e.getMessage()), e);
        }
    }
}
