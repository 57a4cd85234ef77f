package app.scalpjournal.shell;

import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.UndoStack;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.TagRepository;
import app.scalpjournal.journal.Reminder;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.ui.CalendarViewModel;
import app.scalpjournal.journal.ui.DayLines;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.journal.ui.CalendarWindow;
import app.scalpjournal.journal.ui.EntryView;
import app.scalpjournal.journal.ui.EntryViewModel;
import app.scalpjournal.journal.ui.LogPanel;
import app.scalpjournal.journal.ui.LogPanelModel;
import app.scalpjournal.journal.ui.RoutinesViewModel;
import app.scalpjournal.journal.ui.RoutinesWindow;
import app.scalpjournal.journal.ui.SearchViewModel;
import app.scalpjournal.journal.ui.SearchWindow;
import app.scalpjournal.journal.ui.TimelineView;
import app.scalpjournal.journal.ui.TimelineViewModel;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Reminders;
import app.scalpjournal.photo.ui.CaptureViewModel;
import app.scalpjournal.photo.ui.ImportCaptureOptions;
import app.scalpjournal.photo.ui.ImportCaptureViewModel;
import app.scalpjournal.photo.ui.ImportDialog;
import app.scalpjournal.photo.ui.PhotoCaptureControl;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The log feature's part of the window: the log panel under the note, capture conditions on photos
 * and in the import dialog, routines on the timeline, search, calendar and reminders.
 */
public final class LogFeatures {
    /** What the log features read and change: the journal's log, routines, tags, search, calendar and reminders. */
    public record Services(EntryRepository entries, LogRepository log, RoutineRepository routines, TagRepository tags,
            LogValidator validator, JournalSearch search, JournalCalendar calendar, Reminders reminders,
            CaptureRepository captures, Clock clock) {
    }

    /** Days whose timeline lines are worded on the UI thread at once; more go to the background. */
    static final int WORDED_AT_ONCE = 200;

    private final Services services;
    private final TaskRunner runner;
    private final TimelineViewModel timelineModel;
    private final EntryViewModel entryModel;
    private final LogPanelModel logModel;
    private final Button remindersButton = new Button(Messages.get("log.reminders"), new FontIcon(Material2AL.ALARM));
    private MainWindow window;
    private TimelineView timeline;
    private List<Routine> routines = List.of();
    private java.util.Map<LocalDate, List<LogItem>> logByDay = java.util.Map.of();
    /** Wording the lines of a long journal, in the background. */
    private TaskRunner.Handle wording;
    private SearchWindow search;
    private CalendarWindow calendar;
    private RoutinesWindow routinesWindow;
    private RemindersWindow remindersWindow;

    public LogFeatures(Services services, TaskRunner runner, UndoStack undo, TimelineViewModel timelineModel, EntryViewModel entryModel) {
        this.services = services;
        this.runner = runner;
        this.timelineModel = timelineModel;
        this.entryModel = entryModel;
        this.logModel = new LogPanelModel(services.log(), services.routines(), services.tags(), services.validator(), undo, runner);
    }

    public void install(MainWindow main, EntryView entry, TimelineView timelineView) {
        this.window = main;
        this.timeline = timelineView;
        entry.addSection(new LogPanel(logModel));
        entry.setPhotoExtra(photo -> new PhotoCaptureControl(new CaptureViewModel(photo, services.captures(), runner)));
        entryModel.entryProperty().addListener((obs, old, now) -> logModel.load(now));
        logModel.changed().listen(day -> journalChanged());
        timelineModel.items().addListener((javafx.collections.ListChangeListener<TimelineItem>) c -> refreshDayLines());

        main.add(MainWindow.Section.VIEW, Command.SEARCH.item(() -> openSearch("")));
        main.add(MainWindow.Section.VIEW, Command.CALENDAR.item(this::openCalendar));
        main.add(MainWindow.Section.JOURNAL, Command.ROUTINES.item(this::openRoutines));
        main.add(MainWindow.Section.JOURNAL, item("remindersMenu", Messages.get("log.remindersMenu"), this::openReminders));

        TextField searchBox = new TextField();
        searchBox.setId("searchBox");
        searchBox.setAccessibleText(Messages.get("log.searchBox.accessible"));
        searchBox.setPromptText(Messages.get("log.searchBox.prompt"));
        searchBox.setPrefColumnCount(14);
        searchBox.setOnAction(e -> openSearch(searchBox.getText()));
        main.addToolbarItem(searchBox);
        main.addToolbarItem(toolButton("calendarButton", Messages.get("log.calendar"), new FontIcon(Material2AL.CALENDAR_TODAY),
                Messages.get("log.calendar.accessible"), this::openCalendar));
        main.addToolbarItem(toolButton("routinesButton", Messages.get("log.routines"), new FontIcon(Material2MZ.REPEAT),
                Messages.get("log.routines.accessible"), this::openRoutines));
        remindersButton.setId("remindersButton");
        remindersButton.setAccessibleText(Messages.get("log.reminders.accessible"));
        remindersButton.setOnAction(e -> openReminders());
        main.addToolbarItem(remindersButton);
        loadRoutines();
        checkReminders();
    }

