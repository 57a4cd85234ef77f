package app.scalpjournal.report;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The log condensed for the first page: each routine that ran during the period, then each thing
 * the user logged, grouped by kind and what identifies it (product, needle length, dose, device,
 * clinic) with its first and last date and how often it was logged; and the side effects noted.
 * Counts are of the user's own entries, nothing more.
 */
public final class LogDigest implements SummarySources.Log {
    /** Fields that make two log items "the same thing done again". */
    private static final Set<LogField> IDENTITY = Set.of(LogField.NAME, LogField.NEEDLE_MM, LogField.STRENGTH, LogField.DOSE,
            LogField.DEVICE, LogField.CLINIC);

    private final LogRepository log;
    private final RoutineRepository routines;

    public LogDigest(LogRepository log, RoutineRepository routines) {
        this.log = log;
        this.routines = routines;
    }

    @Override
    public List<TreatmentRow> treatments(LocalDate from, LocalDate to) {
        List<TreatmentRow> rows = new ArrayList<>();
        routines.listAll().stream()
                .filter(r -> !r.startedOn().isAfter(to) && (r.stoppedOn() == null || !r.stoppedOn().isBefore(from)))
                .sorted(Comparator.comparing(Routine::startedOn))
                .forEach(r -> rows.add(new TreatmentRow(r.kind().label(), join(r.name(), r.details()), r.startedOn(), r.stoppedOn(),
                        r.frequency().text().isBlank() ? "routine" : "routine, " + r.frequency().text())));

        Map<String, List<LogItem>> groups = new LinkedHashMap<>();
        for (LogItem item : log.list(from, to, null)) {
            groups.computeIfAbsent(key(item), k -> new ArrayList<>()).add(item);
        }
        for (List<LogItem> group : groups.values()) {
            LogItem latest = group.get(group.size() - 1);
            TreeSet<LocalDate> days = group.stream().map(LogItem::date).collect(Collectors.toCollection(TreeSet::new));
            rows.add(new TreatmentRow(latest.kind().label(), details(latest), days.first(), days.last(), howOften(group.size(), days)));
        }
        return rows;
    }

    @Override
    public List<SideEffectRow> sideEffects(LocalDate from, LocalDate to) {
        List<SideEffectRow> rows = new ArrayList<>();
        for (LogItem item : log.list(from, to, null)) {
            if (item.sideEffects().isEmpty() && item.sideEffectNote().isBlank()) {
                continue;
            }
            String effects = item.sideEffects().stream().map(e -> e.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            String note = item.sideEffectNote().strip();
            rows.add(new SideEffectRow(item.date(), join(item.kind().label(), identity(item)),
                    effects.isEmpty() ? note : note.isEmpty() ? effects : effects + ": " + note));
        }
        return rows;
    }

    private static String key(LogItem item) {
        return item.kind().id() + "|" + IDENTITY.stream().sorted().map(f -> item.field(f).strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

    /** The identifying details only (for the side effects table). */
    private static String identity(LogItem item) {
        return item.kind().fields().stream().filter(IDENTITY::contains).filter(f -> !item.field(f).isBlank())
                .map(f -> f.describe(item.field(f))).collect(Collectors.joining(" · "));
    }

    /** Every recorded detail of the latest item of a group, in the kind's order. */
    private static String details(LogItem item) {
        LogKind kind = item.kind();
        return kind.fields().stream().filter(f -> !item.field(f).isBlank())
                .map(f -> f.describe(item.field(f))).collect(Collectors.joining(" · "));
    }

    /** "once", "12 times, about every 7 days", "30 times, about daily". */
    static String howOften(int count, TreeSet<LocalDate> days) {
        if (count == 1) {
            return "once";
        }
        String times = count + " times";
        if (days.size() < 2) {
            return times + ", same day";
        }
        double every = ChronoUnit.DAYS.between(days.first(), days.last()) / (double) (days.size() - 1);
        long rounded = Math.round(every);
        return times + (every < 1.5 ? ", about daily" : ", about every " + rounded + " days");
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + " · " + b;
    }
}
