package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal written by schema V001 (a committed fixture made with that script) opens and keeps everything. */
class MigrationFromV1Test {
    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("journal-v1.db")) {
            Files.copy(in, dir.resolve(LibraryLayout.DATABASE));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LibraryLayout.DATABASE));
                ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertEquals(1, rs.getInt(1), "the fixture is a V001 journal");
        }
    }

    @Test
    void everyRowSurvivesTheMigration() {
        try (Library library = Library.open(dir)) {
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(library.database()));
            assertEquals(List.of(
                    "1|2025-01-05|First photos of the crown.\nWashed hair the evening before.|null",
                    "2|2025-02-02|Started derma roller this week; some redness|null",
                    "3|2025-02-10|deleted but still undoable|2025-02-11T08:00:00Z"),
                    rows(library, "SELECT id, entry_date, note, deleted_at FROM entry ORDER BY id"));
            assertEquals(List.of(
                    "1|1|IMG_0001.jpg|2025-01-05T08:55:00|exif|3000|4000|6|crown",
                    "2|2|top view.png|2025-02-02T09:58:10+01:00|exif|4000|3000|1|top"),
                    rows(library, "SELECT id, entry_id, original_name, taken_at, date_source, width, height, orientation, region FROM photo ORDER BY id"));
            assertEquals(List.of("2|1|0.01|-0.02|1.05|1.5"), rows(library, "SELECT photo_id, reference_photo_id, dx, dy, scale, rotation_deg FROM alignment"));
            assertEquals(List.of("import.region|crown"), rows(library, "SELECT key, value FROM setting"));
        }
    }

    @Test
    void newTablesWorkOnTheMigratedJournalAndOldNotesAreSearchable() {
        try (Library library = Library.open(dir)) {
            Database db = library.database();
            assertEquals(List.of("2"), rows(library, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'derma'"));
            db.transaction(c -> {
                Sql.update(c, "INSERT INTO log_item(entry_id, kind, needle_mm, device, created_at, updated_at)"
                        + " VALUES (1, 'microneedling', 0.5, 'roller', 'now', 'now')");
                Sql.update(c, "INSERT INTO log_side_effect(log_item_id, effect) VALUES (last_insert_rowid(), 'itching')");
                Sql.update(c, "INSERT INTO tag(name) VALUES ('winter')");
                Sql.update(c, "INSERT INTO entry_tag(entry_id, tag_id) VALUES (1, last_insert_rowid())");
                Sql.update(c, "INSERT INTO photo_capture(photo_id, washed, lighting) VALUES (1, 1, 'daylight')");
                return Sql.update(c, "INSERT INTO routine(kind, name, started_on, frequency, every_min_days, created_at, updated_at)"
                        + " VALUES ('massage', 'Evening massage', '2025-01-01', 'daily', 1, 'now', 'now')");
            });
            assertEquals(List.of("1"), rows(library, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'itching AND winter AND roller'"));
            assertEquals(List.of("1"), rows(library, "SELECT rowid FROM routine_fts WHERE routine_fts MATCH 'evening'"));
            assertEquals(List.of("1|daylight"), rows(library, "SELECT washed, lighting FROM photo_capture"));
        }
    }

    @Test
    void aSnapshotOfTheV1JournalIsKeptInBackups() throws Exception {
        Library.open(dir).close();
        List<Path> snapshots;
        try (var files = Files.list(dir.resolve(LibraryLayout.BACKUPS))) {
            snapshots = files.toList();
        }
        assertEquals(1, snapshots.size(), snapshots.toString());
        assertTrue(snapshots.get(0).getFileName().toString().startsWith("journal-v1-"), snapshots.toString());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + snapshots.get(0)); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(1, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM entry")) {
                assertEquals(3, rs.getInt(1));
            }
        }
    }

    @Test
    void purgingAnEntryTakesItsLogAndSearchRowsWithIt() {
        try (Library library = Library.open(dir)) {
            library.database().transaction(c -> Sql.update(c, "INSERT INTO log_item(entry_id, kind, name, created_at, updated_at)"
                    + " VALUES (3, 'topical', 'foam', 'now', 'now')"));
            assertEquals(List.of("3"), rows(library, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'foam'"));
            library.database().transaction(c -> Sql.update(c, "DELETE FROM entry WHERE deleted_at IS NOT NULL"));
            assertEquals(List.of(), rows(library, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'foam OR undoable'"));
            assertEquals(List.of("0"), rows(library, "SELECT count(*) FROM log_item"));
            assertEquals(rows(library, "SELECT count(*) FROM entry"), rows(library, "SELECT count(*) FROM entry_fts"));
        }
    }

    private static List<String> rows(Library library, String sql) {
        return library.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    out.add(String.join("|", values));
                }
            }
            return out;
        });
    }
}
