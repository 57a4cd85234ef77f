package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tags on entries. A tag no entry uses any more is removed. */
public final class TagRepository {
    private final Database db;

    public TagRepository(Database db) {
        this.db = db;
    }

    /** An entry's tags, alphabetically. */
    public List<String> tagsOf(long entryId) {
        return strings("SELECT t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = ? ORDER BY t.name COLLATE NOCASE", entryId);
    }

    /** Every entry's tags, alphabetically, in one query (entries without tags are absent). */
    public Map<Long, List<String>> tagsByEntry() {
        return db.read(c -> {
            Map<Long, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id"
                    + " ORDER BY et.entry_id, t.name COLLATE NOCASE");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Replaces an entry's tags with these (checked by {@link LogValidator#tags}). */
    public List<String> setTags(long entryId, List<String> tags) {
        return db.transaction(c -> {
            Sql.update(c, "DELETE FROM entry_tag WHERE entry_id = ?", entryId);
            for (String tag : tags) {
                Sql.update(c, "INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING", tag);
                Sql.update(c, "INSERT OR IGNORE INTO entry_tag(entry_id, tag_id) SELECT ?, id FROM tag WHERE name = ?", entryId, tag);
            }
            Sql.update(c, "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM entry_tag)");
            return tagsOf(entryId);
        });
    }

    /** Every tag in use, alphabetically, for auto-complete. */
    public List<String> allTags() {
        return strings("SELECT name FROM tag ORDER BY name COLLATE NOCASE");
    }

    private List<String> strings(String sql, Object... args) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
