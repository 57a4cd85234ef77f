package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.OriginalFiles;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, finding 1: a journal folder whose database is missing, empty or older than its photos is
 * damaged, never new. Every command refuses it with one line naming the way out, no original is ever
 * deleted, and {@code recover} (or {@code restore --latest-snapshot}) brings every photo back.
 */
class DamagedNeverNewTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("journal");
    }

    private List<Path> importPhotos(String... days) {
        List<Path> files = new java.util.ArrayList<>();
        for (String day : days) {
            Path f = TestImages.writeJpeg(dir.resolve("in/" + day + ".jpg"), 320, 240, TestImages.Exif.taken(day.replace('-', ':') + " 09:00:00"));
            files.add(f);
            CliRun run = CliRun.run(journal(), "import", "--region", "crown", f.toString());
            assertEquals(0, run.exit(), run.err());
        }
        return files;
    }

    private TreeSet<String> originals() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (Path p : OriginalFiles.all(new LibraryLayout(journal()))) {
            names.add(p.getFileName().toString());
        }
        return names;
    }

    /** Every command that opens the journal is refused with one line, and nothing under originals/ changes. */
    private void everyCommandRefuses(String reason) throws Exception {
        TreeSet<String> before = originals();
        Path photo = TestImages.writeJpeg(dir.resolve("in/new.jpg"), 100, 80, TestImages.Exif.NONE);
        List<String[]> commands = List.of(new String[] {"list"}, new String[] {"list", "--json"}, new String[] {"import", photo.toString()},
                new String[] {"log", "add", "--date", "2026-03-01", "--kind", "massage"}, new String[] {"export", dir.resolve("x").toString()},
                new String[] {"backup", dir.resolve("b.zip").toString()}, new String[] {"sample"}, new String[] {"check"},
                new String[] {"check", "--repair"}, new String[] {"report", "--out", dir.resolve("r.pdf").toString()},
                new String[] {"trash", "list"});
        for (String[] command : commands) {
            CliRun run = CliRun.run(journal(), command);
            String what = String.join(" ", command) + ": ";
            assertEquals(1, run.exit(), what + run.out() + run.err());
            assertEquals(1, run.errLines().size(), what + run.err());
            assertTrue(run.err().contains("is damaged (" + reason), what + run.err());
            assertTrue(run.err().contains("recover"), what + run.err());
            assertEquals(before, originals(), what + "no original may go");
        }
        assertFalse(Files.exists(dir.resolve("b.zip")));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    private void recoverListsEveryOriginal(int photos) throws Exception {
        CliRun recover = CliRun.run(journal(), "recover");
        assertEquals(0, recover.exit(), recover.out() + recover.err());
        CliRun list = CliRun.run(journal(), "list", "--json");
        assertEquals(0, list.exit(), list.err());
        for (String name : originals()) {
            assertTrue(list.out().contains(name.substring(0, 64)), name + " listed");
        }
        assertEquals(photos, originals().size());
        CliRun check = CliRun.run(journal(), "check");
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void anEmptiedDatabaseIsRefusedEverywhereAndRecoverBringsEveryPhotoBackWithItsDate() throws Exception {
        importPhotos("2026-01-05", "2026-02-07");
        Files.write(journal().resolve("journal.db"), new byte[0]);
        Files.deleteIfExists(journal().resolve("journal.db-wal"));
        everyCommandRefuses("its database journal.db is empty");

        recoverListsEveryOriginal(2);
        CliRun list = CliRun.run(journal(), "list", "--json");
        assertTrue(list.out().replace(" ", "").contains("\"date\":\"2026-01-05\""), "dated by its camera: " + list.out());
        assertTrue(list.out().replace(" ", "").contains("\"region\":\"other\""), list.out());
        assertEquals(0, CliRun.run(journal(), "check").exit());
    }

    @Test
    void aDeletedDatabaseIsRefusedAndTheLatestSnapshotComesBackWithoutIt() throws Exception {
        importPhotos("2026-01-05");
        assertEquals(0, CliRun.run(journal(), "list").exit()); // reads only: the next import takes the day's snapshot first
        importPhotos("2026-02-07");
        for (String name : List.of("journal.db", "journal.db-wal", "journal.db-shm")) {
            Files.deleteIfExists(journal().resolve(name));
        }
        everyCommandRefuses("its database journal.db is missing");

        CliRun restore = CliRun.run(journal(), "restore", "--latest-snapshot");
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("1 photo(s) imported after the snapshot"), restore.out());
        CliRun check = CliRun.run(journal(), "check");
        assertEquals(1, check.exit(), "the photo newer than the snapshot is reported, not lost");
        assertTrue(check.err().contains("original with no photo in the journal"), check.err());
        assertEquals(0, CliRun.run(journal(), "check", "--repair").exit());
        recoverListsEveryOriginalWithoutRecover(2);
    }

    private void recoverListsEveryOriginalWithoutRecover(int photos) throws Exception {
        CliRun list = CliRun.run(journal(), "list", "--json");
        for (String name : originals()) {
            assertTrue(list.out().contains(name.substring(0, 64)), name + " listed");
        }
        assertEquals(photos, originals().size());
        assertEquals(0, CliRun.run(journal(), "check").exit());
    }

    @Test
    void anOlderCopyOfTheDatabaseIsStaleAndRecoverKeepsItsRowsAndAddsTheRest() throws Exception {
        importPhotos("2026-01-05");
        CliRun.run(journal(), "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5");
        Path old = dir.resolve("old.db");
        Files.copy(journal().resolve("journal.db"), old); // closed: everything is in the main file
        importPhotos("2026-02-07", "2026-03-09");
        Files.copy(old, journal().resolve("journal.db"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(journal().resolve("journal.db-wal"));
        everyCommandRefuses("its database is older than its photos");

        recoverListsEveryOriginal(3);
        CliRun log = CliRun.run(journal(), "log", "list");
        assertTrue(log.out().contains("massage"), "rows of the snapshot are kept: " + log.out());
    }

    @Test
    void aNewJournalIsCreatedOnlyWhereThereIsNoJournal() throws Exception {
        Files.createDirectories(journal());
        Files.writeString(journal().resolve("notes.txt"), "the user's own file");
        assertEquals(0, CliRun.run(journal(), "list").exit(), "a folder without a journal's files is new");
        assertTrue(Files.isRegularFile(journal().resolve("journal.db")));

        Path other = dir.resolve("only-originals");
        Path stray = other.resolve("originals/ab/" + "ab".repeat(32) + ".jpg");
        Files.createDirectories(stray.getParent());
        Files.write(stray, TestImages.jpeg(50, 40, TestImages.Exif.NONE));
        CliRun run = CliRun.run(other, "list");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is missing"), run.err());
        assertFalse(Files.exists(other.resolve("journal.db")), "no new journal beside existing photos");

        CliRun notDamaged = CliRun.run(journal(), "recover");
        assertEquals(1, notDamaged.exit());
        assertTrue(notDamaged.err().contains("is not damaged"), notDamaged.err());
    }

    @Test
    void withoutASnapshotRecoverBuildsTheJournalFromTheOriginalsAlone() throws Exception {
        importPhotos("2026-01-05", "2026-02-07", "2026-03-09");
        try (var walk = Files.walk(journal().resolve("backups"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.delete(journal().resolve("journal.db"));
        CliRun recover = CliRun.run(journal(), "recover");
        assertEquals(0, recover.exit(), recover.err());
        assertTrue(recover.out().contains("from its photos alone: re-attached 3 photo(s)"), recover.out());
        recoverListsEveryOriginalWithoutRecover(3);
    }
}
