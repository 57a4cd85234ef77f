package app.scalpjournal.library;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers the repositories share. */
public final class Sql {
    private Sql() {
    }

    /** Runs an insert, update or delete with positional arguments; returns the changed row count. */
    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    public static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    /**
     * A column as text, exactly what {@link ResultSet#getString} returns (SQLite's UTF-8 of the value,
     * decoded with replacement; null for NULL), read as bytes: sqlite-jdbc's own text path wraps each
     * value in a direct buffer made through JNI and copies it out again, which costs more than the rest
     * of a row when a listing reads tens of thousands of values.
     */
    public static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    /** Reads one value from each row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs a query with positional arguments and maps every row. */
    public static <T> java.util.List<T> list(Connection c, String sql, java.util.List<?> args, RowMapper<T> mapper) throws SQLException {
        java.util.List<T> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
        }
        return out;
    }

    public static long lastInsertId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
