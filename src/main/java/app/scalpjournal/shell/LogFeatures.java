package app.scalpjournal.shell;

import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.UndoStack;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.Entry;
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
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Reminders;
import app.scalpjournal.photo.ui.CaptureConditionsPane;
import app.scalpjournal.photo.ui.ImportDialog;
import app.scalpjournal.photo.ui.PhotoCaptureControl;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The log feature's part of the window: the log panel under the note, capture conditions on photos
 * and in the import dialog, routines on the timeline, search, calendar and reminders.
 */
public final class LogFeatures {
    private final AppContext context;
    private final TaskRunner runner;
    private final TimelineViewModel timelineModel;
    private final EntryViewModel entryModel;
    private final LogPanelModel logModel;
    private final Reminders reminders;
    private final Button remindersButton = new Button("Reminders", new FontIcon(Material2AL.ALARM));
    private MainWindow window;
    private TimelineView timeline;
    private List<Routine> routines = List.of();
    private java.util.Map<LocalDate, List<LogItem>> logByDay = java.util.Map.of();
    private java.util.Map<LocalDate, DayLines.Lines> dayLines = java.util.Map.of();
    private SearchWindow search;
    private CalendarWindow calendar;
    private RoutinesWindow routinesWindow;
    private RemindersWindow remindersWindow;

    public LogFeatures(AppContext context, TaskRunner runner, UndoStack undo, TimelineViewModel timelineModel, EntryViewModel entryModel) {
        this.context = context;
        this.runner = runner;
        this.timelineModel = timelineModel;
        this.entryModel = entryModel;
        this.reminders = new Reminders(context.routineReminders(), context.cadences(), context.validator());
        this.logModel = new LogPanelModel(context.log(), context.routines(), context.tags(), context.validator(), undo, runner);
    }

    public LogPanelModel logModel() {
        return logModel;
    }

    public void install(MainWindow main, EntryView entry, TimelineView timelineView) {
        this.window = main;
        this.timeline = timelineView;
        entry.addSection(new LogPanel(logModel));
        entry.setPhotoExtra(photo -> new PhotoCaptureControl(photo, context.captures(), runner));
        entryModel.entryProperty().addListener((obs, old, now) -> logModel.load(now));
        logModel.changed().listen(day -> journalChanged());
        timeline.setDayLines(day -> dayLines.getOrDefault(day, DayLines.Lines.NONE));
        timelineModel.items().addListener((javafx.collections.ListChangeListener<TimelineItem>) c -> refreshDayLines());

        main.add(MainWindow.Section.VIEW, Command.SEARCH.item(() -> openSearch("")));
        main.add(MainWindow.Section.VIEW, Command.CALENDAR.item(this::openCalendar));
        main.add(MainWindow.Section.JOURNAL, Command.ROUTINES.item(this::openRoutines));
        main.add(MainWindow.Section.JOURNAL, item("remindersMenu", "Reminders and photo cadences…", this::openReminders));

        TextField searchBox = new TextField();
        searchBox.setId("searchBox");
        searchBox.setAccessibleText("Search notes, log items, products and tags; press Enter");
        searchBox.setPromptText("Search notes, log, tags");
        searchBox.setPrefColumnCount(14);
        searchBox.setOnAction(e -> openSearch(searchBox.getText()));
        main.addToolbarItem(searchBox);
        main.addToolbarItem(toolButton("calendarButton", "Calendar", new FontIcon(Material2AL.CALENDAR_TODAY), "Open the calendar", this::openCalendar));
        main.addToolbarItem(toolButton("routinesButton", "Routines", new FontIcon(Material2MZ.REPEAT), "Start, edit or stop routines", this::openRoutines));
        remindersButton.setId("remindersButton");
        remindersButton.setAccessibleText("Reminders: photos and routines that are due");
        remindersButton.setOnAction(e -> openReminders());
        main.addToolbarItem(remindersButton);
        loadRoutines();
        checkReminders();
    }

