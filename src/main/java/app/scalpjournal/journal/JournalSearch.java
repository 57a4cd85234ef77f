package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full-text search (SQLite FTS5) over entries and routines, with region, kind and date filters. */
public final class JournalSearch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int LIMIT = 500;

    private final Database db;

    public JournalSearch(Database db) {
        this.db = db;
    }

    /** Matching entries newest first, then matching routines; routines are left out when a region is chosen. */
    public List<SearchHit> search(SearchQuery q) {
        if (q.isEmpty()) {
            return List.of();
        }
        String match = ftsQuery(q.words());
        if (!q.words().isEmpty() && match.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>(entries(q, match));
        if (!match.isEmpty() && q.regionId() == null) {
            hits.addAll(routines(q, match));
        }
        return hits;
    }

    /** Every word the user typed becomes a quoted prefix term, so punctuation never breaks the FTS syntax. */
    static String ftsQuery(String words) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            terms.add("\"" + m.group() + "\"*");
        }
        return String.join(" AND ", terms);
    }

    private List<SearchHit> entries(SearchQuery q, String match) {
        StringBuilder sql = new StringBuilder(match.isEmpty()
                ? "SELECT e.id, e.entry_date, e.note FROM entry e WHERE e.deleted_at IS NULL"
                : "SELECT e.id, e.entry_date, snippet(entry_fts, -1, '[', ']', '…', 10) FROM entry_fts"
                        + " JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH ? AND e.deleted_at IS NULL");
        List<Object> args = new ArrayList<>();
        if (!match.isEmpty()) {
            args.add(match);
        }
        if (q.regionId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM photo p WHERE p.entry_id = e.id AND p.deleted_at IS NULL AND p.region = ?)");
            args.add(q.regionId());
        }
        if (q.kind() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM log_item l WHERE l.entry_id = e.id AND l.kind = ?)");
            args.add(q.kind().id());
        }
        dateRange(sql, args, "e.entry_date", "e.entry_date", q);
        sql.append(" ORDER BY e.entry_date DESC LIMIT ").append(LIMIT);
        return db.read(c -> Sql.list(c, sql.toString(), args, rs -> {
            LocalDate day = LocalDate.parse(rs.getString(2));
            return new SearchHit(SearchHit.Type.ENTRY, rs.getLong(1), day, day.toString(), oneLine(rs.getString(3)));
        }));
    }

    private List<SearchHit> routines(SearchQuery q, String match) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.started_on, r.name, snippet(routine_fts, -1, '[', ']', '…', 10)"
                + " FROM routine_fts JOIN routine r ON r.id = routine_fts.rowid WHERE routine_fts MATCH ?");
        List<Object> args = new ArrayList<>(List.of(match));
        if (q.kind() != null) {
            sql.append(" AND r.kind = ?");
            args.add(q.kind().id());
        }
        // a routine overlaps the range when it started before its end and did not stop before its start
        dateRange(sql, args, "coalesce(r.stopped_on, '9999-12-31')", "r.started_on", q);
        sql.append(" ORDER BY r.started_on DESC LIMIT ").append(LIMIT);
        return db.read(c -> Sql.list(c, sql.toString(), args, rs -> new SearchHit(SearchHit.Type.ROUTINE, rs.getLong(1),
                LocalDate.parse(rs.getString(2)), "Routine: " + rs.getString(3), oneLine(rs.getString(4)))));
    }

    private static void dateRange(StringBuilder sql, List<Object> args, String endColumn, String startColumn, SearchQuery q) {
        if (q.from() != null) {
            sql.append(" AND ").append(endColumn).append(" >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(startColumn).append(" <= ?");
            args.add(q.to().toString());
        }
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }
}
