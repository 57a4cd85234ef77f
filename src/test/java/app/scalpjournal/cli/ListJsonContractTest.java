package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListingWriter.write(entries, bytes);
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8), "the UTF-8 writer writes the same text");
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), "and the same bytes");
        assertEquals(expected, CliRun.run(dir, "list", "--json").out());
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), listToStdout(new ByteArrayOutputStream()).toByteArray(),
                "the command on the real standard output's printer");
        assertTrue(expected.contains("\"capture_conditions\" : {") && expected.contains("\"needle_mm\" : ")
                && expected.contains("\"stopped_on\" : null") && expected.contains("🙂"), "the sample covers every kind of field");
    }

    /**
     * A reader that goes away ({@code list --json | head}) is no failure: the listing's bytes go through
     * the printer's error state as its text did, and the command still exits 0.
     */
    @Test
    void aClosedStandardOutputIsNoFailure() throws Exception {
        assertEquals(0, CliRun.run(dir, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5").exit());
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Utf8Out out = new Utf8Out(closed);
        CommandLine cl = JournalCommand.commandLine(new String[] {"--library", dir.toString(), "list", "--json"});
        cl.setOut(out);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("--library", dir.toString(), "list", "--json"), err.toString());
        assertEquals("", err.toString());
        assertTrue(out.checkError(), "the printer knows its output failed");
    }

    /** Runs {@code list --json} with standard output's own printer ({@link Utf8Out}) writing into {@code bytes}. */
    private ByteArrayOutputStream listToStdout(ByteArrayOutputStream bytes) {
        CommandLine cl = JournalCommand.commandLine(new String[] {"--library", dir.toString(), "list", "--json"});
        cl.setOut(new Utf8Out(bytes));
        assertEquals(0, cl.execute("--library", dir.toString(), "list", "--json"));
        return bytes;
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
