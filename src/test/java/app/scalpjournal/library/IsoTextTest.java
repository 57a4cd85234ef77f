package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Stored dates and times read without a formatter give exactly what the JDK's ISO parsers give, and refuse what they refuse. */
class IsoTextTest {
    @Test
    void readsWhatTheIsoParsersRead() {
        for (String d : new String[] {"2026-03-01", "1970-01-01", "2024-02-29", "0999-12-31", "+12026-03-01"}) {
            assertEquals(LocalDate.parse(d), IsoText.date(d), d);
        }
        for (String i : new String[] {"2026-11-29T22:58:18.876348176Z", "2026-11-29T22:58:18Z", "2026-11-29T22:58:18.5Z",
                "2026-11-29T22:58:18.123Z", "1969-12-31T23:59:59.999999999Z", "2026-11-29T22:58:18+01:00"}) {
            assertEquals(Instant.parse(i), IsoText.instant(i), i);
        }
        assertEquals(LocalDateTime.parse("2026-03-01T10:20:30"), IsoText.plainDateTime("2026-03-01T10:20:30"));
        assertEquals(LocalDateTime.parse("2026-03-01T10:20"), IsoText.plainDateTime("2026-03-01T10:20"));
        assertNull(IsoText.plainDateTime("2026-03-01T10:20:30+01:00"));
        assertNull(IsoText.plainDateTime("2026-03-01T10:20:30.5"));
    }

    @Test
    void refusesWhatTheIsoParsersRefuse() {
        for (String bad : new String[] {"2026-02-30", "2026-13-01", "2026-3-01", "2026-03-01x", ""}) {
            assertThrows(DateTimeException.class, () -> IsoText.date(bad), bad);
        }
        for (String bad : new String[] {"2026-11-29T24:58:18Z", "2026-11-29T22:58:18.1234567890Z", "2026-11-29 22:58:18Z"}) {
            assertThrows(DateTimeException.class, () -> IsoText.instant(bad), bad);
        }
        assertThrows(DateTimeException.class, () -> IsoText.plainDateTime("2026-02-30T10:20:30"));
    }
}
