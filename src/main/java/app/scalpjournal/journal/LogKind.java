package app.scalpjournal.journal;

import static app.scalpjournal.journal.LogField.AFTERCARE;
import static app.scalpjournal.journal.LogField.AMOUNT;
import static app.scalpjournal.journal.LogField.APPLIED_AFTER;
import static app.scalpjournal.journal.LogField.AREA;
import static app.scalpjournal.journal.LogField.CLINIC;
import static app.scalpjournal.journal.LogField.DEVICE;
import static app.scalpjournal.journal.LogField.DOSE;
import static app.scalpjournal.journal.LogField.FREQUENCY;
import static app.scalpjournal.journal.LogField.MINUTES;
import static app.scalpjournal.journal.LogField.NAME;
import static app.scalpjournal.journal.LogField.NEEDLE_MM;
import static app.scalpjournal.journal.LogField.SESSION;
import static app.scalpjournal.journal.LogField.STRENGTH;
import static app.scalpjournal.journal.LogField.TIMES_PER_DAY;

import app.scalpjournal.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a log item or routine is about, with the details that kind records. {@link #id()} is stored and typed on the command line. */
public enum LogKind {
    MASSAGE("massage", List.of(MINUTES, DEVICE)),
    MICRONEEDLING("microneedling", List.of(NEEDLE_MM, DEVICE, AREA, APPLIED_AFTER, AFTERCARE)),
    SMP("smp", List.of(SESSION, CLINIC, AREA, AFTERCARE)),
    TOPICAL("topical", List.of(NAME, STRENGTH, AMOUNT, TIMES_PER_DAY)),
    ORAL("oral", List.of(NAME, DOSE, FREQUENCY)),
    IN_CLINIC("in-clinic", List.of(NAME, CLINIC)),
    OTHER("other", List.of(NAME));

    private final String id;
    private final List<LogField> fields;

    LogKind(String id, List<LogField> fields) {
        this.id = id;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    /** The bundle's {@code log.kind.<id>}. */
    public String label() {
        return Messages.get("log.kind." + id);
    }

    /** The details this kind records, in the order they are asked for. */
    public List<LogField> fields() {
        return fields;
    }

    public static Optional<LogKind> fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (LogKind k : values()) {
            if (k.id.equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Parses an id, or says which ids exist. */
    public static LogKind parse(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown kind '" + id + "' (use one of: " + String.join(", ", Arrays.stream(values()).map(LogKind::id).toList()) + ")"));
    }

    @Override
    public String toString() {
        return label();
    }
}
