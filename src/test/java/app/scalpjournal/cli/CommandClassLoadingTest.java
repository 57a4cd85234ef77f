package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command loads only what it uses: {@code list} runs in a JVM of its own (as users start it), and the
 * JVM's class-loading log shows no image, PDF, archive, window or object-mapper code, and none of the
 * services and other commands list does not use; nor does it start a process. Each class costs start-up
 * time, which is most of a listing's time.
 */
class CommandClassLoadingTest {
    private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source:");
    /** Code list never needs (packages end with a dot): images, PDF, the window, JSON data binding, services it does not call. */
    private static final List<String> NOT_FOR_LIST = List.of("javax.imageio.", "java.awt.image.", "org.apache.pdfbox.",
            "javafx.", "org.controlsfx.", "com.twelvemonkeys.", "com.drew.", "org.apache.commons.compress.",
            "com.fasterxml.jackson.databind.", "app.scalpjournal.photo.PhotoImporter", "app.scalpjournal.photo.PreviewCache",
            "app.scalpjournal.report.VisitSummaries", "app.scalpjournal.report.SummaryRenderer", "app.scalpjournal.report.TimeLapses",
            "app.scalpjournal.library.JournalBackup", "app.scalpjournal.library.JournalExport", "app.scalpjournal.sample.",
            "app.scalpjournal.compare.", "app.scalpjournal.photo.LibraryCheck", "app.scalpjournal.photo.Trash", "app.scalpjournal.photo.Inbox",
            "app.scalpjournal.cli.ReportCommand$LayoutConverter", "app.scalpjournal.cli.LogCommand$Add", "app.scalpjournal.cli.DateRange");

    @TempDir
    Path dir;

    @Test
    void listLoadsNoCodeItDoesNotUse() throws Exception {
        assertEquals(0, CliRun.run(dir, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5").exit());
        run("--library", dir.toString(), "list", "--json"); // the first run of all extracts SQLite's native library
        List<String> loaded = run("--library", dir.toString(), "list", "--json");
        assertTrue(loaded.contains("app.scalpjournal.cli.ListingWriter"), "the log shows the listing's own classes");
        assertEquals(List.of(), loaded.stream().filter(CommandClassLoadingTest::notForList).toList());
        assertTrue(!loaded.contains("java.lang.ProcessBuilder"), "no process is started (sqlite-jdbc's platform detection runs uname)");
    }

    @Test
    void versionLoadsNoCommandsCode() throws Exception {
        List<String> loaded = run("--version");
        assertTrue(loaded.contains("app.scalpjournal.cli.JournalCommand"), "the log shows the command line's classes");
        assertEquals(List.of(), loaded.stream().filter(c -> c.startsWith("org.sqlite.") || c.startsWith("com.fasterxml.jackson.")
                || c.startsWith("app.scalpjournal.cli.CommandEnv") || c.startsWith("app.scalpjournal.journal.") || notForList(c)).toList());
    }

    private static boolean notForList(String loadedClass) {
        return NOT_FOR_LIST.stream().anyMatch(c -> c.endsWith(".") ? loadedClass.startsWith(c) : loadedClass.equals(c));
    }

    /** Runs the app's main class in a new JVM on the test class path; returns the classes it loaded. */
    private List<String> run(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "app.scalpjournal.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
        assertEquals(0, process.exitValue());
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                loaded.add(m.group(1));
            }
        }
        return loaded;
    }
}
