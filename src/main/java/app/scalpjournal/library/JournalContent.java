package app.scalpjournal.library;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a journal holds anything the user made: a row in any of its own tables (entries, photos,
 * the log, routines, tags, cadences, settings, alignments, the trash...). Only SQLite's internal
 * tables, the search index's shadow tables and the app's bookkeeping do not count. Restore and the
 * sample journal write only into a journal that holds nothing.
 */
public final class JournalContent {
    /** Bookkeeping the app writes by itself, not the user's data. */
    private static final Set<String> BOOKKEEPING = Set.of("journal_state");

    private JournalContent() {
    }

    /** The first of the journal's own tables that has a row, if any. */
    public static java.util.Optional<String> firstNonEmptyTable(Database db) {
        return db.read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.table_list")) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    if ("table".equals(rs.getString("type")) && !name.startsWith("sqlite_") && !BOOKKEEPING.contains(name)) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + table + "\")")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return java.util.Optional.of(table);
                    }
                }
            }
            return java.util.Optional.<String>empty();
        });
    }

    public static boolean holdsAnything(Database db) {
        return firstNonEmptyTable(db).isPresent();
    }
}
