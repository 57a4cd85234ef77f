package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void triggerBodyStaysOneStatement() {
        List<String> parts = SqlScript.split("""
                CREATE TABLE a(x);
                create temp trigger t after insert on a begin
                  insert into a values (1);
                  delete from a where x = 2;
                end;
                CREATE TABLE b(y);
                """);
        assertEquals(3, parts.size(), parts.toString());
        assertEquals("create temp trigger t after insert on a begin\n  insert into a values (1);\n  delete from a where x = 2;\nend", parts.get(1));
    }

    @Test
    void semicolonsAndDashesInsideQuotesAndCommentsDoNotSplit() {
        List<String> parts = SqlScript.split("""
                INSERT INTO a VALUES ('x; -- not a comment', "y;z"); /* a; b */ -- tail; comment
                INSERT INTO a VALUES ('it''s; fine');
                """);
        assertEquals(List.of("INSERT INTO a VALUES ('x; -- not a comment', \"y;z\")", "INSERT INTO a VALUES ('it''s; fine')"), parts);
    }

    @Test
    void caseEndOutsideTriggersAndLastStatementWithoutSemicolon() {
        List<String> parts = SqlScript.split("CREATE VIEW v AS SELECT CASE WHEN 1 THEN 'a' END AS c;\nSELECT 1\n-- only a comment;\n");
        assertEquals(List.of("CREATE VIEW v AS SELECT CASE WHEN 1 THEN 'a' END AS c", "SELECT 1"), parts);
    }

    @Test
    void commentOnlyAndEmptyStatementsAreDropped() {
        assertEquals(List.of(), SqlScript.split("-- nothing here;\n ; ;\n/* nor; here */"));
    }

    @Test
    void everyMigrationRunsStatementByStatementOnARealDatabase() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite::memory:"); var s = c.createStatement()) {
            for (String script : Migrations.SCRIPTS) {
                try (var in = Migrations.class.getResourceAsStream("migrations/" + script)) {
                    for (String statement : SqlScript.split(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        s.execute(statement);
                    }
                }
            }
            try (var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) {
                rs.next();
                assertEquals(15, rs.getInt(1), "V001-V002 keep the search index (14), V003 counts photos ever recorded (1)");
            }
        }
    }
}
