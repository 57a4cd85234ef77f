package app.scalpjournal.journal.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.WindowKeys;
import app.scalpjournal.journal.DayMarks;
import app.scalpjournal.ui.Themes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
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

/** A month grid marking days with photos and with log items: a thin view of {@link CalendarViewModel}. */
public final class CalendarWindow {
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final CalendarViewModel model;

    public CalendarWindow(Window owner, CalendarViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("calendar.title"));
        Button prev = iconButton("calendarPrev", Material2AL.CHEVRON_LEFT, Messages.get("calendar.previous"));
        prev.setOnAction(e -> model.previous());
        Button next = iconButton("calendarNext", Material2AL.CHEVRON_RIGHT, Messages.get("calendar.next"));
        next.setOnAction(e -> model.next());
        Button now = new Button(Messages.get("calendar.today"));
        now.setId("calendarToday");
        now.setAccessibleText(Messages.get("calendar.today.accessible"));
        now.setOnAction(e -> model.thisMonth());
        Label month = new Label();
        month.setId("calendarMonth");
        month.getStyleClass().add("title-3");
        month.textProperty().bind(model.titleProperty());
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
        model.marksProperty().addListener((obs, old, marks) -> fill(marks));
        Label legend = new Label(Messages.get("calendar.legend"),
                new HBox(4, new FontIcon(Material2AL.CAMERA_ALT), new FontIcon(Material2MZ.RADIO_BUTTON_CHECKED)));
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        VBox root = new VBox(10, header, grid, legend, WindowKeys.closeBar(stage, "calendarClose"));
        root.setId("calendarWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(grid, Priority.ALWAYS);
        Scene scene = new Scene(root, 620, 500);
        Themes.style(scene);
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
    }

    public void show() {
        model.show(model.monthProperty().get());
        stage.show();
        stage.toFront();
    }

    /** Shows a month (e.g. the one an entry is in). */
    public void show(YearMonth target) {
        model.show(target);
    }

    /** Reads the shown month again, after the journal changed. */
    public void refresh() {
        if (stage.isShowing()) {
            model.refresh();
        }
    }

    private void fill(Map<LocalDate, DayMarks> marks) {
        YearMonth shown = model.monthProperty().get();
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault(Locale.Category.FORMAT)));
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
        if (marks != null && marks.photos() > 0) {
            icons.getChildren().add(mark(new FontIcon(Material2AL.CAMERA_ALT), "calendar-photo-mark"));
        }
        if (marks != null && marks.logItems() > 0) {
            icons.getChildren().add(mark(new FontIcon(Material2MZ.RADIO_BUTTON_CHECKED), "calendar-log-mark"));
        }
        VBox content = new VBox(2, number, icons);
        content.setAlignment(Pos.TOP_CENTER);
        Button b = new Button(null, content);
        b.setId("day-" + day);
        b.setAccessibleText(model.describe(day));
        b.getStyleClass().addAll("calendar-day", "flat");
        if (marks != null) {
            b.getStyleClass().add("calendar-day-marked");
        }
        if (day.equals(model.today())) {
            b.getStyleClass().add("calendar-today");
        }
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setMinHeight(54);
        b.setDisable(marks == null);
        b.setOnAction(e -> model.open(day));
        return b;
    }

    private static Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String accessible) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(accessible);
        return b;
    }

    private static FontIcon mark(FontIcon icon, String style) {
        icon.getStyleClass().add(style);
        return icon;
    }
}
