package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.Reminder;
import app.scalpjournal.library.Library;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureAndCadenceTest {
    @TempDir
    Path dir;

    private Library library;
    private EntryRepository entries;
    private PhotoRepository photos;
    private CaptureRepository captures;
    private PhotoCadenceRepository cadences;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        entries = new EntryRepository(library.database(), Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC));
        photos = new PhotoRepository(library.database());
        captures = new CaptureRepository(library.database());
        cadences = new PhotoCadenceRepository(library.database());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Photo photo(String date, Region region, String sha) {
        long entry = entries.findOrCreate(LocalDate.parse(date)).id();
        return photos.insert(new Photo(0, entry, sha.repeat(64 / sha.length()), "jpg", "p.jpg", 10,
                TakenAt.of(LocalDateTime.parse(date + "T09:00:00")), DateSource.EXIF, 10, 10, 1, region, Instant.EPOCH));
    }

    @Test
    void conditionsAreStoredPerPhotoForABatchAndClearedWhenAllUnknown() {
        Photo a = photo("2026-03-01", Region.CROWN, "a");
        Photo b = photo("2026-03-01", Region.TOP, "b");
        CaptureConditions batch = new CaptureConditions(true, CaptureConditions.HairState.DRY, false,
                CaptureConditions.Lighting.DAYLIGHT, "Pixel 7", "30 cm", "by the window");
        captures.put(List.of(a.id(), b.id()), batch);
        assertEquals(Map.of(a.id(), batch, b.id(), batch), captures.of(List.of(a.id(), b.id())));
        assertEquals("washed that day · dry · no product · daylight · Pixel 7 · 30 cm · by the window", batch.summary());

        CaptureConditions edited = new CaptureConditions(null, CaptureConditions.HairState.WET, true, null, "", "", "");
        captures.put(List.of(b.id()), edited);
        assertEquals(edited, captures.get(b.id()));
        captures.put(List.of(a.id()), CaptureConditions.UNKNOWN);
        assertTrue(captures.get(a.id()).isUnknown());
        assertEquals(Map.of(b.id(), edited), captures.of(List.of(a.id(), b.id())));
    }

    @Test
    void theLastBatchChoiceIsRemembered() {
        assertTrue(captures.lastUsed().isUnknown());
        CaptureConditions choice = new CaptureConditions(false, null, true, CaptureConditions.Lighting.FLASH, "phone\twith tab", "", "line\nbreak");
        captures.rememberLastUsed(choice);
        CaptureConditions back = captures.lastUsed();
        assertEquals(Boolean.FALSE, back.washed());
        assertEquals(CaptureConditions.Lighting.FLASH, back.lighting());
        assertEquals("phone with tab", back.camera());
        assertEquals("line break", back.note());
    }

    @Test
    void regionsAreDueByTheirCadenceFromTheNewestPhoto() {
        photo("2026-02-01", Region.CROWN, "c");
        photo("2026-02-20", Region.CROWN, "d");
        cadences.set(Region.CROWN, 14);
        cadences.set(Region.HAIRLINE, 30);
        cadences.set(Region.BACK, 7);
        cadences.set(Region.BACK, null);
        assertEquals(Map.of(Region.CROWN, 14, Region.HAIRLINE, 30), cadences.all());
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<Reminder> upcoming = cadences.upcoming(today);
        assertEquals(2, upcoming.size());
        Reminder hairline = upcoming.get(0);
        assertEquals("Hairline / front photo (every 30 days): none yet; due today", hairline.text(today));
        assertTrue(hairline.dueOn(today));
        Reminder crown = upcoming.get(1);
        assertEquals(LocalDate.of(2026, 3, 6), crown.next());
        assertFalse(crown.dueOn(today));
    }
}
