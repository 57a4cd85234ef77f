package app.scalpjournal.report;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which routine a logged item belongs to, so a treatment is one row of the summary: the same kind,
 * and either the same name (two names that share a word of four or more letters, e.g. "Minoxidil
 * foam" and "Foam in the evening", count as the same), or an item with no name (massage,
 * microneedling) and exactly one routine of its kind.
 */
final class TreatmentMatch {
    private static final int WORD = 4;

    private TreatmentMatch() {
    }

    /** The item's name as a grouping key: lower case, spaces folded; "" when it has none. */
    static String nameOf(LogItem item) {
        return item.field(LogField.NAME).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static Optional<Routine> routineFor(LogItem item, List<Routine> routines) {
        List<Routine> sameKind = routines.stream().filter(r -> r.kind() == item.kind()).toList();
        String name = nameOf(item);
        if (name.isEmpty()) {
            return sameKind.size() == 1 ? Optional.of(sameKind.get(0)) : Optional.empty();
        }
        Set<String> words = words(name);
        return sameKind.stream().filter(r -> r.name().strip().equalsIgnoreCase(name)).findFirst()
                .or(() -> sameKind.stream().filter(r -> words(r.name()).stream().anyMatch(words::contains)).findFirst());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= WORD).collect(Collectors.toSet());
    }
}