    /**
     * Adds batch capture conditions to an import dialog, offering the last choice again. The returned step,
     * called with the import's summary, remembers the choice and stores it on each imported photo.
     */
    public Consumer<ImportSummary> addCaptureOptions(ImportDialog dialog) {
        ImportCaptureViewModel model = new ImportCaptureViewModel(services.captures(), runner);
        model.problems().listen(window::showMessage);
        model.stored().listen(ids -> entryModel.refresh());
        return ImportCaptureOptions.addTo(dialog, model);
    }

    /** Reads the routines and every log item by day, then words the timeline's lines from them. */
    private void loadRoutines() {
        runner.run(() -> new DayFacts(services.routines().listAll(), services.log().list(null, null, null).stream()
                .collect(java.util.stream.Collectors.groupingBy(LogItem::date))), facts -> {
            routines = facts.routines();
            logByDay = facts.log();
            refreshDayLines();
        }, e -> window.showMessage(Messages.get("log.routinesReadFailed", e.getMessage())));
    }

    private record DayFacts(List<Routine> routines, java.util.Map<LocalDate, List<LogItem>> log) {
    }

    /**
     * Words the timeline's lines again. A page of rows (the first screen, a short journal) gets them at once,
     * so they show with the rows; thousands of days are worded in the background, off the UI thread.
     */
    private void refreshDayLines() {
        List<LocalDate> days = timelineModel.items().stream().filter(i -> i instanceof TimelineItem.EntryRow)
                .map(i -> ((TimelineItem.EntryRow) i).entry().date()).toList();
        if (wording != null) {
            wording.cancel();
        }
        if (days.size() <= WORDED_AT_ONCE) {
            showDayLines(DayLines.of(days, routines, logByDay));
            return;
        }
        List<Routine> running = routines;
        java.util.Map<LocalDate, List<LogItem>> logged = logByDay;
        wording = runner.run(() -> DayLines.of(days, running, logged), this::showDayLines,
                e -> window.showMessage(Messages.get("log.routinesReadFailed", e.getMessage())));
    }

    private void showDayLines(java.util.Map<LocalDate, DayLines.Lines> lines) {
        timeline.setDayLines(day -> lines.getOrDefault(day, DayLines.Lines.NONE));
    }

    /** After the log, tags or routines changed: the timeline, the open entry's log and the calendar follow. */
    private void journalChanged() {
        Entry shown = entryModel.entryProperty().get();
        timelineModel.reload(() -> {
            if (shown != null) {
                timeline.select(shown.id());
            }
        });
        loadRoutines();
        logModel.load(shown);
        if (calendar != null) {
            calendar.refresh();
        }
        checkReminders();
    }

    /** Shows a day's entry: the region filter is cleared when it hides that day. */
    public void openDay(LocalDate day) {
        runner.run(() -> services.entries().findByDate(day), found -> found.ifPresentOrElse(entry -> {
            if (!timeline.select(entry.id())) {
                timelineModel.regionFilterProperty().set(null);
                timelineModel.reload(() -> timeline.select(entry.id()));
            }
            window.getScene().getWindow().requestFocus();
        }, () -> window.showMessage(Messages.get("log.nothingOn", DateFormats.day(day)))), e -> window.showMessage(e.getMessage()));
    }

    private void openSearch(String text) {
        if (search == null) {
            search = new SearchWindow(window.getScene().getWindow(), new SearchViewModel(services.search(), runner, this::openHit));
        }
        search.show(text);
    }

    private void openHit(SearchHit hit) {
        if (hit.type() == SearchHit.Type.ENTRY) {
            openDay(hit.date());
        } else {
            openRoutines();
        }
    }

    private void openCalendar() {
        if (calendar == null) {
            calendar = new CalendarWindow(window.getScene().getWindow(), new CalendarViewModel(services.calendar(), runner, today(), this::openDay));
        }
        Entry shown = entryModel.entryProperty().get();
        if (shown != null) {
            calendar.show(java.time.YearMonth.from(shown.date()));
        }
        calendar.show();
    }

    private void openRoutines() {
        if (routinesWindow == null) {
            routinesWindow = new RoutinesWindow(window.getScene().getWindow(), new RoutinesViewModel(services.routines(), runner,
                    this::journalChanged), services.validator(), today());
        }
        routinesWindow.show();
    }

    private void openReminders() {
        if (remindersWindow == null) {
            remindersWindow = new RemindersWindow(window.getScene().getWindow(), new RemindersViewModel(services.reminders(), runner, today(),
                    this::checkReminders));
        }
        remindersWindow.show();
    }

    /** On start-up and after changes: the toolbar says how many reminders are due; nothing pops up. */
    private void checkReminders() {
        runner.run(() -> services.reminders().dueOn(today()), due -> {
            remindersButton.setText(due.isEmpty() ? Messages.get("log.reminders") : Messages.get("log.remindersDue", due.size()));
            remindersButton.getStyleClass().remove("reminders-due");
            if (!due.isEmpty()) {
                remindersButton.getStyleClass().add("reminders-due");
                window.showMessage(Messages.get("log.due", String.join("; ", due.stream().map(Reminder::subject).toList())));
            }
        }, e -> window.showMessage(Messages.get("log.remindersReadFailed", e.getMessage())));
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button toolButton(String id, String text, FontIcon icon, String accessible, Runnable action) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setTooltip(new javafx.scene.control.Tooltip(accessible));
        b.getStyleClass().add("secondary-tool");
        b.setOnAction(e -> action.run());
        return b;
    }
}
