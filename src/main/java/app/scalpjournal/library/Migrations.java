package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbered schema migrations, applied in order inside one transaction each; the schema version is
 * SQLite's {@code user_version}. Before migrating an existing journal its database is snapshotted
 * into {@code backups/}.
 */
public final class Migrations {
    /** Resource names under this package's {@code migrations/} folder, in order: V001 is version 1. */
    static final List<String> SCRIPTS = List.of(
            "V001__journal.sql",
            "V002__log.sql",
            "V003__safety.sql");

    /** Marks a database as a Scalp Journal (SQLite application_id, "SCJL"). */
    public static final int APPLICATION_ID = 0x53434A4C;
    private static final int KEEP_SNAPSHOTS = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final java.util.regex.Pattern SNAPSHOT_NAME = java.util.regex.Pattern.compile("journal-v\\d+-\\d{8}-\\d{6}\\.db");

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    public static int currentVersion(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    static int applicationId(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    static boolean isEmpty(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    /** Brings the database to the latest schema, or refuses one this version cannot open. */
    public static void migrate(Database db, LibraryLayout layout) {
        int version = currentVersion(db);
        boolean empty = isEmpty(db);
        if (!empty && applicationId(db) != APPLICATION_ID) {
            throw new LibraryException(Messages.get("journal.foreign", layout.database()));
        }
        if (version > latestVersion()) {
            throw new LibraryException(Messages.get("journal.tooNew", layout.root(), String.valueOf(version), String.valueOf(latestVersion())));
        }
        if (version == latestVersion()) {
            return;
        }
        if (!empty) {
            snapshot(db, layout, version);
        }
        for (int next = version + 1; next <= latestVersion(); next++) {
            String sql = script(SCRIPTS.get(next - 1));
            int target = next;
            db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String part : splitStatements(sql)) {
                        s.execute(part);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    /**
     * Takes a snapshot when the newest one is more than a day old, so a journal damaged later can be
     * brought back to at most a day before, not only to before its last update. An empty journal has nothing to keep.
     */
    static void snapshotIfDue(Database db, LibraryLayout layout) {
        Optional<Path> latest = latestSnapshot(layout);
        String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
        if (latest.isPresent() && snapshotStamp(latest.get()).compareTo(dayAgo) > 0) {
            return;
        }
        boolean hasEntries = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM entry)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (hasEntries) {
            try {
                snapshot(db, layout, currentVersion(db));
            } catch (LibraryException e) {
                // A full or read-only disk must not keep the journal from opening; the next start tries again.
            }
        }
    }

    /** The newest snapshot in {@code backups/}, if any. */
    public static Optional<Path> latestSnapshot(LibraryLayout layout) {
        return snapshots(layout.backups()).stream().findFirst();
    }

    /** Snapshots, newest first. */
    static List<Path> snapshots(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(p -> SNAPSHOT_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparing(Migrations::snapshotStamp).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Copies the live database through SQLite itself (never a raw file copy), keeping the last few. */
    static void snapshot(Database db, LibraryLayout layout, int version) {
        try {
            PrivateFiles.folder(layout.backups());
            String stamp = LocalDateTime.now().format(STAMP);
            Path target = layout.backups().resolve("journal-v" + version + "-" + stamp + ".db");
            // Written in tmp/ (same disk) and renamed: a killed run leaves no hidden copy among the snapshots.
            Path partial = TempFiles.newTemp(layout, ".db");
            try {
                db.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
                PrivateFiles.file(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            pruneSnapshots(layout.backups());
        } catch (IOException e) {
            throw new LibraryException(Messages.get("journal.migrate.snapshotFailed", e.getMessage()), e);
        }
    }

    private static void pruneSnapshots(Path folder) throws IOException {
        List<Path> snapshots = snapshots(folder);
        for (Path old : snapshots.subList(Math.min(KEEP_SNAPSHOTS, snapshots.size()), snapshots.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** The "yyyyMMdd-HHmmss.db" tail of a snapshot name, which sorts by time. */
    private static String snapshotStamp(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return name.substring(name.length() - 18, name.length() - 3);
    }

    private static String script(String name) {
        try (InputStream in = Objects.requireNonNull(Migrations.class.getResourceAsStream("migrations/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's statements, split the way SQLite itself tells a statement is complete (trigger bodies stay whole). */
    static List<String> splitStatements(String sql) {
        return SqlScript.split(sql);
    }
}
