package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inbox set | show | import} end to end on a temp journal and a temp phone folder. */
class InboxCliTest {
    @TempDir
    Path dir;

    private Path lib() {
        return dir.resolve("journal");
    }

    private Path synced(Path file, String date) {
        TestImages.writeJpeg(file, 64, 48, Exif.taken(date));
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void withoutAnInboxShowAndImportSaySoAndSetRefusesWhatIsNoFolder() {
        CliRun show = CliRun.run(lib(), "inbox", "show");
        assertEquals(1, show.exit());
        assertEquals(List.of("No inbox folder is set; name one with: inbox set DIR"), show.errLines());
        assertEquals(1, CliRun.run(lib(), "inbox", "import").exit());

        CliRun bad = CliRun.run(lib(), "inbox", "set", dir.resolve("missing").toString());
        assertEquals(1, bad.exit());
        assertEquals(List.of("inbox set: not a folder: " + dir.resolve("missing")), bad.errLines());
        assertEquals(2, CliRun.run(lib(), "inbox", "import", "--region", "nose").exit());
    }

    @Test
    void importsNewPhotosOnceSkipsKnownOnesSilentlyAndLeavesTheInboxAlone() throws Exception {
        Path phone = Files.createDirectories(dir.resolve("Phone"));
        Path known = synced(dir.resolve("old/IMG_0001.JPG"), "2026:03:01 10:00:00");
        assertEquals(0, CliRun.run(lib(), "import", known.toString()).exit());
        Files.copy(known, phone.resolve("IMG_0001.JPG"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Path a = synced(phone.resolve("IMG_0002.JPG"), "2026:03:02 10:00:00");
        Path b = synced(phone.resolve("March/IMG_0003.JPG"), "2026:03:03 10:00:00");
        Path fresh = TestImages.writeJpeg(phone.resolve("IMG_0004.JPG"), 64, 48, Exif.taken("2026:03:04 10:00:00"));

        java.util.Map<Path, String> before = contents(phone);
        CliRun set = CliRun.run(lib(), "inbox", "set", phone.toString());
        assertEquals(0, set.exit(), set.err());
        assertEquals(List.of("Inbox folder: " + phone), set.outLines());

        CliRun show = CliRun.run(lib(), "inbox", "show");
        assertEquals(0, show.exit(), show.err());
        assertEquals(List.of("Inbox folder: " + phone, "2 new photos waiting", "1 file is still being written"),
                show.outLines());

        CliRun run = CliRun.run(lib(), "inbox", "import", "--region", "crown");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "2026-03-02  crown  64x48  date from exif  " + a,
                "2026-03-03  crown  64x48  date from exif  " + b,
                "2026-03-04  crown  64x48  date from exif  " + fresh,
                "3 imported, 0 duplicates, 0 rejected"), run.outLines());
        assertEquals("", run.err(), "the photo already in the journal is skipped without a word");

        CliRun again = CliRun.run(lib(), "inbox", "import", "--region", "crown");
        assertEquals(List.of("0 imported, 0 duplicates, 0 rejected"), again.outLines());
        assertEquals(0, again.exit());
        assertEquals(before, contents(phone), "nothing in the inbox is moved, changed or deleted");
    }

    private static java.util.Map<Path, String> contents(Path folder) throws java.io.IOException {
        java.util.Map<Path, String> out = new java.util.TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p) + " " + app.scalpjournal.photo.OriginalStore.sha256Of(p));
            }
        }
        return out;
    }
}
