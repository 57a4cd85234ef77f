package app.scalpjournal.journal;

import app.scalpjournal.text.Messages;
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
    private final LogRepository log;

    public JournalSearch(Database db, LogRepository log) {
        this.db = db;
        this.log = log;
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
        HitText words = new HitText(q.words());
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit hit : entries(q, match)) {
            hits.add(withOwnWords(hit, words, q));
        }
        if (!match.isEmpty() && q.regionId() == null) {
            hits.addAll(routines(q, match, words));
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
                : "SELECT e.id, e.entry_date, e.note FROM entry_fts"
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
            return new SearchHit(SearchHit.Type.ENTRY, rs.getLong(1), day, day.toString(), rs.getString(3));
        }));
    }

    private List<SearchHit> routines(SearchQuery q, String match, HitText words) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.started_on, r.name, r.details, r.frequency"
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
                LocalDate.parse(rs.getString(2)), Messages.get("search.routine", rs.getString(3)),
                words.mark(String.join(" · ", nonBlank(rs.getString(3), rs.getString(4), rs.getString(5)))))));
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

    /**
     * An entry's result in the user's words: its note where the words are, else the log items that
     * have them, as the log shows them, else its tags (the index also matches log kinds' other names).
     */
    private SearchHit withOwnWords(SearchHit hit, HitText words, SearchQuery q) {
        String note = hit.snippet() == null ? "" : hit.snippet();
        if (q.words().isBlank() || words.matches(note)) {
            return text(hit, words.mark(note));
        }
        List<String> items = log.listByDate(hit.date()).stream().map(LogItem::summary).toList();
        List<String> matching = items.stream().filter(words::matches).toList();
        if (!matching.isEmpty()) {
            return text(hit, words.mark(String.join(" · ", matching)));
        }
        String tags = db.read(c -> Sql.list(c, "SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = ?"
                + " ORDER BY t.name", List.<Object>of(hit.id()), rs -> rs.getString(1))).stream().collect(java.util.stream.Collectors.joining(", "));
        if (words.matches(tags)) {
            return text(hit, words.mark(Messages.get("search.tags", tags)));
        }
        return text(hit, words.mark(items.isEmpty() ? note : String.join(" · ", items)));
    }

    private static SearchHit text(SearchHit hit, String snippet) {
        return new SearchHit(hit.type(), hit.id(), hit.date(), hit.title(), snippet);
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    }
}
