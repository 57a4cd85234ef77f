package app.scalpjournal.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small per-journal preferences (e.g. the last region chosen for an import), in the {@code setting} table. */
public final class Settings {
    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        db.transaction(c -> Sql.update(c,
                "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }
}
