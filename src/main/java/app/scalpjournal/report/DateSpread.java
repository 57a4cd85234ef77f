package app.scalpjournal.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Picks {@code count} dates evenly spread in time over a sorted list of distinct dates: always the
 * first and the latest, and in between the dates nearest to equal steps of time (not of list
 * position, so a burst of photos in one week does not take every slot).
 */
final class DateSpread {
    private DateSpread() {
    }

    static List<LocalDate> pick(List<LocalDate> sorted, int count) {
        int n = sorted.size();
        if (count >= n) {
            return List.copyOf(sorted);
        }
        LocalDate first = sorted.get(0);
        LocalDate last = sorted.get(n - 1);
        if (count == 1) {
            return List.of(last);
        }
        TreeSet<LocalDate> chosen = new TreeSet<>(List.of(first, last));
        long span = ChronoUnit.DAYS.between(first, last);
        for (int i = 1; i < count - 1; i++) {
            LocalDate target = first.plusDays(Math.round(span * i / (double) (count - 1)));
            chosen.add(nearestUnused(sorted, target, chosen));
        }
        return new ArrayList<>(chosen);
    }

    private static LocalDate nearestUnused(List<LocalDate> sorted, LocalDate target, TreeSet<LocalDate> chosen) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate d : sorted) {
            long distance = Math.abs(ChronoUnit.DAYS.between(target, d));
            if (!chosen.contains(d) && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }
}
