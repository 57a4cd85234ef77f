package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.journal.ValidationException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the add/edit log item dialog. Every field of every kind keeps its text while the user
 * switches kinds; only the chosen kind's fields are submitted, through the shared {@link LogValidator}.
 */
public final class LogItemForm {
    private final LogValidator validator;
    private final ObjectProperty<LogKind> kind = new SimpleObjectProperty<>(LogKind.MASSAGE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final Map<LogField, StringProperty> values = new EnumMap<>(LogField.class);
    private final Map<SideEffect, BooleanProperty> sideEffects = new EnumMap<>(SideEffect.class);
    private final StringProperty sideEffectNote = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public LogItemForm(LogValidator validator, LocalDate day) {
        this.validator = validator;
        date.set(day);
        for (LogField f : LogField.values()) {
            values.put(f, new SimpleStringProperty(""));
        }
        for (SideEffect s : SideEffect.values()) {
            sideEffects.put(s, new SimpleBooleanProperty(false));
        }
    }

    /** A form filled with an existing item, for editing. */
    public static LogItemForm of(LogValidator validator, LogItem item) {
        LogItemForm form = new LogItemForm(validator, item.date());
        form.kind.set(item.kind());
        item.fields().forEach((f, v) -> form.values.get(f).set(v));
        item.sideEffects().forEach(s -> form.sideEffects.get(s).set(true));
        form.sideEffectNote.set(item.sideEffectNote());
        form.note.set(item.note());
        return form;
    }

    public ObjectProperty<LogKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty value(LogField field) {
        return values.get(field);
    }

    public BooleanProperty sideEffect(SideEffect effect) {
        return sideEffects.get(effect);
    }

    public StringProperty sideEffectNoteProperty() {
        return sideEffectNote;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The validator's message when the last submit was refused, else empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** The checked item (id 0), or empty with {@link #problemProperty()} saying why. */
    public Optional<LogItem> submit() {
        Map<LogField, String> typed = new EnumMap<>(LogField.class);
        if (kind.get() != null) {
            for (LogField f : kind.get().fields()) {
                typed.put(f, values.get(f).get());
            }
        }
        EnumSet<SideEffect> effects = EnumSet.noneOf(SideEffect.class);
        sideEffects.forEach((s, on) -> {
            if (on.get()) {
                effects.add(s);
            }
        });
        try {
            LogItem item = validator.check(new LogDraft(date.get() == null ? "" : date.get().toString(), kind.get(), typed,
                    effects, sideEffectNote.get(), note.get()));
            problem.set("");
            return Optional.of(item);
        } catch (ValidationException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }
}
