package app.scalpjournal.shell;

import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.Reminders;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reminders window's state and commands: what is due today and what comes later, as lines to
 * read, the photo cadence typed per region, and a message after saving or a problem.
 */
public final class RemindersViewModel {
    /** A line of the window: its words and whether it is about a photo (else a routine). */
    public record Line(String text, boolean photo) {
    }

    // Properties
    private final ObservableList<Line> due = FXCollections.observableArrayList();
    private final ObservableList<Line> upcoming = FXCollections.observableArrayList();
    // One read-only view of each list, kept: a new wrapper per call would listen weakly and could be collected.
    private final ObservableList<Line> dueView = FXCollections.unmodifiableObservableList(due);
    private final ObservableList<Line> upcomingView = FXCollections.unmodifiableObservableList(upcoming);
    private final Map<Region, StringProperty> cadences = new EnumMap<>(Region.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nothingUpcoming = new ReadOnlyStringWrapper("");

    private final Reminders reminders;
    private final TaskRunner runner;
    private final LocalDate today;
    private final Runnable onChanged;

    public RemindersViewModel(Reminders reminders, TaskRunner runner, LocalDate today, Runnable onChanged) {
        this.reminders = reminders;
        this.runner = runner;
        this.today = today;
        this.onChanged = onChanged;
        for (Region region : Region.values()) {
            cadences.put(region, new SimpleStringProperty(""));
        }
    }

    public ObservableList<Line> due() {
        return dueView;
    }

    public ObservableList<Line> upcoming() {
        return upcomingView;
    }

    /** The days typed for a region's photo cadence; empty for no reminder. */
    public StringProperty cadenceProperty(Region region) {
        return cadences.get(region);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What "Coming up" says when it is empty: how to get reminders, or that nothing else is planned. */
    public ReadOnlyStringProperty nothingUpcomingProperty() {
        return nothingUpcoming.getReadOnlyProperty();
    }

    // Commands

    public void load() {
        runner.run(() -> reminders.read(today), this::fill, e -> message.set(Messages.get("reminders.readFailed", e.getMessage())));
    }

    /** Stores the typed cadences (all or none), then reads the reminders again. */
    public void saveCadences() {
        Map<Region, String> typed = new EnumMap<>(Region.class);
        cadences.forEach((region, text) -> typed.put(region, text.get()));
        runner.run(() -> {
            reminders.setCadences(typed);
            return Boolean.TRUE;
        }, ok -> {
            message.set(Messages.get("reminders.saved"));
            load();
            onChanged.run();
        }, e -> message.set(e instanceof ValidationException ? e.getMessage() : Messages.get("reminders.notSaved", e.getMessage())));
    }

    private void fill(Reminders.Board board) {
        due.setAll(lines(board.due()));
        upcoming.setAll(lines(board.upcoming()));
        nothingUpcoming.set(board.due().isEmpty() && board.upcoming().isEmpty()
                ? Messages.get("reminders.howTo") : Messages.get("reminders.nothingElse"));
        cadences.forEach((region, text) -> {
            Integer days = board.cadences().get(region);
            text.set(days == null ? "" : days.toString());
        });
    }

    private List<Line> lines(List<Reminders.Item> items) {
        return Collections.unmodifiableList(items.stream().map(i -> new Line(i.reminder().text(today), i.photo())).toList());
    }
}
