package app.scalpjournal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private final LocalDate start = LocalDate.of(2026, 1, 10);

    @Test
    void intervalIsOrderFreeAndSpelledOut() {
        assertEquals("same day", Dates.interval(start, start));
        assertEquals("1 day apart", Dates.interval(start, start.plusDays(1)));
        assertEquals("13 days apart", Dates.interval(start.plusDays(13), start));
        assertEquals("84 days apart (2 months 25 days)", Dates.interval(start, start.plusDays(84)));
        assertEquals("365 days apart (1 year)", Dates.interval(LocalDate.of(2025, 1, 10), start));
    }
}
