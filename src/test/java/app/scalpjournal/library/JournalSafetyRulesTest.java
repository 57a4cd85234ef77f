package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.cli.CliRun;
import app.scalpjournal.journal.JournalSearch;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: the search index repairs itself, restore and sample touch only empty journals, the journal is private, no hidden copies stay. */
class JournalSafetyRulesTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedSearchIndexIsRebuiltOnOpenWithNothingRolledBack() throws Exception {
        Path journal = dir.resolve("j");
        String before;
        int found;
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 12, 100, 5);
            before = JournalFixture.dump(library);
            found = search(library).search(app.scalpjournal.journal.SearchQuery.words("crème")).size();
            assertTrue(found > 0);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + journal.resolve("journal.db")); Statement s = c.createStatement()) {
            s.execute("DELETE FROM entry_fts_data WHERE id > 10");
            try (var rs = s.executeQuery("PRAGMA quick_check")) {
                assertTrue(rs.next() && !"ok".equals(rs.getString(1)), "SQLite sees the damaged index");
            }
        }
        try (Library library = Library.open(journal)) {
            assertEquals(withoutIndex(before), withoutIndex(JournalFixture.dump(library)), "nothing rolled back");
            assertEquals(found, search(library).search(
                    app.scalpjournal.journal.SearchQuery.words("crème")).size(), "every note is found again");
        }
        assertEquals(0, CliRun.run(journal, "check").exit());
    }

    @Test
    void restoreAndSampleRefuseAJournalThatHoldsOnlyAPhotoCadence() throws Exception {
        Path source = dir.resolve("source");
        Path zip = dir.resolve("b.zip");
        try (Library library = Library.open(source)) {
            JournalFixture.fill(library, 2, 100, 6);
            new JournalBackup(library, "test", Clock.systemUTC()).write(zip, Progress.NONE);
        }
        Path target = dir.resolve("target");
        try (Library library = Library.open(target)) {
            library.database().transaction(c -> Sql.update(c, "INSERT INTO photo_cadence(region, every_days) VALUES ('crown', 14)"));
        }
        CliRun restore = CliRun.run(target, "restore", zip.toString());
        assertEquals(1, restore.exit());
        assertTrue(restore.err().contains("already holds data"), restore.err());
        CliRun sample = CliRun.run(target, "sample");
        assertEquals(1, sample.exit());
        assertTrue(sample.err().contains("already holds data"), sample.err());
        try (Library library = Library.open(target)) {
            assertEquals(0, new app.scalpjournal.photo.PhotoRepository(library.database()).count(), "nothing was mixed in");
        }
    }

    @Test
    void theJournalItsSnapshotsBackupsAndExportsAreTheOwnersOnly() throws Exception {
        Path journal = dir.resolve("j");
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 3, 100, 8);
        }
        try (Library library = Library.open(journal)) {
            library.snapshotIfDue();
        }
        assertTrue(Files.list(journal.resolve("backups")).findAny().isPresent(), "the day's snapshot was taken");
        assertEquals(0, CliRun.run(journal, "backup", dir.resolve("b.zip").toString()).exit());
        assertEquals(0, CliRun.run(journal, "export", dir.resolve("out").toString()).exit());
        assertEquals("rwx------", perms(journal));
        assertEquals("rw-------", perms(journal.resolve("journal.db")));
        assertEquals("rwx------", perms(journal.resolve("backups")));
        try (Stream<Path> snapshots = Files.list(journal.resolve("backups"))) {
            for (Path s : snapshots.toList()) {
                assertEquals("rw-------", perms(s), s.toString());
            }
        }
        assertEquals("rw-------", perms(dir.resolve("b.zip")));
        assertEquals("rwx------", perms(dir.resolve("out")));
        assertEquals("rw-------", perms(dir.resolve("out/journal.json")));
    }

    @Test
    void aKilledBackupsHiddenCopyIsRemovedAtTheNextOpenAndOnlyThat() throws Exception {
        Path journal = dir.resolve("j");
        Path killed = Files.createDirectories(dir.resolve(".scalp-journal-backup-123456"));
        Files.writeString(killed.resolve("journal.db"), "a copy of health data");
        Path notOurs = Files.createDirectories(dir.resolve("photos-of-mine"));
        try (Library library = Library.open(journal)) {
            TempFiles.note(library.layout(), killed);
            TempFiles.note(library.layout(), notOurs);
            Files.writeString(TempFiles.newTemp(library.layout(), ".jpg"), "half a photo");
        }
        Library.open(journal).close();
        assertFalse(Files.exists(killed), "the killed run's copy is gone");
        assertTrue(Files.exists(notOurs), "a folder without the app's temporary name is never removed");
        try (Stream<Path> tmp = Files.list(journal.resolve("tmp"))) {
            assertEquals(0, tmp.count());
        }
    }

    @Test
    void aBrandNewJournalIsCreatedWhole() throws Exception {
        Path journal = dir.resolve("j");
        try (Library library = Library.open(journal)) {
            assertTrue(Files.isRegularFile(journal.resolve("journal.db"), LinkOption.NOFOLLOW_LINKS));
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(library.database()));
        }
        assertThrows(LibraryException.class, () -> Library.open(journal.resolve("journal.db")));
    }

    private static JournalSearch search(Library library) {
        var entries = new app.scalpjournal.journal.EntryRepository(library.database(), Clock.systemUTC());
        return new JournalSearch(library.database(), new app.scalpjournal.journal.LogRepository(library.database(), entries, Clock.systemUTC()));
    }

    /** The dump without the search index's own tables, which a rebuild lays out anew. */
    private static String withoutIndex(String dump) {
        StringBuilder out = new StringBuilder();
        for (String section : dump.split("(?m)^# ")) {
            if (!section.lines().findFirst().orElse("").contains("_fts")) {
                out.append("# ").append(section);
            }
        }
        return out.toString();
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
