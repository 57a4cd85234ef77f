package app.scalpjournal.cli;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.SideEffect;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of log items and routines, shared by {@code log list --json} and {@code list --json}. */
final class LogJson {
    private LogJson() {
    }

    static Map<String, Object> item(LogItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("date", item.date().toString());
        m.put("kind", item.kind().id());
        for (LogField f : LogField.values()) {
            if (item.fields().containsKey(f)) {
                m.put(camel(f.id()), item.typedValue(f));
            }
        }
        m.put("sideEffects", item.sideEffects().stream().map(SideEffect::id).toList());
        m.put("sideEffectNote", item.sideEffectNote());
        m.put("note", item.note());
        return m;
    }

    static Map<String, Object> routine(Routine r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().id());
        m.put("name", r.name());
        m.put("details", r.details());
        m.put("startedOn", r.startedOn().toString());
        m.put("stoppedOn", r.stoppedOn() == null ? null : r.stoppedOn().toString());
        m.put("frequency", r.frequency().text());
        return m;
    }

    /** "needle-mm" becomes "needleMm". */
    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : id.toCharArray()) {
            if (ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
