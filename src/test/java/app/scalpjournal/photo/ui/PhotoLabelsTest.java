package app.scalpjournal.photo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import app.scalpjournal.text.DateFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PhotoLabelsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDayGivenByHandReadsAsTheDayAlone() {
        assertEquals(DateFormats.day(DAY), PhotoLabels.taken(photo(DAY.atStartOfDay(), DateSource.MANUAL)));
    }

    @Test
    void aTimeGivenByHandIsShown() {
        LocalDateTime when = DAY.atTime(14, 5);
        assertEquals(DateFormats.dateTime(when), PhotoLabels.taken(photo(when, DateSource.MANUAL)));
    }

    @Test
    void aCameraMidnightIsATime() {
        LocalDateTime when = DAY.atStartOfDay();
        assertEquals(DateFormats.dateTime(when), PhotoLabels.taken(photo(when, DateSource.EXIF)));
    }

    private static Photo photo(LocalDateTime when, DateSource source) {
        return new Photo(1, 1, "ab", "jpg", "a.jpg", 10, TakenAt.of(when), source, 400, 300, 1, Region.CROWN,
                Instant.parse("2026-11-30T10:00:00Z"));
    }
}
