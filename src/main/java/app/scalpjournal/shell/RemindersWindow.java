package app.scalpjournal.shell;

import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Reminder;
import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.photo.PhotoCadenceRepository;
import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Reminders inside the app, nothing sent anywhere: which regions are due a photo by their cadence,
 * and when each routine with a frequency is next due. Photo cadences are set here.
 */
public final class RemindersWindow {
    /** What the window shows: every reminder, soonest first. */
    public record Reminders(List<Reminder> photos, List<Reminder> routines, Map<Region, Integer> cadences) {
        public List<Reminder> dueOn(LocalDate today) {
            List<Reminder> due = new ArrayList<>();
            photos.stream().filter(r -> r.dueOn(today)).forEach(due::add);
            routines.stream().filter(r -> r.dueOn(today)).forEach(due::add);
            return due;
        }
    }

    private final Stage stage = new Stage();
    private final VBox dueBox = new VBox(4);
    private final VBox upcomingBox = new VBox(4);
    private final Map<Region, TextField> cadenceFields = new EnumMap<>(Region.class);
    private final Label message = new Label();
    private final RoutineReminders routineReminders;
    private final PhotoCadenceRepository cadences;
    private final LogValidator validator;
    private final TaskRunner runner;
    private final LocalDate today;
    private final Runnable onChanged;

    public RemindersWindow(Window owner, RoutineReminders routineReminders, PhotoCadenceRepository cadences, LogValidator validator,
                           TaskRunner runner, LocalDate today, Runnable onChanged) {
        this.onChanged = onChanged;
        this.routineReminders = routineReminders;
        this.cadences = cadences;
        this.validator = validator;
        this.runner = runner;
        this.today = today;
        stage.initOwner(owner);
        stage.setTitle("Reminders");
        dueBox.setId("remindersDue");
        upcomingBox.setId("remindersUpcoming");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Region region : Region.values()) {
            TextField days = new TextField();
            days.setId("cadence-" + region.id());
            days.setAccessibleText("Photo of " + region.label() + " every how many days; empty for no reminder");
            days.setPromptText("none");
            days.setPrefColumnCount(6);
            cadenceFields.put(region, days);
            Label label = new Label(region.label());
            label.setLabelFor(days);
            grid.addRow(row++, label, days, new Label("days"));
        }
        Button save = new Button("Save cadences");
        save.setId("saveCadences");
        save.setAccessibleText("Save the photo cadences");
        save.setOnAction(e -> saveCadences());
        message.setId("remindersMessage");
        message.getStyleClass().add("hint");
        message.setWrapText(true);

        VBox root = new VBox(10, title("Due now"), dueBox, title("Coming up"), upcomingBox,
                title("Photo cadence per region"), grid, save, message);
        root.setId("remindersWindow");
        root.setPadding(new Insets(16));
        root.setAlignment(Pos.TOP_LEFT);
        Scene scene = new Scene(new javafx.scene.control.ScrollPane(root), 560, 620);
        ((javafx.scene.control.ScrollPane) scene.getRoot()).setFitToWidth(true);
        Themes.style(scene);
        stage.setScene(scene);
    }

    /** Reads every reminder (off the UI thread). */
    public static Reminders read(RoutineReminders routineReminders, PhotoCadenceRepository cadences, LocalDate today) {
        return new Reminders(cadences.upcoming(today), routineReminders.upcoming(today), cadences.all());
    }

    public void show() {
        reload();
        stage.show();
        stage.toFront();
    }

    public void show(Reminders reminders) {
        fill(reminders);
        stage.show();
        stage.toFront();
    }

    private void reload() {
        runner.run(() -> read(routineReminders, cadences, today), this::fill, e -> message.setText("Reminders could not be read: " + e.getMessage()));
    }

    private void fill(Reminders reminders) {
        dueBox.getChildren().clear();
        upcomingBox.getChildren().clear();
        List<Reminder> all = new ArrayList<>(reminders.photos());
        all.addAll(reminders.routines());
        all.sort(java.util.Comparator.comparing(Reminder::next));
        for (Reminder r : all) {
            Label line = new Label(r.text(today), new FontIcon(r.subject().endsWith(" photo") ? Material2AL.CAMERA_ALT : Material2AL.EVENT));
            line.setWrapText(true);
            (r.dueOn(today) ? dueBox : upcomingBox).getChildren().add(line);
        }
        if (dueBox.getChildren().isEmpty()) {
            dueBox.getChildren().add(hint("Nothing is due today."));
        }
        if (upcomingBox.getChildren().isEmpty()) {
            upcomingBox.getChildren().add(hint(all.isEmpty() ? "Set a photo cadence below, or give a routine a frequency, to see what comes up."
                    : "Nothing else planned."));
        }
        cadenceFields.forEach((region, field) -> {
            Integer days = reminders.cadences().get(region);
            field.setText(days == null ? "" : days.toString());
        });
    }

    private void saveCadences() {
        Map<Region, Integer> chosen = new EnumMap<>(Region.class);
        try {
            for (Map.Entry<Region, TextField> e : cadenceFields.entrySet()) {
                String text = e.getValue().getText();
                try {
                    chosen.put(e.getKey(), text == null || text.isBlank() ? null : validator.cadenceDays(text));
                } catch (ValidationException problem) {
                    throw new ValidationException(List.of(new app.scalpjournal.journal.Problem(e.getKey().id(),
                            e.getKey().label() + ": " + problem.getMessage())));
                }
            }
        } catch (ValidationException e) {
            message.setText(e.getMessage());
            return;
        }
        runner.run(() -> {
            chosen.forEach(cadences::set);
            return Boolean.TRUE;
        }, ok -> {
            message.setText("Cadences saved.");
            reload();
            onChanged.run();
        }, e -> message.setText("Not saved: " + e.getMessage()));
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
