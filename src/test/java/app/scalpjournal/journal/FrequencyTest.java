package app.scalpjournal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class FrequencyTest {
    private static void days(String text, Integer min, Integer max) {
        Frequency f = Frequency.parse(text);
        assertEquals(min, f.minDays(), text);
        assertEquals(max, f.maxDays(), text);
        assertEquals(text.strip(), f.text());
    }

    @Test
    void understandsCommonWaysOfSayingHowOften() {
        days("daily", 1, 1);
        days("Twice daily", 1, 1);
        days("every day", 1, 1);
        days("every other day", 2, 2);
        days("weekly", 7, 7);
        days("once a week", 7, 7);
        days("3x a week", 2, 2);
        days("twice a week", 4, 4);
        days("every 2 weeks", 14, 14);
        days("fortnightly", 14, 14);
        days("every 4-6 weeks", 28, 42);
        days("Every four to six weeks", 28, 42);
        days("every 10 days", 10, 10);
        days("monthly", 30, 30);
        days("every 3 months", 90, 90);
    }

    @Test
    void keepsTextItDoesNotUnderstandWithoutAReminder() {
        Frequency f = Frequency.parse("when I remember");
        assertEquals("when I remember", f.text());
        assertFalse(f.understood());
        assertFalse(Frequency.parse("").understood());
    }
}
