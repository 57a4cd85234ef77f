package app.scalpjournal.compare;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import app.scalpjournal.photo.Region;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date a user chose to count "day N" from for a region (e.g. when a routine began), kept in the
 * journal's {@code setting} table. Without one, days count from the region's first photo.
 */
public final class StartDates {
    private final Database db;

    public StartDates(Database db) {
        this.db = db;
    }

    static String key(Region region) {
        return "compare.start-date." + region.id();
    }

    public Optional<LocalDate> get(Region region) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key(region));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public void set(Region region, LocalDate date) {
        db.transaction(c -> Sql.update(c, "INSERT INTO setting(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value", key(region), date.toString()));
    }

    public void clear(Region region) {
        db.transaction(c -> Sql.update(c, "DELETE FROM setting WHERE key = ?", key(region)));
    }
}
