package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DateFormatsTest {
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void followsTheUsersLocale() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertEquals("29 Nov 2026", DateFormats.day(day));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Nov 29, 2026", DateFormats.day(day));
        assertEquals(day, LocalDate.parse(DateFormats.day(day), DateFormats.dayFormatter()));
    }
}
