package app.scalpjournal.journal.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.WindowKeys;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.Themes;
import java.time.LocalDate;
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

/** The list of routines, with start, edit (including stop) and delete: a thin view of {@link RoutinesViewModel}. */
public final class RoutinesWindow {
    private final Stage stage = new Stage();
    private final ListView<Routine> list;
    private final RoutinesViewModel model;
    private final LogValidator validator;
    private final LocalDate today;

    public RoutinesWindow(Window owner, RoutinesViewModel model, LogValidator validator, LocalDate today) {
        this.model = model;
        this.validator = validator;
        this.today = today;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("routines.title"));
        list = new ListView<>(model.routines());
        list.setId("routineList");
        list.setAccessibleText(Messages.get("routines.list.accessible"));
        Label empty = new Label(Messages.get("routines.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Routine r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : Messages.get("routines.row", r.kind().label(), RoutineLabels.summary(r)));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        Button add = button("addRoutine", Messages.get("routines.start"), Messages.get("routines.start.accessible"));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = button("editRoutine", Messages.get("routines.edit"), Messages.get("routines.edit.accessible"));
        edit.setOnAction(e -> edit());
        Button delete = button("deleteRoutine", Messages.get("routines.delete"), Messages.get("routines.delete.accessible"));
        delete.setOnAction(e -> delete());
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("routineMessage");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
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
        model.load();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private void add() {
        new RoutineDialog(stage, validator, null, today, model.names()).ask().ifPresent(model::start);
    }

    private void edit() {
        Routine selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            new RoutineDialog(stage, validator, selected, today, model.names()).ask().ifPresent(r -> model.save(selected, r));
        }
    }

    private void delete() {
        Routine selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && Dialogs.confirm(stage, Messages.get("routines.delete.title"),
                Messages.get("routines.delete.message", RoutineLabels.summary(selected)), Messages.get("routines.delete"))) {
            model.delete(selected);
        }
    }

    private static Button button(String id, String text, String accessible) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        return b;
    }
}
