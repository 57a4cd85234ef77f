package app.scalpjournal.report;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.report.SummaryDocument.SideEffectBrief;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The log condensed for the summary. Each treatment is one row: a routine that ran during the period
 * together with the log items of the same kind and name (see {@link TreatmentMatch}), or log items
 * with no routine, grouped by kind and name. Counts are of the user's own entries, nothing more.
 */
public final class LogDigest implements SummarySources.Log {
    /** The details a clinician asks about first: dose, needle length, strength, how much. */
    static final List<LogField> DOSE_FIELDS = List.of(LogField.NEEDLE_MM, LogField.STRENGTH, LogField.DOSE, LogField.AMOUNT,
            LogField.TIMES_PER_DAY, LogField.MINUTES);

    private final LogRepository log;
    private final RoutineRepository routines;

    public LogDigest(LogRepository log, RoutineRepository routines) {
        this.log = log;
        this.routines = routines;
    }

    @Override
    public List<TreatmentRow> treatments(LocalDate from, LocalDate to) {
        List<Routine> running = routines.listAll().stream()
                .filter(r -> !r.startedOn().isAfter(to) && (r.stoppedOn() == null || !r.stoppedOn().isBefore(from)))
                .sorted(Comparator.comparing(Routine::startedOn)).toList();
        Map<String, List<LogItem>> groups = new LinkedHashMap<>();
        for (LogItem item : log.list(from, to, null)) {
            groups.computeIfAbsent(item.kind().id() + "|" + TreatmentMatch.nameOf(item), k -> new ArrayList<>()).add(item);
        }
        Map<Routine, List<LogItem>> merged = new LinkedHashMap<>();
        running.forEach(r -> merged.put(r, new ArrayList<>()));
        List<List<LogItem>> alone = new ArrayList<>();
        for (List<LogItem> group : groups.values()) {
            TreatmentMatch.routineFor(group.get(0), running).ifPresentOrElse(r -> merged.get(r).addAll(group), () -> alone.add(group));
        }
        List<TreatmentRow> rows = new ArrayList<>();
        merged.forEach((routine, items) -> rows.add(routineRow(routine, items)));
        alone.forEach(items -> rows.add(loggedRow(items)));
        rows.sort(Comparator.comparing(TreatmentRow::started));
        return rows;
    }

    private static TreatmentRow routineRow(Routine r, List<LogItem> items) {
        items.sort(Comparator.comparing(LogItem::date));
        // the routine's own description stands in when nothing logged says the dose
        String doses = doses(items);
        String details = doses.isEmpty() ? r.details().strip() : doses;
        LocalDate started = items.isEmpty() || r.startedOn().isBefore(items.get(0).date()) ? r.startedOn() : items.get(0).date();
        TreatmentRow.Until until = r.stoppedOn() == null ? TreatmentRow.Until.ONGOING : TreatmentRow.Until.STOPPED;
        return new TreatmentRow(r.name().isBlank() ? r.kind().label() : r.name(), r.kind().label(), details, started,
                r.stoppedOn(), until, r.frequency().text().strip(), logged(items));
    }

    private static TreatmentRow loggedRow(List<LogItem> items) {
        LogItem first = items.get(0);
        String name = TreatmentMatch.nameOf(first).isEmpty() ? first.kind().label() : first.field(LogField.NAME).strip();
        return new TreatmentRow(name, first.kind().label(), doses(items), first.date(), items.get(items.size() - 1).date(),
                TreatmentRow.Until.LAST_LOGGED, "", logged(items));
    }

    /** "needle 0.5 mm, needle 1 mm · device: roller": each dose field's distinct values, oldest first. */
    static String doses(List<LogItem> items) {
        List<String> parts = new ArrayList<>();
        for (LogField field : DOSE_FIELDS) {
            Set<String> values = new LinkedHashSet<>();
            items.stream().filter(i -> !i.field(field).isBlank()).forEach(i -> values.add(field.describe(i.field(field).strip())));
            if (!values.isEmpty()) {
                parts.add(String.join(", ", values));
            }
        }
        return String.join(" · ", parts);
    }

    /** How often the user logged it: "not logged", "once", "12 times, about every 7 days". */
    static String logged(List<LogItem> items) {
        if (items.isEmpty()) {
            return Messages.get("summary.logged.none");
        }
        TreeSet<LocalDate> days = items.stream().map(LogItem::date).collect(Collectors.toCollection(TreeSet::new));
        return howOften(items.size(), days);
    }

    @Override
    public List<SideEffectRow> sideEffects(LocalDate from, LocalDate to) {
        List<SideEffectRow> rows = new ArrayList<>();
        for (LogItem item : withSideEffects(from, to)) {
            String effects = effectNames(item.sideEffects());
            String note = item.sideEffectNote().strip();
            rows.add(new SideEffectRow(item.date(), join(item.kind().label(), identity(item)),
                    effects.isEmpty() ? note : note.isEmpty() ? effects : effects + ": " + note));
        }
        return rows;
    }

    @Override
    public List<SideEffectBrief> sideEffectsInBrief(LocalDate from, LocalDate to) {
        Map<SideEffect, List<LogItem>> byEffect = new EnumMap<>(SideEffect.class);
        for (LogItem item : withSideEffects(from, to)) {
            Set<SideEffect> effects = item.sideEffects().isEmpty() ? Set.of(SideEffect.OTHER) : item.sideEffects();
            effects.forEach(e -> byEffect.computeIfAbsent(e, k -> new ArrayList<>()).add(item));
        }
        List<SideEffectBrief> brief = new ArrayList<>();
        byEffect.forEach((effect, items) -> brief.add(new SideEffectBrief(effect.label(), items.size(), items.get(0).date(),
                items.get(items.size() - 1).date(),
                items.stream().map(i -> i.kind().label()).distinct().collect(Collectors.joining(", ")))));
        return brief;
    }

    private List<LogItem> withSideEffects(LocalDate from, LocalDate to) {
        return log.list(from, to, null).stream().filter(i -> !i.sideEffects().isEmpty() || !i.sideEffectNote().isBlank()).toList();
    }

    private static String effectNames(Set<SideEffect> effects) {
        return effects.stream().map(e -> e.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** The name, dose and device or clinic of an item (for the side effects table). */
    private static String identity(LogItem item) {
        String where = join(item.field(LogField.DEVICE).isBlank() ? "" : LogField.DEVICE.describe(item.field(LogField.DEVICE).strip()),
                item.field(LogField.CLINIC).isBlank() ? "" : LogField.CLINIC.describe(item.field(LogField.CLINIC).strip()));
        return join(join(item.field(LogField.NAME).strip(), doses(List.of(item))), where);
    }

    /** "once", "12 times, about every 7 days", "30 times, about daily". */
    static String howOften(int count, TreeSet<LocalDate> days) {
        if (count == 1) {
            return Messages.get("summary.logged.once");
        }
        if (days.size() < 2) {
            return Messages.get("summary.logged.sameDay", count);
        }
        double every = ChronoUnit.DAYS.between(days.first(), days.last()) / (double) (days.size() - 1);
        return every < 1.5 ? Messages.get("summary.logged.daily", count)
                : Messages.get("summary.logged.every", count, Math.round(every));
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + " · " + b;
    }
}
