package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void createsLayoutAndSchemaWithSafePragmas() {
        try (Library library = Library.open(dir.resolve("j"))) {
            assertTrue(Files.isRegularFile(library.layout().database()));
            assertTrue(Files.isDirectory(library.layout().originals()));
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(library.database()));
            assertEquals("wal", pragma(library, "journal_mode"));
            assertEquals("1", pragma(library, "foreign_keys"));
            assertEquals("2", pragma(library, "synchronous"));
        }
    }

    @Test
    void secondOpenIsRefusedWhileTheFirstHoldsTheLock() {
        try (Library first = Library.open(dir)) {
            LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
        Library.open(dir).close();
    }

    @Test
    void journalFromNewerVersionIsRefused() {
        try (Library library = Library.open(dir)) {
            library.database().execute("PRAGMA user_version = 999");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void databaseOfAnotherAppIsRefused() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"))) {
            c.createStatement().execute("CREATE TABLE invoices(id INTEGER)");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("another application"), e.getMessage());
    }

    @Test
    void textFileNamedJournalDbIsRefusedWithItsName() throws Exception {
        Files.writeString(dir.resolve("journal.db"), "<html>not a database</html>".repeat(40));
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("journal.db"), e.getMessage());
    }

    @Test
    void statementSplitterKeepsEachStatement() {
        assertEquals(2, Migrations.splitStatements("CREATE TABLE a(x); -- note; here\nCREATE TABLE b(y);\n").size());
    }

    private static String pragma(Library library, String name) {
        return library.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
