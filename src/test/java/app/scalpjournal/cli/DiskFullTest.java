package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.OriginalStore;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk: a small tmpfs mounted for the test (needs root, as on the project's machines and
 * CI; elsewhere the test is skipped). Import, backup and restore end with a clear message, and the
 * journal stays consistent.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    private Path mounted;

    private Path smallDisk(String size) throws Exception {
        Path point = Files.createDirectories(dir.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString()).redirectErrorStream(true).start();
        boolean ok = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        Assumptions.assumeTrue(ok, "cannot mount a tmpfs here (not root?): " + new String(p.getInputStream().readAllBytes()));
        mounted = point;
        return point;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Photos of noise: they compress no better than real ones (about 300 KB each at 700 px). */
    private List<Path> photos(int n, int width) {
        java.util.Random random = new java.util.Random(n);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            var image = new java.awt.image.BufferedImage(width, width * 3 / 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            byte[] jpeg = TestImages.withExif(TestImages.encode(image, "jpg"), TestImages.Exif.taken("2025:03:0" + (1 + i % 9) + " 08:00:00"));
            return TestImages.write(dir.resolve("in/p" + i + ".jpg"), jpeg);
        }).toList();
    }

    @Test
    void importOntoAFullDiskNamesTheReasonAndLeavesAConsistentJournal() throws Exception {
        Path journal = smallDisk("3m").resolve("journal");
        photos(40, 700);
        CliRun run = CliRun.run(journal, "import", "--region", "top", dir.resolve("in").toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("the journal's disk is full") || run.err().contains("disk is full"), run.err());
        System.out.println("import on a full disk: " + run.err().lines().filter(l -> l.contains("full")).findFirst().orElse(""));
        try (AppContext context = new AppContext(Library.open(journal), Clock.systemDefaultZone())) {
            context.tidy().run(); // the start-up sweep
        }
        try (Library library = Library.open(journal)) {
            List<Photo> listed = new PhotoRepository(library.database()).listAllStored();
            assertTrue(listed.size() > 0 && listed.size() < 40, listed.size() + " imported before the disk filled");
            for (Photo p : listed) {
                assertEquals(p.sha256(), OriginalStore.sha256Of(library.layout().original(p.sha256(), p.ext())));
            }
        }
        CliRun check = CliRun.run(journal, "check");
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void backupOntoAFullDiskSaysSoAndLeavesNothingBehind() throws Exception {
        Path journal = dir.resolve("journal");
        photos(12, 900);
        assertEquals(0, CliRun.run(journal, "import", "--region", "top", dir.resolve("in").toString()).exit());
        String before = CliRun.run(journal, "list", "--json").out();
        Path disk = smallDisk("1m");
        CliRun backup = CliRun.run(journal, "backup", disk.resolve("b.zip").toString());
        assertEquals(1, backup.exit());
        assertTrue(backup.err().contains("No space left on device") && backup.err().contains("the journal is unchanged"), backup.err());
        assertEquals(1, backup.err().lines().count(), backup.err());
        System.out.println("backup on a full disk: " + backup.err().strip());
        try (var left = Files.list(disk)) {
            assertEquals(0, left.count(), "no partial archive or temporary folder");
        }
        assertEquals(before, CliRun.run(journal, "list", "--json").out());
        assertEquals(0, CliRun.run(journal, "check").exit());
    }

    @Test
    void restoreOntoAFullDiskIsRefusedAndLeavesNothingBehind() throws Exception {
        Path journal = dir.resolve("journal");
        photos(12, 900);
        assertEquals(0, CliRun.run(journal, "import", "--region", "top", dir.resolve("in").toString()).exit());
        assertEquals(0, CliRun.run(journal, "backup", dir.resolve("b.zip").toString()).exit());
        Path disk = smallDisk("1m");
        CliRun restore = CliRun.run(disk.resolve("restored"), "restore", dir.resolve("b.zip").toString());
        assertEquals(1, restore.exit());
        assertTrue(restore.err().contains("Not enough disk space") || restore.err().contains("No space left"), restore.err());
        System.out.println("restore on a full disk: " + restore.err().strip());
        try (var left = Files.list(disk)) {
            assertEquals(0, left.count());
        }
    }
}
