package app.scalpjournal.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When each running routine is next due, by the one rule the Reminders window states
 * ({@code reminders.rule}): a routine planned less often than daily is due again once its interval has
 * passed since its kind was last logged (or since it started); a daily routine never reminds, so
 * nobody has to log what they do every day.
 */
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
            if (!reminds(r.frequency()) || (r.stoppedOn() != null && r.stoppedOn().isBefore(today))) {
                continue;
            }
            LocalDate last = log.lastDone(r.kind(), today).filter(d -> !d.isBefore(r.startedOn())).orElse(null);
            int every = r.frequency().minDays();
            LocalDate next;
            LocalDate latest = null;
            if (last != null) {
                next = last.plusDays(every);
                latest = last.plusDays(r.frequency().maxDays());
            } else if (!r.startedOn().isBefore(today)) {
                next = r.startedOn();
            } else {
                long periods = (java.time.temporal.ChronoUnit.DAYS.between(r.startedOn(), today) + every - 1) / every;
                next = r.startedOn().plusDays(periods * every);
            }
            out.add(new Reminder(r.name(), r.frequency().text(), last, next, latest));
        }
        out.sort(Comparator.comparing(Reminder::next));
        return out;
    }

    /** Whether a routine with this frequency ever reminds: understood, and less often than daily. */
    public static boolean reminds(Frequency frequency) {
        return frequency.understood() && frequency.minDays() > 1;
    }
}
