package app.scalpjournal.photo;

import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Problem;
import app.scalpjournal.journal.Reminder;
import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.journal.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that comes round again, in the app only (nothing is sent anywhere): regions due a photo
 * by their cadence and routines by their frequency; and setting the cadences, checked first.
 */
public final class Reminders {
    /** One reminder and whether it is a region's photo (else a routine). */
    public record Item(Reminder reminder, boolean photo) {
    }

    /** What is due on a day, what comes later (each soonest first), and the cadences set. */
    public record Board(List<Item> due, List<Item> upcoming, Map<Region, Integer> cadences) {
    }

    private final RoutineReminders routines;
    private final PhotoCadenceRepository cadences;
    private final LogValidator validator;

    public Reminders(RoutineReminders routines, PhotoCadenceRepository cadences, LogValidator validator) {
        this.routines = routines;
        this.cadences = cadences;
        this.validator = validator;
    }

    public Board read(LocalDate today) {
        List<Item> all = new ArrayList<>();
        cadences.upcoming(today).forEach(r -> all.add(new Item(r, true)));
        routines.upcoming(today).forEach(r -> all.add(new Item(r, false)));
        all.sort(Comparator.comparing(i -> i.reminder().next()));
        List<Item> due = all.stream().filter(i -> i.reminder().dueOn(today)).toList();
        List<Item> later = all.stream().filter(i -> !i.reminder().dueOn(today)).toList();
        return new Board(due, later, cadences.all());
    }

    /** What is due on {@code today}, soonest first. */
    public List<Reminder> dueOn(LocalDate today) {
        return read(today).due().stream().map(Item::reminder).toList();
    }

    /**
     * Sets every region's cadence from what was typed (blank: no reminder). All are checked before
     * any is stored; a bad one is refused naming its region.
     */
    public void setCadences(Map<Region, String> typed) {
        Map<Region, Integer> chosen = new EnumMap<>(Region.class);
        for (Map.Entry<Region, String> e : typed.entrySet()) {
            String text = e.getValue();
            try {
                chosen.put(e.getKey(), text == null || text.isBlank() ? null : validator.cadenceDays(text));
            } catch (ValidationException problem) {
                throw new ValidationException(List.of(new Problem(e.getKey().id(), e.getKey().label() + ": " + problem.getMessage())));
            }
        }
        chosen.forEach(cadences::set);
    }
}
