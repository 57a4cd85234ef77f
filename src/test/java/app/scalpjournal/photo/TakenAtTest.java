package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Stored times read and written without a formatter in the common shapes, exactly as ISO parsing and printing do. */
class TakenAtTest {
    @Test
    void plainTimesReadAndPrintAsIsoDoes() {
        assertEquals(TakenAt.of(LocalDateTime.of(2026, 3, 1, 10, 20, 30)), TakenAt.parse("2026-03-01T10:20:30"));
        assertEquals(TakenAt.of(LocalDateTime.of(2026, 3, 1, 10, 20)), TakenAt.parse("2026-03-01T10:20"));
        assertEquals("2026-03-01T10:20:00", TakenAt.parse("2026-03-01T10:20").iso());
        assertEquals("0999-01-02T03:04:05", TakenAt.of(LocalDateTime.of(999, 1, 2, 3, 4, 5)).iso());
        for (String iso : new String[] {"2026-12-31T23:59:59", "1970-01-01T00:00:00", "2026-03-01T10:20:30+01:00", "2026-03-01T10:20:30Z"}) {
            TakenAt t = TakenAt.parse(iso);
            String expected = t.offset() == null ? t.local().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    : java.time.OffsetDateTime.of(t.local(), t.offset()).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertEquals(expected, t.iso(), iso);
        }
        assertEquals(ZoneOffset.ofHours(1), TakenAt.parse("2026-03-01T10:20:30+01:00").offset());
    }

    @Test
    void impossibleTimesAreRefused() {
        assertThrows(DateTimeException.class, () -> TakenAt.parse("2026-02-30T10:20:30"));
        assertThrows(DateTimeException.class, () -> TakenAt.parse("2026-02-03T24:00:00"));
        assertThrows(DateTimeException.class, () -> TakenAt.parse("2026-2-3T10:20:30"));
    }
}
