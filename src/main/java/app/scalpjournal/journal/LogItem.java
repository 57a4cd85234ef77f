package app.scalpjournal.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing the user did on a day, as they recorded it. {@code fields} holds only the details that
 * were filled in, as checked text ("0.5", "10"); {@code id} is 0 until stored.
 */
public record LogItem(long id, LocalDate date, LogKind kind, Map<LogField, String> fields,
                      Set<SideEffect> sideEffects, String sideEffectNote, String note) {
    public LogItem {
        fields = Collections.unmodifiableMap(fields.isEmpty() ? new EnumMap<>(LogField.class) : new EnumMap<>(fields));
        sideEffects = Collections.unmodifiableSet(sideEffects.isEmpty() ? EnumSet.noneOf(SideEffect.class) : EnumSet.copyOf(sideEffects));
        sideEffectNote = sideEffectNote == null ? "" : sideEffectNote;
        note = note == null ? "" : note;
    }

    public String field(LogField field) {
        return fields.getOrDefault(field, "");
    }

    public LogItem withId(long newId) {
        return new LogItem(newId, date, kind, fields, sideEffects, sideEffectNote, note);
    }

    /** A JSON-ready value: numbers for whole and millimetre fields, text otherwise. */
    public Object typedValue(LogField field) {
        String text = fields.get(field);
        if (text == null) {
            return null;
        }
        return switch (field.type()) {
            case WHOLE -> Long.parseLong(text);
            case MILLIMETRES -> new BigDecimal(text);
            case TEXT -> text;
        };
    }

    /** One line for lists: "Microneedling / derma rolling · needle 0.5 mm · device: roller · side effects: redness". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(kind.label());
        for (LogField f : kind.fields()) {
            String value = fields.get(f);
            if (value != null) {
                parts.add(f.describe(value));
            }
        }
        if (!sideEffects.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (SideEffect effect : sideEffects) {
                ids.add(effect.id());
            }
            parts.add("side effects: " + String.join(", ", ids) + (sideEffectNote.isBlank() ? "" : " (" + sideEffectNote.strip() + ")"));
        } else if (!sideEffectNote.isBlank()) {
            parts.add("side effects: " + sideEffectNote.strip());
        }
        if (!note.isBlank()) {
            parts.add(firstLine(note.strip()));
        }
        return String.join(" · ", parts);
    }

    /** Up to the first line break ({@code \n}, {@code \r} or both), as {@link String#lines()} splits; plain loops, as a listing sums up thousands of items. */
    private static String firstLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
