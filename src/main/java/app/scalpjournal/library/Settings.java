package app.scalpjournal.library;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Small per-journal preferences in the {@code setting} table (the last import region, the report
 * header, a region's "day 1"...): the only class that reads or writes that table. Each feature names
 * its settings as typed {@link Key}s; a stored value that no longer reads back is treated as unset.
 */
public final class Settings {
    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    /** A setting's name and how its value is written as text. */
    public record Key<T>(String name, Function<String, T> parse, Function<T, String> format) {
        public static Key<String> text(String name) {
            return new Key<>(name, Function.identity(), Function.identity());
        }

        public static Key<LocalDate> date(String name) {
            return new Key<>(name, LocalDate::parse, LocalDate::toString);
        }
    }

    /** The value, or empty when unset, blank or unreadable. */
    public <T> Optional<T> get(Key<T> key) {
        Optional<String> text = db.read(c -> Sql.list(c, "SELECT value FROM setting WHERE key = ?", java.util.List.of(key.name()),
                rs -> rs.getString(1))).stream().findFirst();
        try {
            return text.filter(v -> !v.isBlank()).map(key.parse());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the value; null removes the setting. */
    public <T> void put(Key<T> key, T value) {
        if (value == null) {
            remove(key);
            return;
        }
        db.transaction(c -> Sql.update(c, "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key.name(), key.format().apply(value)));
    }

    public void remove(Key<?> key) {
        db.transaction(c -> Sql.update(c, "DELETE FROM setting WHERE key = ?", key.name()));
    }

    /** Runs several puts as one transaction: all are stored or none. */
    public void together(Runnable puts) {
        db.transaction(c -> {
            puts.run();
            return null;
        });
    }
}
