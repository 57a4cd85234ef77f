package app.scalpjournal.journal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a search result shows: the user's own text (a note, a log item as the log shows it, a
 * routine's details), with every word that starts like a searched word wrapped in [brackets], the
 * way the index matched it (prefixes, any case, accents ignored).
 */
final class HitText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int LONGEST = 160;

    private final List<String> prefixes = new ArrayList<>();

    HitText(String typed) {
        Matcher m = WORD.matcher(typed == null ? "" : typed);
        while (m.find()) {
            prefixes.add(fold(m.group()));
        }
    }

    /** Whether the text has a word starting like one of the searched words. */
    boolean matches(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (matchesWord(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The text on one line, matched words in brackets, cut around the first match when long. */
    String mark(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(line);
        int at = 0;
        int first = -1;
        while (m.find()) {
            if (matchesWord(m.group())) {
                out.append(line, at, m.start());
                first = first < 0 ? out.length() : first;
                out.append('[').append(m.group()).append(']');
                at = m.end();
            }
        }
        out.append(line.substring(at));
        return cut(out.toString(), first);
    }

    private boolean matchesWord(String word) {
        String folded = fold(word);
        return prefixes.stream().anyMatch(folded::startsWith);
    }

    private static String cut(String line, int firstMatch) {
        if (line.length() <= LONGEST) {
            return line;
        }
        int start = firstMatch > LONGEST - 40 ? line.lastIndexOf(' ', firstMatch - 60) + 1 : 0;
        int end = Math.min(line.length(), start + LONGEST);
        return (start > 0 ? "…" : "") + line.substring(start, end).strip() + (end < line.length() ? "…" : "");
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
