package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --repair}: fixes leftovers and thumbnails, lists what only the user can fix, keeps the exit codes. */
class CheckRepairCliTest {
    @TempDir
    Path dir;

    @Test
    void repairsWhatItCanAndListsTheRest() throws Exception {
        Path journal = dir.resolve("j");
        Path a = TestImages.writeJpeg(dir.resolve("in/a.jpg"), 300, 200, TestImages.Exif.taken("2026:01:02 08:00:00"));
        Path b = TestImages.writeJpeg(dir.resolve("in/b.jpg"), 310, 200, TestImages.Exif.taken("2026:01:03 08:00:00"));
        assertEquals(0, CliRun.run(journal, "import", "--region", "top", a.toString(), b.toString()).exit());
        LibraryLayout layout = new LibraryLayout(journal);
        PreviewCache cache = new PreviewCache(layout);
        String shaA = sha(Files.readAllBytes(a));
        String shaB = sha(Files.readAllBytes(b));
        byte[] bBytes = Files.readAllBytes(b);

        Files.delete(cache.thumbnailPath(shaA));
        byte[] orphan = TestImages.jpeg(90, 60, TestImages.Exif.taken("2025:12:24 18:00:00"));
        Path orphanFile = layout.original(sha(orphan), "jpg");
        Files.createDirectories(orphanFile.getParent());
        Files.write(orphanFile, orphan);
        Path originalB = layout.original(shaB, "jpg");
        originalB.toFile().setWritable(true);
        Files.delete(originalB);

        CliRun check = CliRun.run(journal, "check");
        assertEquals(1, check.exit());
        assertEquals(2, check.errLines().size(), check.err());
        assertTrue(check.err().contains("original with no photo in the journal (kept;"), check.err());
        assertTrue(Files.exists(orphanFile), "check changes nothing");

        CliRun repair = CliRun.run(journal, "check", "--repair");
        assertEquals(1, repair.exit(), "a missing original cannot be repaired");
        assertTrue(repair.out().contains("re-attached 1 photo(s), rebuilt 1 thumbnail(s)"), repair.out());
        assertEquals(1, repair.errLines().size(), repair.err());
        assertTrue(repair.err().contains("is missing") && repair.err().contains("b.jpg"), repair.err());
        assertTrue(Files.isRegularFile(cache.thumbnailPath(shaA)));
        assertTrue(Files.exists(orphanFile), "re-attached, never deleted");
        CliRun list = CliRun.run(journal, "list", "--json");
        assertTrue(list.out().contains(sha(orphan)), list.out());
        assertTrue(list.out().contains("2025-12-24"), "dated by its camera: " + list.out());
        try (var library = app.scalpjournal.library.Library.open(journal)) {
            assertEquals(1, (int) library.database().read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM photo WHERE recovered = 1 AND region = 'other'")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }), "marked recovered, region other");
        }

        Files.write(originalB, bBytes);
        assertEquals(0, CliRun.run(journal, "check", "--repair").exit());
        assertEquals(0, CliRun.run(journal, "check").exit());
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
