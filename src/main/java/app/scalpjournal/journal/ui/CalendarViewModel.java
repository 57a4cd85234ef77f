package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.DayMarks;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The calendar's state and commands: the month shown, its title, which of its days have photos and
 * log items, moving between months and opening a marked day.
 */
public final class CalendarViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<YearMonth> month;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<LocalDate, DayMarks>> marks = new ReadOnlyObjectWrapper<>(Map.of());

    private final JournalCalendar calendar;
    private final TaskRunner runner;
    private final LocalDate today;
    private final Consumer<LocalDate> openDay;
    private TaskRunner.Handle pending;

    public CalendarViewModel(JournalCalendar calendar, TaskRunner runner, LocalDate today, Consumer<LocalDate> openDay) {
        this.calendar = calendar;
        this.runner = runner;
        this.today = today;
        this.openDay = openDay;
        this.month = new ReadOnlyObjectWrapper<>(YearMonth.from(today));
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The shown month's marked days; a day with neither photos nor log items is absent. */
    public ReadOnlyObjectProperty<Map<LocalDate, DayMarks>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }

    /** A day as a screen reader says it: "Sunday 29 November 2026, 3 photos, 1 log item". */
    public String describe(LocalDate day) {
        DayMarks m = marks.get().get(day);
        return Messages.get("calendar.day", DateFormats.longDay(day), m == null ? 0 : m.photos(), m == null ? 0 : m.logItems());
    }

    // Commands

    /** Shows a month (e.g. the one an entry is in) and reads its marks. */
    public void show(YearMonth target) {
        month.set(target);
        title.set(DateFormats.month(target));
        if (pending != null) {
            pending.cancel();
        }
        marks.set(Map.of());
        pending = runner.run(() -> calendar.month(target), found -> {
            pending = null;
            marks.set(Map.copyOf(found));
        }, e -> title.set(Messages.get("calendar.readFailed", DateFormats.month(target))));
    }

    public void previous() {
        show(month.get().minusMonths(1));
    }

    public void next() {
        show(month.get().plusMonths(1));
    }

    public void thisMonth() {
        show(YearMonth.from(today));
    }

    /** Reads the shown month again, after the journal changed. */
    public void refresh() {
        show(month.get());
    }

    /** Opens a day that has something recorded; an empty day does nothing. */
    public void open(LocalDate day) {
        if (marks.get().containsKey(day)) {
            openDay.accept(day);
        }
    }
}
