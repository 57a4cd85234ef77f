package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.photo.Photo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;

    private JournalBackup.Result backup(Library library, Path zip) {
        return new JournalBackup(library, "test", JournalFixture.CLOCK).write(zip, Progress.NONE);
    }

    private JournalRestore.Result restore(Path zip, Path target) {
        return new JournalRestore(ArchiveLimits.defaults()).restore(zip, target, Progress.NONE);
    }

    @Test
    void roundTripRestoresAnIdenticalJournal() throws Exception {
        Path source = dir.resolve("source");
        Path zip = dir.resolve("backups dir/Sicherung é.zip");
        Files.createDirectories(zip.getParent());
        String before;
        TreeMap<String, String> originalsBefore;
        try (Library library = Library.open(source)) {
            List<Photo> photos = JournalFixture.fill(library, 12, 5000, 1);
            new app.scalpjournal.journal.EntryRepository(library.database(), JournalFixture.CLOCK).delete(photos.get(11).entryId());
            before = JournalFixture.dump(library);
            originalsBefore = JournalFixture.files(library.layout().originals());
            JournalBackup.Result result = backup(library, zip);
            assertEquals(12, result.originals());
            assertTrue(result.problems().isEmpty(), result.problems().toString());
        }
        JournalRestore.Result restored = restore(zip, dir.resolve("restored"));
        assertEquals(3, restored.entries(), "four days of entries, one of them deleted (kept, still undoable)");
        assertEquals(12, restored.photos());
        try (Library library = Library.open(dir.resolve("restored"))) {
            assertEquals(before, JournalFixture.dump(library));
            assertTrue(before.contains("頭皮マッサージ") && before.contains("Fotó 3 – scalp d'été.jpg") && before.contains("rotation_deg=3.5")
                    && before.contains("leichte Rötung") && before.contains("effect=redness"));
            assertEquals(originalsBefore, JournalFixture.files(library.layout().originals()));
        }
        try (var list = Files.list(dir)) {
            assertEquals(List.of("backups dir", "restored", "source"), list.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder stays behind");
        }
    }

    @Test
    void manifestNamesVersionsAndEveryHash() throws Exception {
        Path zip = dir.resolve("b.zip");
        List<Photo> photos;
        try (Library library = Library.open(dir.resolve("j"))) {
            photos = JournalFixture.fill(library, 3, 1000, 2);
            backup(library, zip);
        }
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            var manifest = new ObjectMapper().readTree(z.getInputStream(z.getEntry("manifest.json")));
            assertEquals("Scalp Journal", manifest.get("app").asText());
            assertEquals("test", manifest.get("appVersion").asText());
            assertEquals(Migrations.latestVersion(), manifest.get("schemaVersion").asInt());
            assertEquals(3, manifest.get("originals").size());
            for (Photo p : photos) {
                String path = "originals/" + p.sha256().substring(0, 2) + "/" + p.sha256() + ".jpg";
                assertTrue(manifest.toString().contains(p.sha256()));
                assertEquals(1000, z.getEntry(path).getSize());
            }
        }
    }

    @Test
    void restoreIntoAnExistingEmptyJournalWorks() {
        Path zip = dir.resolve("b.zip");
        try (Library library = Library.open(dir.resolve("j"))) {
            JournalFixture.fill(library, 4, 2000, 3);
            backup(library, zip);
        }
        Library.open(dir.resolve("empty")).close();
        assertEquals(4, restore(zip, dir.resolve("empty")).photos());
        try (Library library = Library.open(dir.resolve("empty"))) {
            assertEquals(4, new app.scalpjournal.photo.PhotoRepository(library.database()).count());
        }
    }

    @Test
    void aJournalWithEntriesIsNeverOverwritten() {
        Path zip = dir.resolve("b.zip");
        String before;
        try (Library library = Library.open(dir.resolve("j"))) {
            JournalFixture.fill(library, 2, 500, 4);
            backup(library, zip);
            before = JournalFixture.dump(library);
        }
        LibraryException e = assertThrows(LibraryException.class, () -> restore(zip, dir.resolve("j")));
        assertTrue(e.getMessage().contains("already holds data"), e.getMessage());
        try (Library library = Library.open(dir.resolve("j"))) {
            assertEquals(before, JournalFixture.dump(library));
        }
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Library library = Library.open(dir.resolve("j"))) {
            backup(library, zip);
        }
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/letter.txt"), "mine");
        LibraryException e = assertThrows(LibraryException.class, () -> restore(zip, dir.resolve("docs")));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("docs/letter.txt")));
    }

    @Test
    void restoreIntoAJournalInUseIsRefusedClearly() {
        Path zip = dir.resolve("b.zip");
        try (Library library = Library.open(dir.resolve("j"))) {
            JournalFixture.fill(library, 1, 100, 5);
            backup(library, zip);
        }
        try (Library busy = Library.open(dir.resolve("busy"))) {
            LibraryException e = assertThrows(LibraryException.class, () -> restore(zip, dir.resolve("busy")));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    @Test
    void missingOriginalIsReportedAndTheRestStillBacksUpAndRestores() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Library library = Library.open(dir.resolve("j"))) {
            List<Photo> photos = JournalFixture.fill(library, 3, 800, 6);
            Files.delete(library.layout().original(photos.get(1).sha256(), "jpg"));
            JournalBackup.Result result = backup(library, zip);
            assertEquals(2, result.originals());
            assertEquals(1, result.problems().size());
            assertTrue(result.problems().get(0).contains("missing"), result.problems().toString());
        }
        JournalRestore.Result restored = restore(zip, dir.resolve("r"));
        assertEquals(3, restored.photos());
        assertEquals(1, restored.notes().size());
    }

    @Test
    void anExistingBackupFileIsReplacedOnlyByAVerifiedOne() throws Exception {
        Path zip = dir.resolve("b.zip");
        Files.writeString(zip, "old backup");
        try (Library library = Library.open(dir.resolve("j"))) {
            JournalFixture.fill(library, 2, 300, 7);
            backup(library, zip);
        }
        assertFalse(Files.readString(zip, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("old"));
        assertEquals(2, restore(zip, dir.resolve("r")).photos());
    }
}
