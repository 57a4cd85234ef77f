package app.scalpjournal.journal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planned frequency as the user wrote it ("daily", "every 4-6 weeks", "twice a week"), and the
 * interval in days the app understood from it for "next due" reminders. Text it does not understand
 * is kept as written and simply gives no reminder ({@code minDays} null).
 */
public record Frequency(String text, Integer minDays, Integer maxDays) {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("once", 1), Map.entry("twice", 2), Map.entry("a", 1),
            Map.entry("other", 2));

    /**
     * The patterns {@link #parse} reads typed text with, compiled on its first use: a routine read back
     * from the journal keeps the interval stored with it, and listing a journal compiles no pattern.
     */
    private static final class Patterns {
        static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
        static final Pattern EVERY = Pattern.compile(
                "(?:every|each)\\s+" + NUMBER + "(?:\\s*(?:-|–|to)\\s*" + NUMBER + ")?\\s+(day|week|month)s?");
        static final Pattern EVERY_UNIT = Pattern.compile("(?:every|each|once an?|once per|per|a)\\s+(other\\s+)?(day|week|month)");
        static final Pattern TIMES = Pattern.compile(
                "(\\d+|once|twice|three|four|five|six)\\s*(?:x|times)?\\s*(?:a|per|each|every|/)\\s*(day|week|month)");
    }

    public Frequency {
        text = text == null ? "" : text.strip();
    }

    public static Frequency parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = Patterns.EVERY.matcher(t);
        if (m.find()) {
            int unit = unitDays(m.group(3));
            int low = number(m.group(1)) * unit;
            int high = m.group(2) == null ? low : number(m.group(2)) * unit;
            return interval(text, Math.min(low, high), Math.max(low, high));
        }
        m = Patterns.TIMES.matcher(t);
        if (m.find()) {
            int times = number(m.group(1));
            int days = Math.max(1, Math.round((float) unitDays(m.group(2)) / times));
            return interval(text, days, days);
        }
        m = Patterns.EVERY_UNIT.matcher(t);
        if (m.find()) {
            int days = unitDays(m.group(2)) * (m.group(1) != null ? 2 : 1);
            return interval(text, days, days);
        }
        Integer days = null;
        if (t.matches(".*\\b(fortnightly|biweekly)\\b.*")) {
            days = 14;
        } else if (t.matches(".*\\b(daily|nightly)\\b.*")) {
            days = 1;
        } else if (t.matches(".*\\bweekly\\b.*")) {
            days = 7;
        } else if (t.matches(".*\\bmonthly\\b.*")) {
            days = 30;
        }
        return days == null ? new Frequency(text, null, null) : interval(text, days, days);
    }

    private static Frequency interval(String text, int min, int max) {
        return min > 0 ? new Frequency(text, min, max) : new Frequency(text, null, null);
    }

    private static int unitDays(String unit) {
        return switch (unit) {
            case "week" -> 7;
            case "month" -> 30;
            default -> 1;
        };
    }

    private static int number(String word) {
        Integer n = WORDS.get(word);
        return n != null ? n : Integer.parseInt(word);
    }

    public boolean understood() {
        return minDays != null;
    }
}
