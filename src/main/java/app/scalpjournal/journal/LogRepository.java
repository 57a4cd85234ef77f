package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.IsoText;
import app.scalpjournal.library.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Log items in SQLite, filed under the entry of their day. Items of soft-deleted entries are invisible. */
public final class LogRepository {
    private static final List<LogField> FIELDS = Arrays.asList(LogField.values());
    private static final String COLUMNS = "l.id, e.entry_date, l.kind, l.side_effect_note, l.note, "
            + FIELDS.stream().map(f -> "l." + f.column()).collect(Collectors.joining(", "));
    private static final String VISIBLE = " FROM log_item l JOIN entry e ON e.id = l.entry_id WHERE e.deleted_at IS NULL";

    private final Database db;
    private final EntryRepository entries;
    private final Clock clock;

    public LogRepository(Database db, EntryRepository entries, Clock clock) {
        this.db = db;
        this.entries = entries;
        this.clock = clock;
    }

    /** Stores a checked item under its day's entry (created when needed). */
    public LogItem add(LogItem item) {
        return db.transaction(c -> {
            long entryId = entries.findOrCreate(item.date()).id();
            String now = Instant.now(clock).toString();
            Sql.update(c, "INSERT INTO log_item(entry_id, kind, side_effect_note, note, created_at, updated_at, "
                    + FIELDS.stream().map(LogField::column).collect(Collectors.joining(", ")) + ") VALUES (?, ?, ?, ?, ?, ?"
                    + ", ?".repeat(FIELDS.size()) + ")", row(entryId, item, now));
            long id = Sql.lastInsertId(c);
            insertSideEffects(c, id, item.sideEffects());
            return get(c, id).orElseThrow();
        });
    }

    /** Replaces an item's kind, day and details; moving it to another day files it under that day's entry. */
    public LogItem update(long id, LogItem item) {
        return db.transaction(c -> {
            long entryId = entries.findOrCreate(item.date()).id();
            List<Object> args = new ArrayList<>(List.of(entryId, item.kind().id(), item.sideEffectNote(), item.note(),
                    Instant.now(clock).toString()));
            args.addAll(fieldValues(item));
            args.add(id);
            int changed = Sql.update(c, "UPDATE log_item SET entry_id = ?, kind = ?, side_effect_note = ?, note = ?, updated_at = ?, "
                    + FIELDS.stream().map(f -> f.column() + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ?", args.toArray());
            if (changed == 0) {
                throw new IllegalArgumentException("no log item " + id);
            }
            Sql.update(c, "DELETE FROM log_side_effect WHERE log_item_id = ?", id);
            insertSideEffects(c, id, item.sideEffects());
            return get(c, id).orElseThrow();
        });
    }

    public void delete(long id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM log_item WHERE id = ?", id));
    }

    public Optional<LogItem> find(long id) {
        return db.read(c -> get(c, id));
    }

    public List<LogItem> listByDate(LocalDate date) {
        return query(VISIBLE + " AND e.entry_date = ? ORDER BY l.id", date.toString());
    }

    /** Items between two days (both included, either may be null), optionally of one kind, oldest first. */
    public List<LogItem> list(LocalDate from, LocalDate to, LogKind kind) {
        return query(VISIBLE + " AND (? IS NULL OR e.entry_date >= ?) AND (? IS NULL OR e.entry_date <= ?)"
                        + " AND (? IS NULL OR l.kind = ?) ORDER BY e.entry_date, l.id",
                str(from), str(from), str(to), str(to), kind == null ? null : kind.id(), kind == null ? null : kind.id());
    }

    /** The newest day an item of this kind was logged on or before {@code day}. */
    public Optional<LocalDate> lastDone(LogKind kind, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(e.entry_date)" + VISIBLE + " AND l.kind = ? AND e.entry_date <= ?")) {
                Sql.bind(ps, kind.id(), day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Values typed before in a text field, most used first, for auto-complete. */
    public List<String> previousValues(LogField field) {
        if (field.type() != LogField.Type.TEXT) {
            return List.of();
        }
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + field.column() + ", count(*) AS n FROM log_item WHERE "
                    + field.column() + " IS NOT NULL AND " + field.column() + " <> '' GROUP BY " + field.column()
                    + " COLLATE NOCASE ORDER BY n DESC, max(id) DESC LIMIT 50");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Object[] row(long entryId, LogItem item, String now) {
        List<Object> values = new ArrayList<>(List.of(entryId, item.kind().id(), item.sideEffectNote(), item.note(), now, now));
        values.addAll(fieldValues(item));
        return values.toArray();
    }

    /** One value per {@link #FIELDS} column, null where the detail was left out. */
    private static List<Object> fieldValues(LogItem item) {
        List<Object> values = new ArrayList<>();
        for (LogField f : FIELDS) {
            Object v = item.typedValue(f);
            values.add(v instanceof BigDecimal mm ? mm.doubleValue() : v);
        }
        return values;
    }

    private static void insertSideEffects(Connection c, long id, Set<SideEffect> effects) throws SQLException {
        for (SideEffect effect : effects) {
            Sql.update(c, "INSERT INTO log_side_effect(log_item_id, effect) VALUES (?, ?)", id, effect.id());
        }
    }

    private List<LogItem> query(String fromWhere, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + fromWhere)) {
                Sql.bind(ps, args);
                return many(c, ps);
            }
        });
    }

    private Optional<LogItem> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + VISIBLE + " AND l.id = ?")) {
            ps.setLong(1, id);
            List<LogItem> items = many(c, ps);
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        }
    }

    private static List<LogItem> many(Connection c, PreparedStatement ps) throws SQLException {
        Map<Long, LogItem> items = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<LogField, String> fields = new EnumMap<>(LogField.class);
                for (int i = 0; i < FIELDS.size(); i++) {
                    Object v = rs.getObject(6 + i);
                    if (v != null) {
                        fields.put(FIELDS.get(i), v instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : v.toString());
                    }
                }
                items.put(rs.getLong(1), new LogItem(rs.getLong(1), IsoText.date(Sql.text(rs, 2)), LogKind.parse(Sql.text(rs, 3)),
                        fields, Set.of(), Sql.text(rs, 4), Sql.text(rs, 5)));
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        StringJoiner ids = new StringJoiner(",");
        for (long id : items.keySet()) {
            ids.add(Long.toString(id));
        }
        Map<Long, Set<SideEffect>> effects = new HashMap<>();
        try (PreparedStatement effectsQuery = c.prepareStatement("SELECT log_item_id, effect FROM log_side_effect WHERE log_item_id IN (" + ids + ")");
                ResultSet rs = effectsQuery.executeQuery()) {
            while (rs.next()) {
                effects.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(SideEffect.class)).add(SideEffect.parse(rs.getString(2)));
            }
        }
        List<LogItem> out = new ArrayList<>(items.size());
        for (LogItem i : items.values()) {
            Set<SideEffect> found = effects.get(i.id());
            out.add(found == null ? i : new LogItem(i.id(), i.date(), i.kind(), i.fields(), found, i.sideEffectNote(), i.note()));
        }
        return Collections.unmodifiableList(out);
    }
}
