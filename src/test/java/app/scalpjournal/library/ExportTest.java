package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.Photo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;

    @Test
    void exportsPhotosWithReadableNamesJsonAndCsv() throws Exception {
        Path out = dir.resolve("export");
        List<Photo> photos;
        try (Library library = Library.open(dir.resolve("j"))) {
            photos = JournalFixture.fill(library, 7, 1200, 41);
            new EntryRepository(library.database(), JournalFixture.CLOCK).delete(photos.get(6).entryId());
            JournalExport.Result result = new JournalExport(library, "test", JournalFixture.CLOCK).write(out, Progress.NONE);
            assertEquals(2, result.rows().get("entries"), "the deleted entry is left out");
            assertEquals(6, result.rows().get("photos"));
            assertEquals(2, result.rows().get("log_items"));
            assertTrue(result.problems().isEmpty());
            Photo first = photos.get(0);
            Path exported = out.resolve("photos/2025-01-01_" + first.region().id() + "_1.jpg");
            assertArrayEquals(Files.readAllBytes(library.layout().original(first.sha256(), "jpg")), Files.readAllBytes(exported));
        }
        try (var list = Files.list(out.resolve("photos"))) {
            assertEquals(6, list.count());
        }

        JsonNode json = new ObjectMapper().readTree(out.resolve("journal.json").toFile());
        assertEquals("scalp-journal-export", json.get("format").asText());
        assertEquals(2, json.get("entries").size());
        assertTrue(json.get("entries").get(0).get("note").asText().contains("頭皮マッサージ"));
        JsonNode photo = null;
        for (JsonNode p : json.get("photos")) {
            photo = p.get("sha256").asText().equals(photos.get(0).sha256()) ? p : photo;
        }
        assertEquals("photos/2025-01-01_" + photos.get(0).region().id() + "_1.jpg", photo.get("file").asText());
        assertEquals("Fotó 0 – scalp d'été.jpg", photo.get("original_name").asText());
        assertEquals("redness", json.get("log_items").get(0).get("side_effects").asText());
        assertEquals(0.5, json.get("log_items").get(0).get("needle_mm").asDouble());
        assertEquals(1.25, json.get("alignments").get(0).get("scale").asDouble());

        String entries = Files.readString(out.resolve("entries.csv"), StandardCharsets.UTF_8);
        assertTrue(entries.startsWith("\uFEFFid,date,note,created_at,updated_at\r\n"), entries);
        assertTrue(entries.contains("\"Tag 0: Kopfhaut gewaschen, crème légère, 頭皮マッサージ 5 min 🙂\nsecond line \"\"quoted\"\", comma\""), entries);
        assertTrue(Files.readString(out.resolve("photos.csv")).lines().skip(1).allMatch(l -> l.startsWith("photos/2025-01-0")));
        assertTrue(Files.readString(out.resolve("routines.csv")).startsWith("\uFEFFid,kind,name"), "header even without rows");
        try (var list = Files.list(dir)) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().contains(".export-")), "no temporary folder left");
        }
    }

    @Test
    void refusesAFolderWithFilesOrInsideTheJournal() throws Exception {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/mine.txt"), "mine");
        try (Library library = Library.open(dir.resolve("j"))) {
            JournalExport export = new JournalExport(library, "test", JournalFixture.CLOCK);
            LibraryException e = assertThrows(LibraryException.class, () -> export.write(dir.resolve("full"), Progress.NONE));
            assertTrue(e.getMessage().contains("not an empty folder"), e.getMessage());
            e = assertThrows(LibraryException.class, () -> export.write(dir.resolve("j/export"), Progress.NONE));
            assertTrue(e.getMessage().contains("outside the journal"), e.getMessage());
        }
        assertEquals("mine", Files.readString(dir.resolve("full/mine.txt")));
    }
}
