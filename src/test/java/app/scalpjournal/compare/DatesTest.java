package app.scalpjournal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private final LocalDate start = LocalDate.of(2026, 1, 10);

    @Test
    void startDateIsDayOneAndCountsCalendarDays() {
        assertEquals(1, Dates.dayNumber(start, start));
        assertEquals(2, Dates.dayNumber(start, start.plusDays(1)));
        assertEquals(85, Dates.dayNumber(start, start.plusDays(84)));
        assertEquals("day 85", Dates.dayLabel(start, start.plusDays(84)));
    }

    @Test
    void countsAcrossLeapDayAndYearEnd() {
        assertEquals(366, Dates.dayNumber(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 30)));
        assertEquals(3, Dates.dayNumber(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)));
    }

    @Test
    void dateBeforeTheStartHasNoDayNumber() {
        assertEquals("1 day before day 1", Dates.dayLabel(start, start.minusDays(1)));
        assertEquals("5 days before day 1", Dates.dayLabel(start, start.minusDays(5)));
    }

    @Test
    void intervalIsOrderFreeAndSpelledOut() {
        assertEquals("same day", Dates.interval(start, start));
        assertEquals("1 day apart", Dates.interval(start, start.plusDays(1)));
        assertEquals("13 days apart", Dates.interval(start.plusDays(13), start));
        assertEquals("84 days apart (2 months 25 days)", Dates.interval(start, start.plusDays(84)));
        assertEquals("365 days apart (1 year)", Dates.interval(LocalDate.of(2025, 1, 10), start));
    }
}
