package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each kind of bad input ends as an import or a one-line reason, and the rest of the batch carries on. */
class ImportBadInputTest extends ImportTestBase {
    private Path file(String name, byte[] bytes) {
        return TestImages.write(in.resolve(name), bytes);
    }

    @Test
    void emptyTextAndHtmlFilesAreNotImages() throws Exception {
        assertEquals("empty file (0 bytes)", rejected(file("empty.jpg", new byte[0])));
        assertTrue(rejected(file("notes.jpg", "just some text\n".getBytes())).startsWith("not an image"));
        assertTrue(rejected(file("page.png", "<!DOCTYPE html><html><body>404</body></html>".getBytes())).startsWith("not an image"));
    }

    @Test
    void truncatedJpegImportsWithAWarningAndTruncatedPngIsRejected() throws Exception {
        byte[] jpeg = TestImages.jpeg(640, 480, Exif.taken("2026:01:01 10:00:00"));
        ImportResult cut = importOne(file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, cut);
        assertNotNull(imported.warning());
        assertTrue(imported.warning().contains("incomplete or damaged"), imported.warning());

        byte[] png = TestImages.encode(TestImages.quadrants(300, 200), "png");
        String reason = rejected(file("cut.png", Arrays.copyOf(png, png.length / 2)));
        assertTrue(reason.startsWith("damaged image data"), reason);
        assertFalse(reason.contains("\n"));
    }

