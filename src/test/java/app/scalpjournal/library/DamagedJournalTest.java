package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.cli.CliRun;
import app.scalpjournal.photo.Photo;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up quick check refuses a damaged journal, and the latest automatic snapshot brings it back. */
class DamagedJournalTest {
    @TempDir
    Path dir;

    @Test
    void damagedJournalIsRefusedAtStartAndItsLatestSnapshotRestores() throws Exception {
        Path journal = dir.resolve("j");
        String before;
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 30, 400, 31);
        }
        try (Library library = Library.open(journal)) {
            assertTrue(Migrations.latestSnapshot(library.layout()).isEmpty(), "opening copies nothing");
            library.snapshotIfDue();
            assertTrue(Migrations.latestSnapshot(library.layout()).isPresent(), "a journal with entries gets its daily snapshot");
            before = JournalFixture.dump(library);
        }
        damagePages(journal.resolve("journal.db"));

        DamagedJournalException e = assertThrows(DamagedJournalException.class, () -> Library.open(journal));
        assertTrue(e.getMessage().contains("is damaged") && e.getMessage().contains("restore --latest-snapshot"), e.getMessage());
        CliRun list = CliRun.run(journal, "list");
        assertEquals(1, list.exit());
        assertTrue(list.err().startsWith("scalp-journal: The journal at") && list.err().lines().count() == 1, list.err());

        CliRun restore = CliRun.run(journal, "restore", "--latest-snapshot");
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("is kept in"), restore.out());
        try (Library library = Library.open(journal)) {
            assertEquals(before, JournalFixture.dump(library));
        }
        assertEquals(0, CliRun.run(journal, "check").exit());
        try (var kept = Files.list(journal.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")), "the damaged database is kept");
        }
    }

    @Test
    void photosImportedAfterTheSnapshotStayInOriginalsAndAreReported() throws Exception {
        Path journal = dir.resolve("j");
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 3, 400, 32);
        }
        List<Photo> later;
        try (Library library = Library.open(journal)) {
            library.snapshotIfDue(); // of the three photos
            later = JournalFixture.fill(library, 2, 500, 33);
        }
        damagePages(journal.resolve("journal.db"));
        SnapshotRestore.Result result = SnapshotRestore.restoreLatest(journal);
        assertEquals(2, result.originalsNotInSnapshot());
        for (Photo p : later) {
            assertTrue(Files.isRegularFile(new LibraryLayout(journal).original(p.sha256(), p.ext())), "kept in place");
        }
        CliRun check = CliRun.run(journal, "check");
        assertEquals(1, check.exit());
        assertEquals(2, check.err().lines().filter(l -> l.contains("original with no photo in the journal")).count(), check.err());
    }

    @Test
    void withoutASnapshotTheMessageSaysToRestoreABackup() throws Exception {
        Path journal = dir.resolve("j");
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 30, 400, 34);
        }
        damagePages(journal.resolve("journal.db"));
        DamagedJournalException e = assertThrows(DamagedJournalException.class, () -> Library.open(journal));
        assertTrue(e.latestSnapshot().isEmpty());
        assertTrue(e.getMessage().contains("restore a backup into a new folder"), e.getMessage());
        assertTrue(e.getMessage().contains("recover"), e.getMessage());
    }

    /** Overwrites pages 2 and 3 (table and index pages) with garbage, as a bad sector or a torn write would. */
    private static void damagePages(Path db) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(16);
            int pageSize = (f.readUnsignedByte() << 8) | f.readUnsignedByte();
            byte[] junk = new byte[2 * pageSize];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.seek(pageSize);
            f.write(junk);
        }
    }
}
