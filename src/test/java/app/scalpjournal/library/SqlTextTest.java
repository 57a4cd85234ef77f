package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sql#text} gives what {@link ResultSet#getString} gives, for every kind of value SQLite may hold in a column. */
class SqlTextTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatGetStringReads() {
        Database db = Database.open(dir.resolve("t.db"));
        try {
            List<String> viaText = new ArrayList<>();
            List<String> viaGetString = new ArrayList<>();
            db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 'plain', 'Ünïcødé \"q\" \\ 🙂 頭皮', NULL, 42,"
                        + " -9223372036854775808, 0.5, 1.0, 1e300, '', 'a' || char(0) || 'b', X'C328', CAST(X'E282' AS TEXT),"
                        + " CAST(X'F09F9982' AS TEXT), CAST(X'EDA080' AS TEXT)")) {
                    rs.next();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        viaText.add(Sql.text(rs, i));
                        viaGetString.add(rs.getString(i));
                    }
                }
                return null;
            });
            assertEquals(viaGetString, viaText);
            assertEquals("Ünïcødé \"q\" \\ 🙂 頭皮", viaText.get(1));
            assertNull(viaText.get(2));
            assertEquals("42", viaText.get(3));
            assertEquals("\uFFFD(", viaText.get(10), "bytes that are no UTF-8 are replaced as getString replaces them");
        } finally {
            db.close();
        }
    }
}
