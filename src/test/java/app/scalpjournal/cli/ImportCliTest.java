package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCliTest {
    @TempDir
    Path dir;

    private Path lib() {
        return dir.resolve("journal");
    }

    @Test
    void importsFolderReportsRejectsAndDuplicatesThenListsAsJson() throws Exception {
        Path in = dir.resolve("in");
        TestImages.writeJpeg(in.resolve("IMG 1 \"quoted\" $(x).jpg"), 640, 480, Exif.taken("2026:03:01 10:20:30").withOffset("+01:00"));
        TestImages.writeJpeg(in.resolve("sub/crâne.jpg"), 480, 640, Exif.taken("2026:03:02 08:00:00").withOrientation(6));
        Files.copy(in.resolve("IMG 1 \"quoted\" $(x).jpg"), in.resolve("sub/copy.jpg"));
        Files.writeString(in.resolve("page.jpg"), "<html><body>not a photo</body></html>");

        CliRun run = CliRun.run(lib(), "import", "--region", "crown", "--note", "after washing", in.toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "2026-03-01  crown  640x480  date from exif  " + in.resolve("IMG 1 \"quoted\" $(x).jpg"),
                "2026-03-02  crown  640x480  date from exif  " + in.resolve("sub/crâne.jpg"),
                "2 imported, 1 duplicate, 1 rejected"), run.outLines());
        assertEquals(List.of(
                in.resolve("page.jpg") + ": not an image (unrecognised content; JPEG, PNG, GIF, BMP, TIFF, WebP and HEIC are supported)",
                in.resolve("sub/copy.jpg") + ": duplicate of IMG 1 \"quoted\" $(x).jpg from 2026-03-01"), run.errLines());

        CliRun list = CliRun.run(lib(), "list", "--json");
        assertEquals(0, list.exit(), list.err());
        JsonNode entries = new ObjectMapper().readTree(list.out()).get("entries");
        assertEquals(2, entries.size());
        JsonNode newest = entries.get(0);
        assertEquals("2026-03-02", newest.get("date").asText());
        assertEquals("after washing", newest.get("note").asText());
        JsonNode photo = newest.get("photos").get(0);
        assertEquals("crâne.jpg", photo.get("original_name").asText());
        assertEquals(640, photo.get("width").asInt(), "stored 480x640, orientation 6 turns it a quarter");
        assertEquals(480, photo.get("height").asInt());
        assertEquals(6, photo.get("orientation").asInt());
        assertEquals("exif", photo.get("date_source").asText());
        assertEquals("crown", photo.get("region").asText());
        assertEquals("2026-03-02T08:00:00", photo.get("taken_at").asText());
        assertEquals(64, photo.get("sha256").asText().length());
        assertEquals("2026-03-01T10:20:30+01:00", entries.get(1).get("photos").get(0).get("taken_at").asText());

        CliRun text = CliRun.run(lib(), "list");
        assertTrue(text.out().contains("2026-03-02  (1 photo)"), text.out());
        assertTrue(text.out().contains("note: after washing"), text.out());
    }

    @Test
    void cleanImportExitsZeroAndRepeatingItOnlyReportsDuplicates() {
        Path photo = TestImages.writeJpeg(dir.resolve("a.jpg"), 64, 48, Exif.taken("2025:12:24 09:00:00"));
        CliRun first = CliRun.run(lib(), "import", "--region", "left-temple", photo.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("1 imported, 0 duplicates, 0 rejected", first.outLines().get(1));

        CliRun again = CliRun.run(lib(), "import", photo.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of("0 imported, 1 duplicate, 0 rejected"), again.outLines());
        assertEquals(List.of(photo + ": duplicate of a.jpg from 2025-12-24"), again.errLines());
    }

    @Test
    void dateOptionFilesEveryPhotoUnderThatDayAsManual() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("a.jpg"), 64, 48, Exif.taken("2025:12:24 09:00:00"));
        CliRun run = CliRun.run(lib(), "import", "--date", "2026-01-05", photo.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode entry = new ObjectMapper().readTree(CliRun.run(lib(), "list", "--json").out()).get("entries").get(0);
        assertEquals("2026-01-05", entry.get("date").asText());
        assertEquals("manual", entry.get("photos").get(0).get("date_source").asText());
        assertEquals("other", entry.get("photos").get(0).get("region").asText());
    }

    @Test
    void badRegionDateOrMissingPathIsAUsageError() {
        Path photo = TestImages.writeJpeg(dir.resolve("a.jpg"), 64, 48, Exif.NONE);
        CliRun region = CliRun.run(lib(), "import", "--region", "nape", photo.toString());
        assertEquals(2, region.exit());
        assertTrue(region.err().contains("unknown region 'nape'"), region.err());
        CliRun date = CliRun.run(lib(), "import", "--date", "2026-02-30", photo.toString());
        assertEquals(2, date.exit());
        assertTrue(date.err().contains("not a date"), date.err());
        assertEquals(2, CliRun.run(lib(), "import").exit());
        assertTrue(CliRun.run(lib(), "list", "--json").out().contains("\"entries\" : [ ]"));
    }

    @Test
    void checkFindsChangedMissingAndStrayFiles() throws Exception {
        TestImages.writeJpeg(dir.resolve("in/a.jpg"), 64, 48, Exif.taken("2026:01:01 10:00:00"));
        TestImages.writeJpeg(dir.resolve("in/b.jpg"), 48, 64, Exif.taken("2026:01:02 10:00:00"));
        assertEquals(0, CliRun.run(lib(), "import", dir.resolve("in").toString()).exit());
        CliRun clean = CliRun.run(lib(), "check");
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(clean.out().startsWith("OK"), clean.out());

        List<Path> originals;
        try (var walk = Files.walk(lib().resolve("originals"))) {
            originals = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(2, originals.size());
        Path changed = originals.get(0);
        changed.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(changed);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(changed, bytes);
        Files.delete(originals.get(1));
        Files.writeString(lib().resolve("notes.txt"), "stray");
        Path orphan = lib().resolve("originals/cc/" + "c".repeat(64) + ".jpg");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "orphan");
        Files.writeString(lib().resolve("originals/.tmp-1234"), "half a copy");

        CliRun check = CliRun.run(lib(), "check");
        assertEquals(1, check.exit());
        String err = check.err();
        assertTrue(err.contains(lib().relativize(changed) + ": original of photo"), err);
        assertTrue(err.contains("has changed since import"), err);
        assertTrue(err.contains(lib().relativize(originals.get(1)) + ": original of photo"), err);
        assertTrue(err.contains("is missing"), err);
        assertTrue(err.contains("notes.txt: stray file in the journal folder"), err);
        assertTrue(err.contains("originals/cc/" + "c".repeat(64) + ".jpg: original with no photo in the journal"), err);
        assertTrue(err.contains("originals/.tmp-1234: temporary file left by an interrupted import"), err);
        assertEquals("5 problems found", check.out().strip());
    }
}
