package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.Migrations;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a journal copies nothing (commands that only read start at the same speed whatever the
 * journal's size); a command that changes the journal takes the day's snapshot before its change.
 */
class DailySnapshotTest {
    @TempDir
    Path dir;

    @Test
    void readingCommandsCopyNothingAndTheNextChangeTakesTheDaysSnapshotFirst() throws Exception {
        Path journal = dir.resolve("journal");
        Path photo = TestImages.writeJpeg(dir.resolve("in/a.jpg"), 320, 240, TestImages.Exif.taken("2026:01:05 09:00:00"));
        assertEquals(0, CliRun.run(journal, "import", "--region", "crown", photo.toString()).exit());
        LibraryLayout layout = new LibraryLayout(journal);
        assertTrue(Migrations.latestSnapshot(layout).isEmpty(), "a new journal had nothing to keep before its first import");

        for (String[] reading : new String[][] {{"list", "--json"}, {"list"}, {"check"}, {"search", "massage"}}) {
            assertEquals(0, CliRun.run(journal, reading).exit(), String.join(" ", reading));
        }
        assertTrue(Migrations.latestSnapshot(layout).isEmpty(), "reading commands take no snapshot");

        assertEquals(0, CliRun.run(journal, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5").exit());
        Path snapshot = Migrations.latestSnapshot(layout).orElseThrow(() -> new AssertionError("the change took the day's snapshot"));
        assertEquals(0, CliRun.run(journal, "log", "add", "--date", "2026-01-06", "--kind", "massage", "--minutes", "5").exit());
        try (var files = Files.list(layout.backups())) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("journal-v")).count(), "one snapshot a day");
        }
        assertEquals(snapshot, Migrations.latestSnapshot(layout).orElseThrow());
    }
}
