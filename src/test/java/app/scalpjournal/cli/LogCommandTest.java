package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real {@code log} subcommands end to end on a temporary journal. */
class LogCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CommandLine cl = JournalCommand.commandLine(all);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void addThenListAsLinesAndJson() throws Exception {
        Run added = run("log", "add", "--date", "2026-03-01", "--kind", "microneedling", "--needle-mm", "0.5", "--device", "roller",
                "--area", "crown", "--applied-after", "serum", "--aftercare", "no washing until morning",
                "--side-effect", "redness", "--side-effect", "itching", "--side-effect-note", "gone by evening", "--note", "first session");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().startsWith("added #1 2026-03-01 Microneedling / derma rolling · needle 0.5 mm · device: roller"), added.out());
        assertEquals(0, run("log", "add", "--date", "2026-03-02", "--kind", "topical", "--name", "Minoxidil foam", "--strength", "5%",
                "--amount", "half a cap", "--times-per-day", "2").exit());
        assertEquals(0, run("log", "add", "--date", "2026-02-01", "--kind", "smp", "--session", "1", "--clinic", "Studio Ink").exit());

        Run all = run("log", "list");
        assertEquals(0, all.exit(), all.err());
        String[] lines = all.out().strip().split("\\R");
        assertEquals(3, lines.length, all.out());
        assertTrue(lines[0].startsWith("2026-02-01  #3  smp  Scalp micropigmentation session · session 1"), lines[0]);

        Run filtered = run("log", "list", "--from", "2026-03-01", "--kind", "microneedling", "--json");
        assertEquals(0, filtered.exit(), filtered.err());
        JsonNode json = new ObjectMapper().readTree(filtered.out());
        assertEquals(1, json.size());
        JsonNode item = json.get(0);
        assertEquals("microneedling", item.get("kind").asText());
        assertEquals(0.5, item.get("needle_mm").asDouble());
        assertTrue(item.get("needle_mm").isNumber());
        assertEquals("redness", item.get("side_effects").get(0).asText());
        assertEquals("no washing until morning", item.get("aftercare").asText());
        assertEquals(1, run("log", "list", "--to", "2026-02-28").out().strip().lines().count());
    }

    @Test
    void listJsonIncludesLogItemsRoutinesTagsAndCaptureConditions() throws Exception {
        assertEquals(0, run("log", "add", "--date", "2026-03-01", "--kind", "massage", "--minutes", "5").exit());
        Path jpeg = app.scalpjournal.testsupport.TestImages.writeJpeg(dir.resolve("in/crown.jpg"), 64, 48,
                app.scalpjournal.testsupport.TestImages.Exif.taken("2026:03:01 09:00:00"));
        assertEquals(0, run("import", "--region", "crown", jpeg.toString()).exit());
        try (var ctx = app.scalpjournal.context.AppContext.open(dir)) {
            ctx.captures().put(java.util.List.of(ctx.photos().listAll().get(0).id()), new app.scalpjournal.photo.CaptureConditions(
                    true, app.scalpjournal.photo.CaptureConditions.HairState.DRY, null, app.scalpjournal.photo.CaptureConditions.Lighting.DAYLIGHT,
                    "phone", "", ""));
            long entry = ctx.entries().findByDate(java.time.LocalDate.of(2026, 3, 1)).orElseThrow().id();
            ctx.tags().setTags(entry, java.util.List.of("winter"));
            ctx.routines().add(ctx.validator().check(new app.scalpjournal.journal.RoutineDraft(
                    app.scalpjournal.journal.LogKind.MASSAGE, "Evening massage", "", "2026-02-01", "", "daily")));
            ctx.routines().add(ctx.validator().check(new app.scalpjournal.journal.RoutineDraft(
                    app.scalpjournal.journal.LogKind.TOPICAL, "Old foam", "", "2025-01-01", "2025-02-01", "daily")));
        }
        Run list = run("list", "--json");
        assertEquals(0, list.exit(), list.err());
        JsonNode entry = new ObjectMapper().readTree(list.out()).get("entries").get(0);
        assertEquals("winter", entry.get("tags").get(0).asText());
        assertEquals(5, entry.get("log_items").get(0).get("minutes").asInt());
        assertEquals(1, entry.get("routines_active").size());
        assertEquals("Evening massage", entry.get("routines_active").get(0).get("name").asText());
        JsonNode capture = entry.get("photos").get(0).get("capture_conditions");
        assertTrue(capture.get("washed").asBoolean());
        assertEquals("dry", capture.get("hair_state").asText());
        assertTrue(capture.get("product_in_hair").isNull());
        assertEquals("daylight", capture.get("lighting").asText());
        Run text = run("list");
        assertTrue(text.out().contains("  log: Scalp massage · 5 min"), text.out());
        assertTrue(text.out().contains("  routine: Evening massage (daily)"), text.out());
        assertTrue(text.out().contains("    taken: washed that day · dry · daylight · phone"), text.out());
    }

    @Test
    void validationProblemsExitOneWithAMessage() {
        Run bad = run("log", "add", "--date", "2026-03-01", "--kind", "microneedling", "--needle-mm", "-0.5");
        assertEquals(1, bad.exit());
        assertEquals("log add: --needle-mm: needle length must be a positive number of millimetres up to 10, e.g. 0.5 (got '-0.5')",
                bad.err().strip());
        Run wrongField = run("log", "add", "--date", "2026-03-01", "--kind", "massage", "--dose", "1 tablet");
        assertEquals(1, wrongField.exit());
        assertTrue(wrongField.err().contains("dose is not recorded for scalp massage items"), wrongField.err());
        Run badDate = run("log", "add", "--date", "2026-13-01", "--kind", "massage");
        assertEquals(1, badDate.exit());
        assertEquals("log add: the date '2026-13-01' is not a calendar day like 2026-03-01", badDate.err().strip());
        assertEquals("", run("log", "list").out(), "nothing was stored");
    }

    @Test
    void usageErrorsExitTwo() {
        Run unknownKind = run("log", "add", "--date", "2026-03-01", "--kind", "laser");
        assertEquals(2, unknownKind.exit());
        assertTrue(unknownKind.err().contains("unknown kind 'laser' (use one of: massage, microneedling, smp, topical, oral, in-clinic, other)"),
                unknownKind.err());
        assertEquals(2, run("log", "add", "--kind", "massage").exit(), "--date is required");
        assertEquals(2, run("log", "add", "--date", "2026-03-01", "--kind", "massage", "--side-effect", "bliss").exit());
        assertEquals(2, run("log", "list", "--from", "yesterday").exit());
        assertEquals(2, run("log", "list", "--from", "2026-03-02", "--to", "2026-03-01").exit());
        Run bare = run("log");
        assertEquals(2, bare.exit());
        assertTrue(bare.err().contains("log needs a subcommand: add or list"), bare.err());
        Run routine = run("routine");
        assertEquals(2, routine.exit());
        assertTrue(routine.err().contains("routine needs a subcommand: add, list or stop"), routine.err());
        Run backwards = run("search", "--from", "2026-03-02", "--to", "2026-03-01");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("--to 2026-03-01 is before --from 2026-03-02"), backwards.err());
    }

    /** The validator's problems, one line each naming the option; a problem of the date names none. */
    @Test
    void refusalsNameTheOption() {
        Run refused = run("log", "add", "--date", "2026-03-01", "--kind", "massage", "--needle-mm", "0.5");
        assertEquals(1, refused.exit());
        assertTrue(refused.err().startsWith("log add: --needle-mm: needle length (mm) is not recorded"), refused.err());
        Run stop = run("routine", "stop", "7");
        assertEquals(1, stop.exit());
        assertTrue(stop.err().contains("routine stop: there is no routine #7"), stop.err());
    }
}
