package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check of a restore's unpacked journal.db before it is moved in: sound, a Scalp Journal's, of the
 * schema the manifest names and this version opens, with an original for every photo.
 */
final class StagedDatabase {
    private static final Set<String> CORE_TABLES = Set.of("entry", "photo", "alignment", "setting");

    /** What the checked database holds. */
    record Content(int entries, int photos, int schemaVersion, List<String> notes) {
    }

    private StagedDatabase() {
    }

    /** Checks {@code file} (unpacked from {@code zip}) and leaves it self-contained, without a write-ahead log. */
    static Content check(Path zip, Path file, BackupManifest manifest, List<Path> originals) {
        Database db;
        try {
            db = Database.open(file);
        } catch (LibraryException e) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.notSqlite"));
        }
        try (db) {
            requireSound(zip, db);
            int version = requireOurs(zip, db, manifest);
            requireOriginals(zip, db, manifest, originals);
            int entries = (int) (long) db.read(c -> count(c, "SELECT count(*) FROM entry WHERE deleted_at IS NULL"));
            int photos = (int) (long) db.read(c -> count(c, "SELECT count(*) FROM photo WHERE deleted_at IS NULL"));
            // A self-contained file: the restored journal.db must not depend on a write-ahead log beside it.
            db.execute("PRAGMA journal_mode = DELETE");
            List<String> notes = new ArrayList<>();
            if (!manifest.missingOriginals().isEmpty()) {
                notes.add(manifest.missingOriginals().size() + " photo(s) had no original when the backup was made; `check` lists them.");
            }
            return new Content(entries, photos, version, notes);
        } catch (ArchiveRefusedException e) {
            throw e;
        } catch (LibraryException e) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.damaged", e.getMessage()));
        }
    }

    private static void requireSound(Path zip, Database db) {
        String integrity = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        if (!"ok".equals(integrity)) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.damaged", integrity));
        }
    }

    /** A Scalp Journal database of the manifest's schema, which this version opens, with the journal's tables; returns the schema. */
    private static int requireOurs(Path zip, Database db, BackupManifest manifest) {
        if (Migrations.applicationId(db) != Migrations.APPLICATION_ID) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.foreign"));
        }
        int version = Migrations.currentVersion(db);
        if (version > Migrations.latestVersion()) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.newer", String.valueOf(version),
                    String.valueOf(Migrations.latestVersion())));
        }
        if (version < 1 || version != manifest.schemaVersion()) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.schemaMismatch", String.valueOf(version),
                    String.valueOf(manifest.schemaVersion())));
        }
        Set<String> tables = new HashSet<>(db.read(c -> strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'")));
        if (!tables.containsAll(CORE_TABLES)) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.db.noTables"));
        }
        return version;
    }

    /** Every photo row has its original in the archive, unless the manifest says it was missing at backup. */
    private static void requireOriginals(Path zip, Database db, BackupManifest manifest, List<Path> originals) {
        Set<String> present = new HashSet<>();
        originals.forEach(p -> present.add(p.getFileName().toString()));
        Set<String> missingOk = new HashSet<>(manifest.missingOriginals());
        for (String row : db.read(c -> strings(c, "SELECT sha256 || '.' || ext FROM photo"))) {
            if (!present.contains(row) && !missingOk.contains(row.substring(0, row.indexOf('.')))) {
                throw SafeArchive.refused(zip, Messages.get("archive.refused.db.missingOriginal", row));
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
