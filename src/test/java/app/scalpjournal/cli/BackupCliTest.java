package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} end to end on the real command line. */
class BackupCliTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreIntoANewFolder() throws Exception {
        Path journal = dir.resolve("journal");
        Path photo = TestImages.writeJpeg(dir.resolve("in/crown ü.jpg"), 320, 240, TestImages.Exif.taken("2026:02:03 08:00:00"));
        assertEquals(0, CliRun.run(journal, "import", "--region", "crown", "--note", "Kopfhaut – Notiz", photo.toString()).exit());

        CliRun backup = CliRun.run(journal, "backup", dir.resolve("b.zip").toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().startsWith("Backed up 1 original(s) and the database into"), backup.out());

        CliRun restore = CliRun.run(dir.resolve("copy"), "restore", dir.resolve("b.zip").toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("Restored 1 entry and 1 photo(s)"), restore.out());
        assertEquals(CliRun.run(journal, "list", "--json").out(), CliRun.run(dir.resolve("copy"), "list", "--json").out());
        assertEquals(0, CliRun.run(dir.resolve("copy"), "check").exit());
    }

    @Test
    void refusedRestoreIsOneLineAndExitOne() throws Exception {
        Files.writeString(dir.resolve("fake.zip"), "not a zip at all");
        CliRun restore = CliRun.run(dir.resolve("copy"), "restore", dir.resolve("fake.zip").toString());
        assertEquals(1, restore.exit());
        assertEquals(1, restore.err().lines().count(), restore.err());
        assertTrue(restore.err().contains("not a complete ZIP archive"), restore.err());
        assertFalse(Files.exists(dir.resolve("copy")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run(dir.resolve("j"), "restore").exit());
        assertEquals(2, CliRun.run(dir.resolve("j"), "restore", "a.zip", "--latest-snapshot").exit());
        assertEquals(2, CliRun.run(dir.resolve("j"), "backup").exit());
    }
}
