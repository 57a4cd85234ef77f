package app.scalpjournal.cli;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.photo.CaptureConditions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape (snake_case, like the rest of the command line) of log items, routines and capture conditions, shared by {@code log list --json} and {@code list --json}. */
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
                m.put(f.id().replace('-', '_'), item.typedValue(f));
            }
        }
        List<String> effects = new ArrayList<>();
        for (SideEffect effect : item.sideEffects()) {
            effects.add(effect.id());
        }
        m.put("side_effects", effects);
        m.put("side_effect_note", item.sideEffectNote());
        m.put("note", item.note());
        m.put("summary", item.summary());
        return m;
    }

    /** How a photo was taken; null when nothing was recorded. */
    static Map<String, Object> capture(CaptureConditions c) {
        if (c.isUnknown()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("washed", c.washed());
        m.put("hair_state", c.hairState() == null ? null : c.hairState().id());
        m.put("product_in_hair", c.productInHair());
        m.put("lighting", c.lighting() == null ? null : c.lighting().id());
        m.put("camera", c.camera());
        m.put("distance", c.distance());
        m.put("note", c.note());
        m.put("summary", c.summary());
        return m;
    }

    static Map<String, Object> routine(Routine r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().id());
        m.put("name", r.name());
        m.put("details", r.details());
        m.put("started_on", r.startedOn().toString());
        m.put("stopped_on", r.stoppedOn() == null ? null : r.stoppedOn().toString());
        m.put("frequency", r.frequency().text());
        return m;
    }
}