    /**
     * Adds batch capture conditions to an import dialog, offering the last choice again. The returned step,
     * called with the import's summary, remembers the choice and stores it on each imported photo.
     */
    public java.util.function.Consumer<ImportSummary> addCaptureOptions(ImportDialog dialog) {
        CaptureConditionsPane pane = new CaptureConditionsPane(CaptureConditions.UNKNOWN);
        runner.run(context.captures()::lastUsed, pane::set, e -> { });
        TitledPane box = new TitledPane("How these photos were taken (optional)", pane);
        box.setId("importCapture");
        box.setExpanded(false);
        box.setAnimated(false);
        dialog.addOption(box);
        return summary -> {
            CaptureConditions chosen;
            try {
                chosen = pane.get();
            } catch (IllegalArgumentException e) {
                window.showMessage("Capture conditions not saved: " + e.getMessage());
                return;
            }
            List<Long> ids = summary.results().stream().filter(r -> r instanceof ImportResult.Imported)
                    .map(r -> ((ImportResult.Imported) r).photo().id()).toList();
            runner.run(() -> {
                context.captures().rememberLastUsed(chosen);
                if (!chosen.isUnknown()) {
                    context.captures().put(ids, chosen);
                }
                return Boolean.TRUE;
            }, ok -> entryModel.refresh(), e -> window.showMessage("Capture conditions not saved: " + e.getMessage()));
        };
    }

    /** Reads the routines and every log item by day, then words the timeline's lines from them. */
    private void loadRoutines() {
        runner.run(() -> new DayFacts(context.routines().listAll(), context.log().list(null, null, null).stream()
                .collect(java.util.stream.Collectors.groupingBy(LogItem::date))), facts -> {
            routines = facts.routines();
            logByDay = facts.log();
            refreshDayLines();
        }, e -> window.showMessage("Routines could not be read: " + e.getMessage()));
    }

    private record DayFacts(List<Routine> routines, java.util.Map<LocalDate, List<LogItem>> log) {
    }

    private void refreshDayLines() {
        List<LocalDate> days = timelineModel.items().stream().filter(i -> i instanceof TimelineItem.EntryRow)
                .map(i -> ((TimelineItem.EntryRow) i).entry().date()).toList();
        dayLines = DayLines.of(days, routines, logByDay);
        timeline.list().refresh();
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
        runner.run(() -> context.entries().findByDate(day), found -> found.ifPresentOrElse(entry -> {
            if (!timeline.select(entry.id())) {
                timelineModel.regionFilterProperty().set(null);
                timelineModel.reload(() -> timeline.select(entry.id()));
            }
            window.getScene().getWindow().requestFocus();
        }, () -> window.showMessage("Nothing recorded on " + day + ".")), e -> window.showMessage(e.getMessage()));
    }

    private void openSearch(String text) {
        if (search == null) {
            search = new SearchWindow(window.getScene().getWindow(), new SearchViewModel(context.search(), runner, this::openHit));
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
            calendar = new CalendarWindow(window.getScene().getWindow(), new CalendarViewModel(context.calendar(), runner, today(), this::openDay));
        }
        Entry shown = entryModel.entryProperty().get();
        if (shown != null) {
            calendar.show(java.time.YearMonth.from(shown.date()));
        }
        calendar.show();
    }

    private void openRoutines() {
        if (routinesWindow == null) {
            routinesWindow = new RoutinesWindow(window.getScene().getWindow(), new RoutinesViewModel(context.routines(), runner,
                    this::journalChanged), context.validator(), today());
        }
        routinesWindow.show();
    }

    private void openReminders() {
        if (remindersWindow == null) {
            remindersWindow = new RemindersWindow(window.getScene().getWindow(), new RemindersViewModel(reminders, runner, today(),
                    this::checkReminders));
        }
        remindersWindow.show();
    }

    /** On start-up and after changes: the toolbar says how many reminders are due; nothing pops up. */
    private void checkReminders() {
        runner.run(() -> reminders.dueOn(today()), due -> {
            remindersButton.setText(due.isEmpty() ? "Reminders" : "Reminders (" + due.size() + " due)");
            remindersButton.getStyleClass().remove("reminders-due");
            if (!due.isEmpty()) {
                remindersButton.getStyleClass().add("reminders-due");
                window.showMessage("Due: " + String.join("; ", due.stream().map(Reminder::subject).toList()));
            }
        }, e -> window.showMessage("Reminders could not be read: " + e.getMessage()));
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
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
