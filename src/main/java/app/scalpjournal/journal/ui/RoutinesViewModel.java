package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Routines window's state and commands: the routines (most recently started first), start, save
 * and delete, and a message saying what was done or why not. The window asks; this model writes.
 */
public final class RoutinesViewModel {
    // Properties
    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<Routine> routinesView = FXCollections.unmodifiableObservableList(routines);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final RoutineRepository repository;
    private final TaskRunner runner;
    private final Runnable onChanged;

    public RoutinesViewModel(RoutineRepository repository, TaskRunner runner, Runnable onChanged) {
        this.repository = repository;
        this.runner = runner;
        this.onChanged = onChanged;
    }

    public ObservableList<Routine> routines() {
        return routinesView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Names used before, offered as the user types a new routine's name. */
    public List<String> names() {
        return routines.stream().map(Routine::name).distinct().toList();
    }

    // Commands

    public void load() {
        runner.run(repository::listAll, routines::setAll, e -> message.set(Messages.get("routines.readFailed", e.getMessage())));
    }

    public void start(Routine routine) {
        write(() -> repository.add(routine), Messages.get("routines.started", routine.name()));
    }

    public void save(Routine before, Routine after) {
        write(() -> repository.update(before.id(), after), Messages.get("routines.saved", after.name()));
    }

    public void delete(Routine routine) {
        write(() -> {
            repository.delete(routine.id());
            return routine;
        }, Messages.get("routines.deleted", routine.name()));
    }

    private void write(Callable<?> work, String done) {
        runner.run(work, ok -> {
            message.set(done);
            load();
            onChanged.run();
        }, e -> message.set(Messages.get("routines.notSaved", e.getMessage())));
    }
}
