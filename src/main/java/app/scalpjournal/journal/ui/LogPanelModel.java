package app.scalpjournal.journal.ui;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Signal;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.TagRepository;
import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.UndoStack;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log of the selected entry's day: its items, the routines running that day and the entry's
 * tags. Reads and writes run on the task runner; {@link #setOnChanged} hears the day that changed.
 */
public final class LogPanelModel {
    private final LogRepository log;
    private final RoutineRepository routines;
    private final TagRepository tags;
    private final LogValidator validator;
    private final UndoStack undo;
    private final TaskRunner runner;

    private final ObjectProperty<Entry> entry = new SimpleObjectProperty<>();
    private final ObservableList<LogItem> items = FXCollections.observableArrayList();
    private final ObservableList<Routine> running = FXCollections.observableArrayList();
    private final StringProperty tagsText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private Map<LogField, List<String>> suggestions = Map.of();
    private List<String> allTags = List.of();
    private final Signal<LocalDate> changed = new Signal<>();

    public LogPanelModel(LogRepository log, RoutineRepository routines, TagRepository tags, LogValidator validator,
                         UndoStack undo, TaskRunner runner) {
        this.log = log;
        this.routines = routines;
        this.tags = tags;
        this.validator = validator;
        this.undo = undo;
        this.runner = runner;
    }

    private record Loaded(Entry entry, List<LogItem> items, List<Routine> running, List<String> tags,
                          Map<LogField, List<String>> suggestions, List<String> allTags) {
    }

    public void load(Entry shown) {
        if (shown == null) {
            show(new Loaded(null, List.of(), List.of(), List.of(), suggestions, allTags));
            return;
        }
        runner.run(() -> {
            Map<LogField, List<String>> earlier = new EnumMap<>(LogField.class);
            for (LogField f : LogField.values()) {
                earlier.put(f, log.previousValues(f));
            }
            return new Loaded(shown, log.listByDate(shown.date()), routines.activeOn(shown.date()), tags.tagsOf(shown.id()),
                    earlier, tags.allTags());
        }, this::show, e -> message.set(Messages.get("log.panel.unreadable", e.getMessage())));
    }

    private void show(Loaded loaded) {
        entry.set(loaded.entry());
        items.setAll(loaded.items());
        running.setAll(loaded.running());
        tagsText.set(String.join(", ", loaded.tags()));
        suggestions = loaded.suggestions();
        allTags = loaded.allTags();
        message.set("");
    }

    /** Fired with the day whose log or tags changed; the window's listener reloads this model with the timeline. */
    public Signal<LocalDate> changed() {
        return changed;
    }

    public ObjectProperty<Entry> entryProperty() {
        return entry;
    }

    public ObservableList<LogItem> items() {
        return items;
    }

    public ObservableList<Routine> running() {
        return running;
    }

    public StringProperty tagsTextProperty() {
        return tagsText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public LogValidator validator() {
        return validator;
    }

    /** Values typed before in a field, for auto-complete (read with the day, never on the UI thread). */
    public List<String> suggestions(LogField field) {
        return suggestions.getOrDefault(field, List.of());
    }

    public List<String> allTags() {
        return allTags;
    }

    public void add(LogItem item) {
        write(() -> log.add(item), saved -> changed(saved.date()));
    }

    public void update(LogItem before, LogItem after) {
        write(() -> log.update(before.id(), after), saved -> {
            if (!saved.date().equals(before.date())) {
                changed.fire(before.date());
            }
            changed(saved.date());
        });
    }

    public void delete(LogItem item) {
        write(() -> {
            log.delete(item.id());
            return item;
        }, gone -> {
            undo.push(Messages.get("log.undo.item", gone.kind().label().toLowerCase(java.util.Locale.ROOT), DateFormats.day(gone.date())),
                    () -> log.add(gone), () -> changed(gone.date()));
            changed(gone.date());
        });
    }

    /** Stores the tags typed as "winter, new shampoo"; a refused list leaves the stored tags as they were. */
    public void saveTags(String typed) {
        Entry current = entry.get();
        if (current == null) {
            return;
        }
        List<String> checked;
        try {
            checked = validator.tags(typed);
        } catch (ValidationException e) {
            message.set(Messages.get("log.tags.notSaved", e.getMessage()));
            return;
        }
        write(() -> tags.setTags(current.id(), checked), stored -> {
            tagsText.set(String.join(", ", stored));
            message.set(Messages.get(stored.isEmpty() ? "log.tags.cleared" : "log.tags.saved"));
            changed.fire(current.date());
        });
    }

    private void changed(LocalDate day) {
        changed.fire(day);
    }

    private <T> void write(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        runner.run(work, then, e -> message.set(Messages.get("log.notSaved", e.getMessage())));
    }
}
