package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code list --json} is a contract: the streaming writer prints, byte for byte, what Jackson's object
 * mapper printed for the same entries (snake_case, indented), on the sample journal (capture conditions,
 * log items with decimal needle lengths, tags, routines still running) plus a note with every kind of
 * character a user may type.
 */
class ListJsonContractTest {
    @TempDir
    Path dir;

    @Test
    void theStreamingListingIsWhatTheObjectMapperPrinted() throws Exception {
        assertEquals(0, CliRun.run(dir, "sample").exit());
        assertEquals(0, CliRun.run(dir, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5",
                "--note", "Ünïcødé \"quoted\" \\ back\tslash\n→ 🙂 \u0001").exit());
        List<ListCommand.EntryJson> entries;
        try (AppContext context = AppContext.open(dir)) {
            entries = ListCommand.read(context);
        }
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
        String expected = mapper.writeValueAsString(Map.of("entries", entries)) + System.lineSeparator();
        StringWriter streamed = new StringWriter();
        ListingWriter.write(entries, streamed);
        assertEquals(expected, streamed.toString());
        assertEquals(expected, CliRun.run(dir, "list", "--json").out());
        assertTrue(expected.contains("\"capture_conditions\" : {") && expected.contains("\"needle_mm\" : ")
                && expected.contains("\"stopped_on\" : null") && expected.contains("🙂"), "the sample covers every kind of field");
    }

    @Test
    void theListingDoesNotFollowTheUsersLanguage() throws Exception {
        assertEquals(0, CliRun.run(dir, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5").exit());
        String english = CliRun.run(dir, "list", "--json").out();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertEquals("Kopfhautmassage", app.scalpjournal.journal.LogKind.MASSAGE.label(), "the stand-in translation is in use");
            assertEquals(english, CliRun.run(dir, "list", "--json").out());
            assertEquals(Locale.forLanguageTag("xx"), Locale.getDefault(Locale.Category.DISPLAY), "the user's locale is put back");
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
        assertTrue(english.contains("Scalp massage"), english);
    }
}
