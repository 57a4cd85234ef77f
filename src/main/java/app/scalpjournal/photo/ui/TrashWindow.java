package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Trash;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.time.ZoneId;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Edit > Trash…: what was deleted, to bring back or to remove for good. */
public final class TrashWindow {
    private final Stage stage = new Stage();
    private final ListView<Trash.Item> list = new ListView<>();
    private final Label message = new Label();
    private final Trash trash;
    private final TaskRunner runner;
    private final Runnable onChanged;

    public TrashWindow(Window owner, Trash trash, TaskRunner runner, Runnable onChanged) {
        this.trash = trash;
        this.runner = runner;
        this.onChanged = onChanged;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("trash.window.title"));
        list.setId("trashList");
        list.setAccessibleText(Messages.get("trash.window.list"));
        list.setPlaceholder(new Label(Messages.get("trash.window.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Trash.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        Button restore = button("trashRestore", Messages.get("trash.window.restore"));
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restoreSelected());
        Button empty = button("trashEmpty", Messages.get("trash.window.emptyButton"));
        empty.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.getItems()));
        empty.setOnAction(e -> emptyAll());
        message.setId("trashMessage");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        HBox buttons = new HBox(8, restore, empty);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("trash.window.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrap instead of cutting the sentence short
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(10, hint, list, buttons, message);
        root.setId("trashWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(list, Priority.ALWAYS);
        Scene scene = new Scene(root, 620, 420);
        Themes.style(scene);
        stage.setScene(scene);
        reload();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static String describe(Trash.Item item) {
        String until = DateFormats.day(item.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate());
        String day = DateFormats.day(item.date());
        return item.kind() == Trash.Kind.ENTRY
                ? Messages.get("trash.window.entry", day, item.photos(), item.name(), until)
                : Messages.get("trash.window.photo", day, item.name(), until);
    }

    private void reload() {
        runner.run(trash::list, list.getItems()::setAll, e -> message.setText(Messages.get("trash.window.unreadable", e.getMessage())));
    }

    private void restoreSelected() {
        Trash.Item item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            write(() -> trash.restore(item.kind(), item.id()), Messages.get("trash.window.restored", describe(item)));
        }
    }

    private void emptyAll() {
        if (Dialogs.confirm(stage, Messages.get("trash.window.confirmTitle"),
                Messages.get("trash.window.confirm", list.getItems().size()), Messages.get("trash.window.emptyButton"))) {
            write(trash::empty, Messages.get("trash.window.emptied"));
        }
    }

    private void write(Callable<?> work, String done) {
        runner.run(work, ok -> {
            message.setText(done);
            reload();
            onChanged.run();
        }, e -> message.setText(Messages.get("trash.window.failed", e.getMessage())));
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        return b;
    }
}
