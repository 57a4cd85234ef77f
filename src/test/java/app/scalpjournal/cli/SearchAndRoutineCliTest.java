package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code search} and {@code routine} subcommands end to end on a temporary journal. */
class SearchAndRoutineCliTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("journal");
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.run(journal(), args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    @Test
    void searchFindsWordsWithTheWindowsFilters() throws Exception {
        Path crown = TestImages.writeJpeg(dir.resolve("in/crown.jpg"), 64, 48, Exif.NONE);
        Path top = TestImages.writeJpeg(dir.resolve("in/top.jpg"), 80, 60, Exif.NONE);
        ok("import", "--region", "crown", "--date", "2026-03-01", "--note", "Started minoxidil foam", crown.toString());
        ok("import", "--region", "top", "--date", "2026-03-08", "--note", "Minoxidil again, some itching", top.toString());
        ok("log", "add", "--date", "2026-03-08", "--kind", "microneedling", "--needle-mm", "0.5");
        ok("routine", "add", "--kind", "topical", "--name", "Minoxidil foam", "--started", "2026-03-01", "--frequency", "twice a day");

        CliRun all = ok("search", "minox");
        assertEquals(3, all.outLines().size(), all.out());
        assertTrue(all.outLines().get(0).startsWith("2026-03-08  entry #"), all.out());
        assertTrue(all.outLines().get(0).contains("[Minoxidil] again"), all.out());
        assertTrue(all.outLines().get(1).startsWith("2026-03-01  entry #"), all.out());
        assertTrue(all.outLines().get(2).startsWith("2026-03-01  routine #1  Routine: Minoxidil foam"), all.out());

        JsonNode crownOnly = new ObjectMapper().readTree(ok("search", "minoxidil", "--region", "crown", "--json").out());
        assertEquals(1, crownOnly.size(), crownOnly.toString());
        assertEquals("entry", crownOnly.get(0).get("type").asText());
        assertEquals("2026-03-01", crownOnly.get(0).get("date").asText());

        JsonNode needled = new ObjectMapper().readTree(ok("search", "--kind", "microneedling", "--json").out());
        assertEquals(1, needled.size(), needled.toString());
        assertEquals("2026-03-08", needled.get(0).get("date").asText());

        JsonNode early = new ObjectMapper().readTree(ok("search", "minoxidil", "--to", "2026-03-05", "--json").out());
        assertEquals(2, early.size(), early.toString());
        assertEquals("routine", early.get(1).get("type").asText());

        assertEquals("Nothing found.", ok("search", "shampoo").out().strip());
    }

    @Test
    void searchRefusesNoCriteriaAndBadFilters() {
        assertEquals(2, CliRun.run(journal(), "search").exit());
        assertEquals(2, CliRun.run(journal(), "search", "x", "--region", "elbow").exit());
        assertEquals(2, CliRun.run(journal(), "search", "x", "--kind", "haircut").exit());
        CliRun backwards = CliRun.run(journal(), "search", "x", "--from", "2026-03-02", "--to", "2026-03-01");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("--to 2026-03-01 is before --from 2026-03-02"), backwards.err());
    }

    @Test
    void routinesAreAddedListedAndStoppedWithTheWindowsChecks() throws Exception {
        CliRun added = ok("routine", "add", "--kind", "massage", "--name", "Evening massage", "--details", "5 minutes, by hand",
                "--started", "2026-01-04", "--frequency", "daily");
        assertEquals("added routine #1 Evening massage (daily, since 2026-01-04)", added.out().strip());

        CliRun refused = CliRun.run(journal(), "routine", "add", "--kind", "oral", "--name", " ", "--started", "2026-02-30");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("routine add: --name: a routine needs a name"), refused.err());
        assertTrue(refused.err().contains("routine add: --started: "), refused.err());
        assertEquals(2, CliRun.run(journal(), "routine", "add", "--kind", "massage", "--name", "x").exit(), "--started is required");

        CliRun early = CliRun.run(journal(), "routine", "stop", "1", "--on", "2026-01-01");
        assertEquals(1, early.exit());
        assertTrue(early.err().contains("routine stop: --on: the stop date 2026-01-01 is before the start date 2026-01-04"), early.err());
        assertEquals(1, CliRun.run(journal(), "routine", "stop", "7").exit());

        assertEquals("stopped routine #1 Evening massage (daily, 2026-01-04 to 2026-02-01)",
                ok("routine", "stop", "1", "--on", "2026-02-01").out().strip());
        assertEquals("#1  massage  Evening massage (daily, 2026-01-04 to 2026-02-01)  5 minutes, by hand", ok("routine", "list").out().strip());
        JsonNode json = new ObjectMapper().readTree(ok("routine", "list", "--json").out());
        assertEquals(1, json.size());
        assertEquals("Evening massage", json.get(0).get("name").asText());
        assertEquals("2026-02-01", json.get(0).get("stopped_on").asText());
        assertEquals("daily", json.get(0).get("frequency").asText());

        JsonNode listed = new ObjectMapper().readTree(ok("list", "--json").out());
        assertEquals(0, listed.get("entries").size(), "a routine alone makes no entry");
    }
}
