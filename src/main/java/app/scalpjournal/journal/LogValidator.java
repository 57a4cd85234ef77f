package app.scalpjournal.journal;

import app.scalpjournal.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one set of input rules for log items, routines, tags and cadences, used by the window and the
 * command line alike. Only the kind and the date are required; every detail is checked for its type.
 * The limits are there to catch typing slips, not to judge what the user did.
 */
public final class LogValidator {
    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 20_000;
    static final BigDecimal MAX_NEEDLE_MM = BigDecimal.TEN;
    static final int MAX_NEEDLE_DECIMALS = 3;
    static final int MAX_TAG = 40;

    /** The checked item (id 0), or every problem at once. */
    public LogItem check(LogDraft draft) {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = date("date", "date", draft.date(), true, problems);
        if (draft.kind() == null) {
            problems.add(new Problem("kind", Messages.get("log.problem.kindRequired", kindIds())));
        }
        Map<LogField, String> fields = new EnumMap<>(LogField.class);
        draft.values().forEach((field, raw) -> {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty()) {
                return;
            }
            if (draft.kind() != null && !draft.kind().fields().contains(field)) {
                problems.add(new Problem(field.id(), Messages.get("log.problem.fieldNotRecorded", field.label().toLowerCase(Locale.ROOT),
                        draft.kind().label().toLowerCase(Locale.ROOT),
                        String.join(", ", draft.kind().fields().stream().map(LogField::id).toList()))));
                return;
            }
            String value = value(field, text, problems);
            if (value != null) {
                fields.put(field, value);
            }
        });
        String sideEffectNote = text("side-effect-note", "side effect note", draft.sideEffectNote(), MAX_TEXT * 5, problems);
        String note = text("note", "note", draft.note(), MAX_NOTE, problems);
        throwIfAny(problems);
        Set<SideEffect> effects = draft.sideEffects() == null ? Set.of() : draft.sideEffects();
        return new LogItem(0, date, draft.kind(), fields, effects, sideEffectNote, note);
    }

    /** The checked routine (id 0), or every problem at once. */
    public Routine check(RoutineDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.kind() == null) {
            problems.add(new Problem("kind", Messages.get("log.problem.kindRequired", kindIds())));
        }
        String name = text("name", "name", draft.name(), MAX_TEXT, problems);
        if (name.isEmpty()) {
            problems.add(new Problem("name", Messages.get("log.problem.routineName")));
        }
        String details = text("details", "details", draft.details(), MAX_NOTE, problems);
        LocalDate start = date("started", "start date", draft.startedOn(), true, problems);
        LocalDate stop = date("stopped", "stop date", draft.stoppedOn(), false, problems);
        if (start != null && stop != null && stop.isBefore(start)) {
            problems.add(new Problem("stopped", Messages.get("log.problem.stopBeforeStart", String.valueOf(stop), String.valueOf(start))));
        }
        String frequency = text("frequency", "frequency", draft.frequency(), MAX_TEXT, problems);
        throwIfAny(problems);
        return new Routine(0, draft.kind(), name, details, start, stop, Frequency.parse(frequency));
    }

    /** Tags typed as "winter, new shampoo": trimmed, without duplicates (ignoring case). */
    public List<String> tags(String typed) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split(",")) {
            String tag = part.strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG) {
                problems.add(new Problem("tags", Messages.get("log.problem.tagTooLong", tag.substring(0, 20), String.valueOf(MAX_TAG))));
            } else if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        throwIfAny(problems);
        return tags;
    }

    /** A photo cadence in days, e.g. "14". */
    public int cadenceDays(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= 3650) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(List.of(new Problem("every-days", Messages.get("log.problem.cadence", text))));
    }

    private static String value(LogField field, String text, List<Problem> problems) {
        return switch (field.type()) {
            case TEXT -> text(field.id(), field.label().toLowerCase(Locale.ROOT), text, MAX_TEXT, problems);
            case WHOLE -> whole(field, text, problems);
            case MILLIMETRES -> millimetres(field, text, problems);
        };
    }

    private static String whole(LogField field, String text, List<Problem> problems) {
        int max = switch (field) {
            case MINUTES -> 24 * 60;
            case TIMES_PER_DAY -> 48;
            default -> 10_000;
        };
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= max) {
                return Integer.toString(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(field.id(), Messages.get("log.problem.wholeNumber", field.label().toLowerCase(Locale.ROOT), String.valueOf(max), text)));
        return null;
    }

    private static String millimetres(LogField field, String text, List<Problem> problems) {
        String number = text.toLowerCase(Locale.ROOT).replaceFirst("\\s*mm$", "").replace(',', '.');
        try {
            // Scale first: "1e-999999999" parses cheaply but its plain form would fill the memory.
            BigDecimal mm = new BigDecimal(number);
            if (mm.signum() > 0 && mm.compareTo(MAX_NEEDLE_MM) <= 0 && mm.stripTrailingZeros().scale() <= MAX_NEEDLE_DECIMALS) {
                return mm.stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(field.id(), Messages.get("log.problem.needle", MAX_NEEDLE_MM.toPlainString(), text)));
        return null;
    }

    private static String text(String field, String label, String raw, int max, List<Problem> problems) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            problems.add(new Problem(field, Messages.get("log.problem.tooLong", label, String.valueOf(max))));
        }
        return text;
    }

    private static LocalDate date(String field, String label, String raw, boolean required, List<Problem> problems) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, Messages.get("log.problem.dateRequired", label)));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (!Days.accepted(day)) {
                problems.add(new Problem(field, Days.outOfRange(day)));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, Messages.get("log.problem.notADay", label, text)));
            return null;
        }
    }

    private static String kindIds() {
        return String.join(", ", java.util.Arrays.stream(LogKind.values()).map(LogKind::id).toList());
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
