package app.scalpjournal.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * ISO dates and times as the journal stores them ({@code 2026-03-01}, {@code 2026-03-01T10:20:30},
 * {@code 2026-03-01T10:20:30.123Z}), read without a formatter: listing a journal reads thousands, and
 * {@link java.time.format.DateTimeFormatter} costs tens of microseconds each until the JIT has warmed up.
 * Text of any other shape goes through the JDK's ISO parsers, with their errors.
 */
public final class IsoText {
    private static final String DATE_TIME = "dddd-dd-ddTdd:dd:dd";

    private IsoText() {
    }

    /** {@code yyyy-MM-dd}, as {@link LocalDate#parse} reads it. */
    public static LocalDate date(String text) {
        if (text.length() == 10 && shaped(text, 10)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm} or {@code yyyy-MM-ddTHH:mm:ss}, as {@link LocalDateTime#parse} reads them; null for another shape. */
    public static LocalDateTime plainDateTime(String text) {
        if ((text.length() == 16 || text.length() == 19) && shaped(text, text.length())) {
            return dateTime(text);
        }
        return null;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, as {@link Instant#parse} reads it. */
    public static Instant instant(String text) {
        int n = text.length();
        if (n >= 20 && text.charAt(n - 1) == 'Z' && shaped(text, 19) && fraction(text, 19, n - 1)) {
            int nanos = 0;
            if (n > 20) {
                nanos = number(text, 20, n - 1);
                for (int scale = n - 21; scale < 9; scale++) {
                    nanos *= 10;
                }
            }
            long seconds = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)).toEpochDay() * 86_400
                    + LocalTime.of(number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)).toSecondOfDay();
            return Instant.ofEpochSecond(seconds, nanos);
        }
        return Instant.parse(text);
    }

    private static LocalDateTime dateTime(String text) {
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13), number(text, 14, 16),
                text.length() >= 19 && text.charAt(16) == ':' ? number(text, 17, 19) : 0);
    }

    /** Whether the first {@code length} characters are digits and separators where {@link #DATE_TIME} has them. */
    private static boolean shaped(String text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char want = DATE_TIME.charAt(i);
            if (want == 'd' ? c < '0' || c > '9' : c != want) {
                return false;
            }
        }
        return true;
    }

    /** Nothing, or a dot and one to nine digits, between {@code from} and {@code to}. */
    private static boolean fraction(String text, int from, int to) {
        if (from == to) {
            return true;
        }
        if (text.charAt(from) != '.' || to - from - 1 < 1 || to - from - 1 > 9) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The number the characters from {@code from} to {@code to} spell, all ASCII digits ({@link #shaped} and
     * {@link #fraction} checked them first): what {@link Integer#parseInt} gives, without its sign, radix
     * and Unicode-digit handling for each of the seven numbers of every stored time.
     */
    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }
}
