package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The journal's SQLite database: one connection, used by one thread at a time. Every write goes
 * through {@link #transaction}, which commits or rolls back as a whole; nested calls join the
 * outer transaction.
 */
public final class Database implements AutoCloseable {
    /** Work against the connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    private Database(Connection connection) {
        this.connection = connection;
    }

    /**
     * Loads SQLite's native library and readies its driver (an in-memory database and one query, no file
     * touched) on a background thread, while the command line is still being read: the first
     * {@link #open} then finds them ready. Any failure is left for that open to report.
     */
    public static void warmUp() {
        Thread warm = new Thread(() -> {
            SqliteNative.useCachedCopy();
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
            } catch (SQLException | RuntimeException e) {
                // the real open reports what is wrong
            }
        }, "scalp-journal-sqlite-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    public static Database open(Path file) {
        SqliteNative.useCachedCopy();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        try {
            // The driver itself, not DriverManager, which would first look for every JDBC driver on the class path.
            Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                // Reading the schema fails at once on a file that is not a database.
                statement.execute("SELECT count(*) FROM sqlite_master");
            }
            return new Database(connection);
        } catch (SQLException e) {
            throw new LibraryException(file + " is not a readable Scalp Journal database: " + e.getMessage(), e);
        }
    }

    /** Runs read-only work. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new LibraryException(Messages.get("journal.readFailed", e.getMessage()), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.apply(connection);
                } finally {
                    depth--;
                }
            }
            connection.setAutoCommit(false);
            depth = 1;
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                depth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LibraryException(Messages.get("journal.saveFailed", e.getMessage()), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a statement outside any transaction (PRAGMA, VACUUM INTO, backup). */
    public void execute(String sql) {
        read(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        } finally {
            lock.unlock();
        }
    }
}
