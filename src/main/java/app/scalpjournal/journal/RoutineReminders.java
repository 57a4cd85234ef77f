package app.scalpjournal.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** When each running routine with an understood frequency is next due, from the last log item of its kind. */
public final class RoutineReminders {
    private final RoutineRepository routines;
    private final LogRepository log;

    public RoutineReminders(RoutineRepository routines, LogRepository log) {
        this.routines = routines;
        this.log = log;
    }

    /** Every running routine's next due day, soonest first. */
    public List<Reminder> upcoming(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        for (Routine r : routines.listAll()) {
            if (!r.frequency().understood() || (r.stoppedOn() != null && r.stoppedOn().isBefore(today))) {
                continue;
            }
            LocalDate last = log.lastDone(r.kind(), today).filter(d -> !d.isBefore(r.startedOn())).orElse(null);
            LocalDate next = last == null ? r.startedOn() : last.plusDays(r.frequency().minDays());
            LocalDate latest = last == null ? null : last.plusDays(r.frequency().maxDays());
            out.add(new Reminder(r.name(), r.frequency().text(), last, next, latest));
        }
        out.sort(Comparator.comparing(Reminder::next));
        return out;
    }
}
