package app.scalpjournal.journal;

import app.scalpjournal.text.Messages;
import java.util.Arrays;
import java.util.Optional;

/**
 * A typed detail a log item can record. {@link #id()} is the command-line option and JSON name,
 * {@link #column()} the database column; which kinds use which fields is {@link LogKind#fields()}.
 */
public enum LogField {
    NAME("name", "name", Type.TEXT),
    MINUTES("minutes", "minutes", Type.WHOLE),
    DEVICE("device", "device", Type.TEXT),
    NEEDLE_MM("needle-mm", "needle_mm", Type.MILLIMETRES),
    AREA("area", "area", Type.TEXT),
    APPLIED_AFTER("applied-after", "applied_after", Type.TEXT),
    AFTERCARE("aftercare", "aftercare", Type.TEXT),
    SESSION("session", "session_number", Type.WHOLE),
    CLINIC("clinic", "clinic", Type.TEXT),
    STRENGTH("strength", "strength", Type.TEXT),
    AMOUNT("amount", "amount", Type.TEXT),
    TIMES_PER_DAY("times-per-day", "times_per_day", Type.WHOLE),
    DOSE("dose", "dose", Type.TEXT),
    FREQUENCY("frequency", "frequency", Type.TEXT);

    /** How a field's text is checked and stored. */
    public enum Type { TEXT, WHOLE, MILLIMETRES }

    private final String id;
    private final String column;
    private final Type type;

    LogField(String id, String column, Type type) {
        this.id = id;
        this.column = column;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public String column() {
        return column;
    }

    /** The bundle's {@code log.field.<id>}. */
    public String label() {
        return Messages.get("log.field." + id);
    }

    public Type type() {
        return type;
    }

    /**
     * A recorded value as it reads in lists, the summary and search results: "needle 0.5 mm", "10 min",
     * "device: roller". The one wording of a log detail.
     */
    public String describe(String value) {
        return switch (this) {
            case NAME -> value;
            case MINUTES -> value + " min";
            case NEEDLE_MM -> "needle " + value + " mm";
            case SESSION -> "session " + value;
            case TIMES_PER_DAY -> value + "× a day";
            default -> label().toLowerCase(java.util.Locale.ROOT) + ": " + value;
        };
    }

    public static Optional<LogField> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
