package app.scalpjournal.library;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text search index is derived data: when SQLite's check finds only it damaged, FTS5's own
 * {@code 'rebuild'} recreates it from the stored text, losing nothing, instead of refusing the journal.
 */
final class SearchIndexRepair {
    private SearchIndexRepair() {
    }

    /** Rebuilds the FTS tables named in the check's problems when they are the only ones; true if it did. */
    static boolean rebuildIfOnlyIndexDamaged(Database db, List<String> problems) {
        List<String> tables = ftsTables(db);
        List<String> damaged = tables.stream().filter(t -> problems.stream().anyMatch(p -> p.contains(t))).toList();
        boolean onlyIndex = !damaged.isEmpty() && problems.stream().allMatch(p -> damaged.stream().anyMatch(p::contains));
        if (!onlyIndex) {
            return false;
        }
        rebuild(db, damaged);
        return true;
    }

    /** Rebuilds every FTS table (for {@code check --repair}). */
    static void rebuildAll(Database db) {
        rebuild(db, ftsTables(db));
    }

    private static void rebuild(Database db, List<String> tables) {
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("INSERT INTO \"" + table + "\"(\"" + table + "\") VALUES('rebuild')");
                }
            }
            return null;
        });
    }

    private static List<String> ftsTables(Database db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
