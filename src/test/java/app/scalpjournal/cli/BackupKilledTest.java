package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.Main;
import app.scalpjournal.library.Library;
import app.scalpjournal.testsupport.ChildJvm;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a backup killed with SIGKILL in a real child process leaves its hidden work folder (a copy
 * of the journal's health data) next to the target; the next open of the journal removes it.
 */
class BackupKilledTest {
    @TempDir
    Path dir;

    @Test
    void theHiddenCopyOfAKilledBackupIsGoneAfterTheNextOpen() throws Exception {
        Path journal = dir.resolve("j");
        Random random = new Random(3);
        for (int i = 0; i < 12; i++) {
            java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(900, 700, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 700; y++) {
                for (int x = 0; x < 900; x++) {
                    noise.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            Path f = TestImages.write(dir.resolve("in/p" + i + ".png"), TestImages.encode(noise, "png"));
            assertEquals(0, CliRun.run(journal, "import", "--date", "2026-03-0" + (1 + i % 9), f.toString()).exit());
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        boolean seen = false;
        try (ChildJvm child = ChildJvm.start(Main.class, "--library", journal.toString(), "backup", out.resolve("b.zip").toString())) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (child.isAlive() && System.currentTimeMillis() < deadline && !(seen = workFolders(out) > 0)) {
                Thread.sleep(1);
            }
            child.kill();
        }
        assertTrue(seen, "the backup's hidden work folder was seen before the kill");
        assertTrue(workFolders(out) > 0 || Files.exists(out.resolve("b.zip")), "killed part-way, or it had just finished");
        Library.open(journal).close();
        assertEquals(0, workFolders(out), "no hidden copy left next to the target");
    }

    private static long workFolders(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".scalp-journal-backup-")).count();
        }
    }
}
