package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayCountTest {
    private final LocalDate start = LocalDate.of(2026, 1, 10);

    @Test
    void startDateIsDayOneAndCountsCalendarDays() {
        assertEquals(1, DayCount.number(start, start));
        assertEquals(2, DayCount.number(start, start.plusDays(1)));
        assertEquals(85, DayCount.number(start, start.plusDays(84)));
        assertEquals("day 85", DayCount.label(start, start.plusDays(84)));
    }

    @Test
    void countsAcrossLeapDayAndYearEnd() {
        assertEquals(366, DayCount.number(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 30)));
        assertEquals(3, DayCount.number(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)));
    }

    @Test
    void dateBeforeTheStartHasNoDayNumber() {
        assertEquals("1 day before day 1", DayCount.label(start, start.minusDays(1)));
        assertEquals("5 days before day 1", DayCount.label(start, start.minusDays(5)));
    }

    @Test
    void dayOneIsTheChosenDateElseTheFirstPhotoAndSurvivesReopening(@TempDir Path dir) {
        LocalDate firstPhoto = LocalDate.of(2026, 2, 1);
        try (Library library = Library.open(dir)) {
            DayCount days = new DayCount(new Settings(library.database()));
            assertEquals(firstPhoto, days.dayOne(Region.CROWN, firstPhoto));
            days.choose(Region.CROWN, start);
        }
        try (Library library = Library.open(dir)) {
            DayCount days = new DayCount(new Settings(library.database()));
            assertEquals(Optional.of(start), days.chosenStart(Region.CROWN));
            assertEquals(start, days.dayOne(Region.CROWN, firstPhoto));
            assertEquals(firstPhoto, days.dayOne(Region.BACK, firstPhoto), "each region has its own day 1");
            days.choose(Region.CROWN, null);
            assertEquals(firstPhoto, days.dayOne(Region.CROWN, firstPhoto));
        }
    }
}
