package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The short lines under timeline rows: what was logged on a day (shown where the day has no note),
 * and which routines run, shown only on the day that set changes, so a long run of days does not
 * repeat it on every row.
 */
public final class DayLines {
    /** A row's lines; "" for none. */
    public record Lines(String log, String routines) {
        public static final Lines NONE = new Lines("", "");
    }

    private DayLines() {
    }

    /**
     * @param days     the timeline's days, newest first
     * @param routines every routine
     * @param log      log items by day
     */
    public static Map<LocalDate, Lines> of(List<LocalDate> days, List<Routine> routines, Map<LocalDate, List<LogItem>> log) {
        Map<LocalDate, Lines> out = new HashMap<>();
        List<String> older = List.of();
        for (int i = days.size() - 1; i >= 0; i--) {
            LocalDate day = days.get(i);
            List<String> running = routines.stream().filter(r -> r.activeOn(day)).map(Routine::name).toList();
            String routineLine = running.equals(older) ? ""
                    : running.isEmpty() ? Messages.get("timeline.routinesNone") : Messages.get("timeline.routines", String.join(", ", running));
            older = running;
            String logLine = logLine(log.getOrDefault(day, List.of()));
            if (!routineLine.isEmpty() || !logLine.isEmpty()) {
                out.put(day, new Lines(logLine, routineLine));
            }
        }
        return out;
    }

    /** "Logged: Scalp massage · Topical product (Minoxidil foam)": each item's kind, and its name when it has one. */
    static String logLine(List<LogItem> items) {
        if (items.isEmpty()) {
            return "";
        }
        String what = items.stream().map(i -> {
            String name = i.field(LogField.NAME);
            return name == null || name.isBlank() ? i.kind().label() : Messages.get("timeline.logNamed", i.kind().label(), name);
        }).filter(Objects::nonNull).distinct().collect(Collectors.joining(" · "));
        return Messages.get("timeline.log", what);
    }
}