    @Test
    void corruptJpegDataNeverEscapesAsAnException() throws Exception {
        byte[] jpeg = TestImages.jpeg(320, 240, Exif.NONE);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            byte[] bad = jpeg.clone();
            for (int i = 0; i < 30; i++) {
                bad[200 + random.nextInt(bad.length - 200)] = (byte) random.nextInt();
            }
            ImportResult r = importOne(file("corrupt" + round + ".jpg", bad));
            if (r instanceof ImportResult.Rejected rejected) {
                assertFalse(rejected.reason().isBlank());
                assertFalse(rejected.reason().contains("\n"), rejected.reason());
            } else {
                assertInstanceOf(ImportResult.Imported.class, r);
            }
        }
        assertTrue(rejected(file("header-only.jpg", Arrays.copyOf(jpeg, 20))).length() > 0);
    }

    @Test
    void decompressionBombsAreRefusedBeforeDecoding() throws Exception {
        String jpeg = rejected(file("bomb.jpg", TestImages.jpegDeclaring(25000, 25000)));
        assertEquals("declares 25000x25000 pixels, more than the 100 megapixel limit", jpeg);
        String png = rejected(file("bomb.png", TestImages.pngDeclaring(20000, 20000)));
        assertEquals("declares 20000x20000 pixels, more than the 100 megapixel limit", png);
        String absurd = rejected(file("huge.png", TestImages.pngDeclaring(Integer.MAX_VALUE, 1)));
        assertTrue(absurd.startsWith("damaged image header") || absurd.startsWith("declares"), absurd);
        assertTrue(isEmptyOriginals(), "nothing stored for refused files");
    }

    @Test
    void symlinksInsideAFolderAreNotFollowedButANamedLinkIs() throws Exception {
        Path outside = TestImages.writeJpeg(dir.resolve("outside/secret.jpg"), 20, 20, Exif.NONE);
        Path folder = in.resolve("chosen");
        TestImages.writeJpeg(folder.resolve("own.jpg"), 30, 20, Exif.NONE);
        Files.createSymbolicLink(folder.resolve("link.jpg"), outside);
        Files.createSymbolicLink(folder.resolve("linked-folder"), outside.getParent());
        Files.createSymbolicLink(folder.resolve("loop"), folder);

        ImportSummary summary = importAll(ImportOptions.ownDates(Region.BACK), folder);
        assertEquals(1, summary.imported());
        assertEquals(3, summary.rejected());
        summary.results().stream().filter(r -> r instanceof ImportResult.Rejected)
                .forEach(r -> assertTrue(((ImportResult.Rejected) r).reason().startsWith("symbolic link inside a folder"), r.toString()));

        ImportSummary named = importAll(ImportOptions.ownDates(Region.BACK), folder.resolve("link.jpg"));
        assertEquals(1, named.imported(), named.toString());
    }

    @Test
    void fifoIsReportedWithoutBeingOpened() throws Exception {
        Path fifo = in.resolve("pipe.jpg");
        Files.createDirectories(in);
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo is available");
        TestImages.writeJpeg(in.resolve("real.jpg"), 20, 20, Exif.NONE);
        ImportSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> importAll(ImportOptions.ownDates(Region.TOP), in));
        assertEquals(1, summary.imported());
        ImportResult.Rejected r = assertInstanceOf(ImportResult.Rejected.class, summary.results().get(0));
        assertEquals(fifo, r.source());
        assertTrue(r.reason().startsWith("not a regular file"), r.reason());
        // Named explicitly it is refused the same way.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertTrue(rejected(fifo).startsWith("not a regular file")));
    }

    @Test
    void unreadableFileIsRejected() throws Exception {
        Path locked = TestImages.writeJpeg(in.resolve("locked.jpg"), 20, 20, Exif.NONE);
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked), "file permissions apply (not root)");
        assertEquals("cannot be read (permission denied)", rejected(locked));
    }

    @Test
    void theJournalFolderIsNeverImportedFrom() throws Exception {
        TestImages.writeJpeg(in.resolve("a.jpg"), 20, 20, Exif.NONE);
        Photo photo = imported(in.resolve("a.jpg"));
        Path cached = context.previews().thumbnail(photo);
        // A folder holding the journal: the journal's originals and thumbnails are not photos to import,
        // but a folder the user keeps inside the journal folder is.
        TestImages.writeJpeg(dir.resolve("journal/my photos/b.jpg"), 30, 20, Exif.NONE);
        ImportSummary all = importAll(ImportOptions.ownDates(Region.TOP), dir);
        assertEquals("1 imported, 1 duplicate, 0 rejected", all.line());
        assertEquals("is part of the journal itself, not imported", rejected(cached));
    }

    @Test
    void missingPathIsNamed() {
        assertEquals("no such file or folder", rejected(in.resolve("nope.jpg")));
    }

    @Test
    void oddNamesAreStoredAsTheyAre() throws Exception {
        String longName = "é".repeat(60) + "x".repeat(126) + ".jpg"; // 120 + 126 + 4 = 250 bytes in UTF-8
        assertEquals(250, longName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        List<String> names = List.of("with space.jpg", "quote's \"double\".jpg", "shell $(rm -rf x); `ls` & | > <.jpg",
                "crâne ñ 頭皮.jpg", "-starts-with-dash.jpg", longName);
        int n = 0;
        for (String name : names) {
            Path p = TestImages.writeJpeg(in.resolve(name), 20 + n++, 20, Exif.NONE);
            assertEquals(name, imported(p).originalName());
        }
        assertEquals(names.size(), context.photos().count());
    }

    @Test
    void duplicatesInOneBatchAndAcrossBatchesPointAtTheStoredPhoto() throws Exception {
        byte[] jpeg = TestImages.jpeg(50, 40, Exif.taken("2026:02:03 04:05:06"));
        Path first = file("a/first.jpg", jpeg);
        file("b/second.jpg", jpeg);
        ImportSummary summary = importAll(ImportOptions.ownDates(Region.CROWN), in);
        assertEquals(1, summary.imported());
        ImportResult.Duplicate dup = assertInstanceOf(ImportResult.Duplicate.class, summary.results().get(1));
        assertEquals("first.jpg", dup.existing().originalName());
        assertEquals(first, ((ImportResult.Imported) summary.results().get(0)).source());

        ImportResult again = importOne(first);
        assertEquals(dup.existing().id(), assertInstanceOf(ImportResult.Duplicate.class, again).existing().id());
        assertEquals(1, context.photos().count());
    }

    @Test
    void badFilesDoNotStopTheRest() throws Exception {
        file("1.jpg", new byte[0]);
        file("2.jpg", TestImages.jpeg(30, 30, Exif.NONE));
        file("3.jpg", "<html/>".getBytes());
        file("4.png", TestImages.encode(TestImages.quadrants(10, 10), "png"));
        AtomicInteger calls = new AtomicInteger();
        ImportSummary s = context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.OTHER),
                new ImportListener() {
                    @Override
                    public void fileDone(ImportResult result, int done, int total) {
                        assertEquals(calls.incrementAndGet(), done);
                        assertEquals(4, total);
                    }
                }, () -> false);
        assertEquals("2 imported, 0 duplicates, 2 rejected", s.line());
        assertEquals(4, calls.get());
    }

    @Test
    void cancellingStopsStartingNewFiles() {
        for (int i = 0; i < 8; i++) {
            TestImages.writeJpeg(in.resolve(i + ".jpg"), 40 + i, 30, Exif.NONE);
        }
        AtomicInteger done = new AtomicInteger();
        ImportSummary s = context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.OTHER),
                new ImportListener() {
                    @Override
                    public void fileDone(ImportResult result, int n, int total) {
                        done.set(n);
                    }
                }, () -> done.get() >= 2);
        assertTrue(s.cancelled());
        assertTrue(s.results().size() < 8 && s.results().size() >= 2, s.line());
        assertEquals(s.results().size(), context.photos().count());
    }

    private boolean isEmptyOriginals() throws Exception {
        try (var walk = Files.walk(context.library().layout().originals())) {
            return walk.noneMatch(Files::isRegularFile);
        }
    }
}
