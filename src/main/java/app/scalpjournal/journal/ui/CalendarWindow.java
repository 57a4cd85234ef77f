package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.DayMarks;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A month grid marking days with photos and with log items; clicking a marked day opens its entry. */
public final class CalendarWindow {
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Label month = new Label();
    private final JournalCalendar calendar;
    private final TaskRunner runner;
    private final Consumer<LocalDate> openDay;
    private final LocalDate today;
    private YearMonth shown;
    private TaskRunner.Handle pending;

    public CalendarWindow(Window owner, JournalCalendar calendar, TaskRunner runner, LocalDate today, Consumer<LocalDate> openDay) {
        this.calendar = calendar;
        this.runner = runner;
        this.openDay = openDay;
        this.today = today;
        this.shown = YearMonth.from(today);
        stage.initOwner(owner);
        stage.setTitle("Calendar");
        Button prev = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        prev.setId("calendarPrev");
        prev.setAccessibleText("Previous month");
        prev.setOnAction(e -> show(shown.minusMonths(1)));
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId("calendarNext");
        next.setAccessibleText("Next month");
        next.setOnAction(e -> show(shown.plusMonths(1)));
        Button now = new Button("Today");
        now.setId("calendarToday");
        now.setAccessibleText("Show this month");
        now.setOnAction(e -> show(YearMonth.from(today)));
        month.setId("calendarMonth");
        month.getStyleClass().add("title-3");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, month, gap, now, prev, next);
        header.setAlignment(Pos.CENTER_LEFT);

        grid.setId("calendarGrid");
        grid.getStyleClass().add("calendar-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(col);
        }
        Label legend = new Label("Days with photos and with log items are marked; choose one to open it.",
                new HBox(4, new FontIcon(Material2AL.CAMERA_ALT), new FontIcon(Material2MZ.RADIO_BUTTON_CHECKED)));
        legend.getStyleClass().add("hint");
        VBox root = new VBox(10, header, grid, legend);
        root.setId("calendarWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(grid, Priority.ALWAYS);
        Scene scene = new Scene(root, 620, 500);
        Themes.style(scene);
        stage.setScene(scene);
    }

    public void show() {
        show(shown);
        stage.show();
        stage.toFront();
    }

    /** Shows a month (e.g. the one an entry is in) and reads its marks. */
    public void show(YearMonth target) {
        shown = target;
        month.setText(DateFormats.month(target));
        if (pending != null) {
            pending.cancel();
        }
        pending = runner.run(() -> calendar.month(target), this::fill, e -> month.setText(DateFormats.month(target) + " (could not be read)"));
    }

    /** Reads the shown month again, after the journal changed. */
    public void refresh() {
        if (stage.isShowing()) {
            show(shown);
        }
    }

    private void fill(Map<LocalDate, DayMarks> marks) {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            name.getStyleClass().add("calendar-weekday");
            name.setMaxWidth(Double.MAX_VALUE);
            name.setAlignment(Pos.CENTER);
            grid.add(name, c, 0);
        }
        int offset = shown.atDay(1).getDayOfWeek().getValue() - 1;
        int rows = (offset + shown.lengthOfMonth() + 6) / 7;
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(-1);
            grid.getRowConstraints().add(row);
        }
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate day = shown.atDay(d);
            int cell = offset + d - 1;
            grid.add(dayButton(day, marks.get(day)), cell % 7, 1 + cell / 7);
        }
    }

    private Button dayButton(LocalDate day, DayMarks marks) {
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("calendar-day-number");
        HBox icons = new HBox(3);
        icons.setAlignment(Pos.CENTER);
        StringBuilder text = new StringBuilder(DateFormats.longDay(day));
        if (marks != null && marks.photos() > 0) {
            icons.getChildren().add(mark(new FontIcon(Material2AL.CAMERA_ALT), "calendar-photo-mark"));
            text.append(", ").append(marks.photos()).append(marks.photos() == 1 ? " photo" : " photos");
        }
        if (marks != null && marks.logItems() > 0) {
            icons.getChildren().add(mark(new FontIcon(Material2MZ.RADIO_BUTTON_CHECKED), "calendar-log-mark"));
            text.append(", ").append(marks.logItems()).append(marks.logItems() == 1 ? " log item" : " log items");
        }
        VBox content = new VBox(2, number, icons);
        content.setAlignment(Pos.TOP_CENTER);
        Button b = new Button(null, content);
        b.setId("day-" + day);
        b.setAccessibleText(text.toString());
        b.getStyleClass().addAll("calendar-day", "flat");
        if (marks != null) {
            b.getStyleClass().add("calendar-day-marked");
        }
        if (day.equals(today)) {
            b.getStyleClass().add("calendar-today");
        }
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setMinHeight(54);
        b.setDisable(marks == null);
        b.setOnAction(e -> openDay.accept(day));
        return b;
    }

    private static FontIcon mark(FontIcon icon, String style) {
        icon.getStyleClass().add(style);
        return icon;
    }
}
