package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImportDatesTest extends ImportTestBase {
    private static final Instant MODIFIED = Instant.parse("2025-05-06T07:08:09Z");
    private final AtomicInteger n = new AtomicInteger();

    /** A distinct JPEG each call (sizes differ), with its file time set to {@link #MODIFIED}. */
    private Path photo(Exif exif) throws Exception {
        int i = n.incrementAndGet();
        Path p = TestImages.writeJpeg(in.resolve("p" + i + ".jpg"), 20 + i, 20, exif);
        Files.setLastModifiedTime(p, FileTime.from(MODIFIED));
        return p;
    }

    @Test
    void cameraDateWinsAndFilesThePhotoUnderThatDay() throws Exception {
        Photo p = imported(photo(Exif.taken("2026:03:01 23:59:58")));
        assertEquals(DateSource.EXIF, p.dateSource());
        assertEquals("2026-03-01T23:59:58", p.takenAt().iso());
        Entry entry = context.entries().find(p.entryId()).orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 1), entry.date());
    }

    @Test
    void offsetTimeOriginalIsKeptWithTheLocalTime() throws Exception {
        Photo p = imported(photo(Exif.taken("2026:03:01 08:15:00").withOffset("+05:30")));
        assertEquals("2026-03-01T08:15:00+05:30", p.takenAt().iso());
        Photo bad = imported(photo(Exif.taken("2026:03:02 08:15:00").withOffset("+99:00")));
        assertEquals("2026-03-02T08:15:00", bad.takenAt().iso(), "an impossible offset is dropped, the date kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000:00:00 00:00:00", "    :  :     :  :  ", "", "garbage", "2026:13:45 25:61:00",
            "2026:02:30 10:00:00", "1970:01:01 00:00:00", "0001:01:01 00:00:00", "2026-03-01T10:00:00"})
    void absentZeroBlankOrImpossibleCameraDatesFallBackToTheFileTime(String exifDate) throws Exception {
        Photo p = imported(photo(Exif.taken(exifDate)));
        assertEquals(DateSource.FILE, p.dateSource());
        assertEquals("2025-05-06T07:08:09Z", p.takenAt().iso());
    }

    @Test
    void noExifAtAllUsesTheFileTime() throws Exception {
        Photo p = imported(photo(Exif.NONE));
        assertEquals(DateSource.FILE, p.dateSource());
        assertEquals(LocalDate.of(2025, 5, 6), p.takenAt().date());
    }

    @Test
    void futureDateIsKeptWithAWarning() throws Exception {
        ImportResult r = importOne(photo(Exif.taken("2031:01:01 09:00:00")));
        ImportResult.Imported imported = assertInstanceOf(ImportResult.Imported.class, r);
        assertEquals(LocalDate.of(2031, 1, 1), imported.photo().takenAt().date());
        assertTrue(imported.warning().contains("2031-01-01 is in the future"), imported.warning());

        ImportResult today = importOne(photo(Exif.taken("2026:06:15 11:00:00")));
        assertNull(assertInstanceOf(ImportResult.Imported.class, today).warning());
    }

    @Test
    void oneChosenDateOverridesEveryPhotosOwn() throws Exception {
        ImportOptions options = new ImportOptions(Region.HAIRLINE, LocalDate.of(2026, 1, 5), "");
        ImportSummary s = importAll(options, photo(Exif.taken("2026:03:01 10:00:00")), photo(Exif.NONE));
        assertEquals(2, s.imported());
        for (ImportResult r : s.results()) {
            Photo p = ((ImportResult.Imported) r).photo();
            assertEquals(DateSource.MANUAL, p.dateSource());
            assertEquals("2026-01-05T00:00:00", p.takenAt().iso());
            assertEquals(Region.HAIRLINE, p.region());
        }
    }

    @Test
    void noUsableDateAtAllAsksForOne() throws Exception {
        Path p = photo(Exif.NONE);
        Files.setLastModifiedTime(p, FileTime.fromMillis(0));
        assertTrue(rejected(p).startsWith("has no usable date"), rejected(p));
        ImportSummary withDate = importAll(new ImportOptions(Region.BACK, LocalDate.of(2026, 2, 2), ""), p);
        assertEquals(1, withDate.imported());
    }

    @Test
    void importNoteIsAddedOncePerDayEvenWhenRepeated() throws Exception {
        ImportOptions options = new ImportOptions(Region.CROWN, null, "after wash, ring light");
        importAll(options, photo(Exif.taken("2026:03:01 10:00:00")), photo(Exif.taken("2026:03:01 10:01:00")),
                photo(Exif.taken("2026:03:02 10:00:00")));
        assertEquals("after wash, ring light", context.entries().findByDate(LocalDate.of(2026, 3, 1)).orElseThrow().note());
        assertEquals("after wash, ring light", context.entries().findByDate(LocalDate.of(2026, 3, 2)).orElseThrow().note());

        Entry day = context.entries().findByDate(LocalDate.of(2026, 3, 1)).orElseThrow();
        context.entries().updateNote(day.id(), "my own words");
        importAll(options, photo(Exif.taken("2026:03:01 11:00:00")));
        importAll(options, photo(Exif.taken("2026:03:01 12:00:00")));
        assertEquals("my own words\n\nafter wash, ring light", context.entries().find(day.id()).orElseThrow().note());
    }
}
