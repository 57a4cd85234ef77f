package app.scalpjournal.journal.ui;

import app.scalpjournal.ui.WindowKeys;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The list of routines, with start, edit (including stop) and delete. */
public final class RoutinesWindow {
    private final Stage stage = new Stage();
    private final ListView<Routine> list = new ListView<>();
    private final Label message = new Label();
    private final RoutineRepository routines;
    private final LogValidator validator;
    private final TaskRunner runner;
    private final LocalDate today;
    private final Runnable onChanged;

    public RoutinesWindow(Window owner, RoutineRepository routines, LogValidator validator, TaskRunner runner, LocalDate today,
                          Runnable onChanged) {
        this.routines = routines;
        this.validator = validator;
        this.runner = runner;
        this.today = today;
        this.onChanged = onChanged;
        stage.initOwner(owner);
        stage.setTitle("Routines");
        list.setId("routineList");
        list.setAccessibleText("Routines, the most recently started first");
        list.setPlaceholder(new Label("No routines yet. Start one to see on the timeline which routines ran on each day."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Routine r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.kind().label() + ": " + r.summary());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        Button add = button("addRoutine", "Start a routine…", "Start a new routine");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = button("editRoutine", "Edit or stop…", "Edit the selected routine, or set its stop date");
        edit.setOnAction(e -> edit());
        Button delete = button("deleteRoutine", "Delete", "Delete the selected routine");
        delete.setOnAction(e -> delete());
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        message.setId("routineMessage");
        message.getStyleClass().add("hint");
        HBox buttons = new HBox(8, add, edit, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, list, buttons, message, WindowKeys.closeBar(stage, "routinesClose"));
        root.setId("routinesWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(list, Priority.ALWAYS);
        Scene scene = new Scene(root, 620, 400);
        Themes.style(scene);
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
        reload();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void reload() {
        runner.run(routines::listAll, list.getItems()::setAll, e -> message.setText("Routines could not be read: " + e.getMessage()));
    }

    private List<String> names() {
        return list.getItems().stream().map(Routine::name).distinct().toList();
    }

    private void add() {
        new RoutineDialog(stage, validator, null, today, names()).ask().ifPresent(r -> write(() -> routines.add(r), "Started " + r.name()));
    }

    private void edit() {
        Routine selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            new RoutineDialog(stage, validator, selected, today, names()).ask()
                    .ifPresent(r -> write(() -> routines.update(selected.id(), r), "Saved " + r.name()));
        }
    }

    private void delete() {
        Routine selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && Dialogs.confirm(stage, "Delete this routine?", selected.summary()
                + "\n\nTo keep it in the journal but end it, edit it and set a stop date instead.", "Delete")) {
            write(() -> {
                routines.delete(selected.id());
                return selected;
            }, "Deleted " + selected.name());
        }
    }

    private void write(Callable<?> work, String done) {
        runner.run(work, ok -> {
            message.setText(done);
            reload();
            onChanged.run();
        }, e -> message.setText("Not saved: " + e.getMessage()));
    }

    private static Button button(String id, String text, String accessible) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        return b;
    }
}
