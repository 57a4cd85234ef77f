package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DateSpreadTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    private static List<LocalDate> days(int... offsets) {
        return IntStream.of(offsets).mapToObj(D::plusDays).toList();
    }

    @Test
    void twoIsFirstAndLatest() {
        assertEquals(days(0, 90), DateSpread.pick(days(0, 10, 20, 50, 90), 2));
    }

    @Test
    void oneIsTheLatest() {
        assertEquals(days(90), DateSpread.pick(days(0, 10, 90), 1));
    }

    @Test
    void fewerDatesThanAskedGivesThemAll() {
        assertEquals(days(0, 7), DateSpread.pick(days(0, 7), 4));
    }

    @Test
    void middleDatesAreSpreadInTimeNotByPosition() {
        // a burst of weekly photos early on, then monthly: by position the picks would all be in January
        List<LocalDate> dates = days(0, 7, 14, 21, 28, 35, 60, 90, 120, 150, 180);
        assertEquals(days(0, 60, 120, 180), DateSpread.pick(dates, 4));
        assertEquals(days(0, 90, 180), DateSpread.pick(dates, 3));
    }

    @Test
    void neverPicksTheSameDateTwice() {
        List<LocalDate> dates = days(0, 1, 2, 100);
        List<LocalDate> picked = DateSpread.pick(dates, 3);
        assertEquals(3, picked.stream().distinct().count());
        assertEquals(days(0, 2, 100), picked);
    }
}
