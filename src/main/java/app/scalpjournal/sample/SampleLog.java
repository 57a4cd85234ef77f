package app.scalpjournal.sample;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.journal.TagRepository;
import app.scalpjournal.photo.PhotoCadenceRepository;
import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The sample journal's log, made up like the pictures: a daily massage routine, a topical product, a
 * derma roller every few weeks, two scalp micropigmentation sessions with aftercare, a supplement,
 * some side effects, tags and photo cadences. It goes through the same validator as the user's input.
 * The wording records what a person did and noticed; it says nothing about results. Its days match the
 * sample pictures' photo days (day 29 the massage note, day 60 the daylight photos, day 137 the new shampoo).
 */
public final class SampleLog {
    private final EntryRepository entries;
    private final LogRepository log;
    private final RoutineRepository routines;
    private final TagRepository tags;
    private final PhotoCadenceRepository cadences;
    private final LogValidator validator;

    public SampleLog(EntryRepository entries, LogRepository log, RoutineRepository routines, TagRepository tags,
                     PhotoCadenceRepository cadences, LogValidator validator) {
        this.entries = entries;
        this.log = log;
        this.routines = routines;
        this.tags = tags;
        this.cadences = cadences;
        this.validator = validator;
    }

    /** What was added. */
    public record Result(int routines, int items) {
        public String line() {
            return routines + " sample routines and " + items + " sample log items";
        }
    }

    /** Adds the log over the sample's span, day 0 being its first photo day. */
    public Result create(LocalDate first) {
        routine(LogKind.MASSAGE, "Evening scalp massage", "About 5 minutes with the fingertips, small circles.", first.plusDays(29), null, "daily");
        routine(LogKind.TOPICAL, "Foam in the evening", "Half a capful on the crown and top.", first.plusDays(46), null, "once a day");
        routine(LogKind.MICRONEEDLING, "Derma roller 0.5 mm", "Crown and top; the roller is cleaned before and after.",
                first.plusDays(60), null, "every 3-4 weeks");
        routine(LogKind.ORAL, "Biotin supplement", "", first.plusDays(91), first.plusDays(151), "daily");

        int items = 0;
        items += item(first.plusDays(29), LogKind.MASSAGE, Map.of(LogField.MINUTES, "5"), EnumSet.noneOf(SideEffect.class), "",
                "First evening of the massage routine.");
        items += item(first.plusDays(74), LogKind.MASSAGE, Map.of(LogField.MINUTES, "10", LogField.DEVICE, "silicone scalp brush"),
                EnumSet.noneOf(SideEffect.class), "", "Tried a brush instead of the fingertips.");
        items += item(first.plusDays(46), LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam", LogField.STRENGTH, "5%",
                LogField.AMOUNT, "half a capful", LogField.TIMES_PER_DAY, "1"), EnumSet.of(SideEffect.ITCHING),
                "Itchy for an hour after applying.", "First application.");
        items += item(first.plusDays(74), LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam", LogField.STRENGTH, "5%",
                LogField.AMOUNT, "half a capful", LogField.TIMES_PER_DAY, "1"), EnumSet.of(SideEffect.SHEDDING),
                "More hairs than usual in the shower drain this week.", "");
        int session = 0;
        for (int day : new int[] {60, 84, 107, 130, 157}) {
            session++;
            EnumSet<SideEffect> effects = session == 1 ? EnumSet.of(SideEffect.REDNESS)
                    : session == 3 ? EnumSet.of(SideEffect.REDNESS, SideEffect.PAIN) : EnumSet.noneOf(SideEffect.class);
            String effectNote = session == 1 ? "Pink for about two hours." : session == 3 ? "Stung more than last time at the crown." : "";
            items += item(first.plusDays(day), LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "derma roller",
                    LogField.AREA, "crown and top", LogField.APPLIED_AFTER, "nothing",
                    LogField.AFTERCARE, "No products and no washing until the next morning."), effects, effectNote,
                    session == 1 ? "First session with the roller." : "");
        }
        items += item(first.plusDays(137), LogKind.SMP, Map.of(LogField.SESSION, "1", LogField.CLINIC, "Sample SMP studio",
                LogField.AREA, "crown", LogField.AFTERCARE, "No washing, sweating or sun on the scalp for 4 days; then a mild shampoo."),
                EnumSet.of(SideEffect.REDNESS, SideEffect.SWELLING), "Slight swelling on the first evening.", "Two hours in the chair.");
        items += item(first.plusDays(151), LogKind.SMP, Map.of(LogField.SESSION, "2", LogField.CLINIC, "Sample SMP studio",
                LogField.AREA, "crown and hairline", LogField.AFTERCARE, "Same as the first session."),
                EnumSet.of(SideEffect.REDNESS), "", "");
        items += item(first.plusDays(91), LogKind.ORAL, Map.of(LogField.NAME, "Biotin", LogField.DOSE, "1 tablet",
                LogField.FREQUENCY, "daily"), EnumSet.noneOf(SideEffect.class), "", "Started a supplement.");

        tags.setTags(entries.findOrCreate(first).id(), List.of("baseline"));
        tags.setTags(entries.findOrCreate(first.plusDays(137)).id(), List.of("smp", "new shampoo"));
        tags.setTags(entries.findOrCreate(first.plusDays(60)).id(), List.of("daylight"));
        cadences.set(Region.CROWN, 14);
        cadences.set(Region.TOP, 14);
        cadences.set(Region.HAIRLINE, 28);
        return new Result(4, items);
    }

    private void routine(LogKind kind, String name, String details, LocalDate start, LocalDate stop, String frequency) {
        routines.add(validator.check(new RoutineDraft(kind, name, details, start.toString(), stop == null ? "" : stop.toString(), frequency)));
    }

    private int item(LocalDate day, LogKind kind, Map<LogField, String> fields, EnumSet<SideEffect> effects, String effectNote, String note) {
        log.add(validator.check(new LogDraft(day.toString(), kind, fields, effects, effectNote, note)));
        return 1;
    }
}
