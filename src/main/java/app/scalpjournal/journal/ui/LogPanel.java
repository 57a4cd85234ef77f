package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Dialogs;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Between the photos and the note: the day's log items (add, edit, delete), the routines running that day, and the entry's tags. */
public final class LogPanel extends VBox {
    private final LogPanelModel model;
    private final VBox items = new VBox(6);
    private final Label routines = new Label();
    private final TextField tags = new TextField();

    public LogPanel(LogPanelModel model) {
        super(10);
        this.model = model;
        setId("logPanel");
        getStyleClass().add("log-panel");

        Label title = new Label(Messages.get("log.panel.title"));
        title.getStyleClass().add("section-label");
        Button add = new Button(Messages.get("log.panel.add"), new FontIcon(Material2AL.ADD));
        add.setId("addLogItem");
        add.setAccessibleText(Messages.get("log.panel.add.accessible"));
        add.getStyleClass().addAll("flat", "small");
        add.setOnAction(e -> addItem());
        Label message = new Label();
        message.setId("logMessage");
        message.getStyleClass().add("save-status");
        message.textProperty().bind(model.messageProperty());
        HBox header = new HBox(12, title, add, message);
        header.setAlignment(Pos.CENTER_LEFT);

        items.setId("logItems");
        routines.setId("entryRoutines");
        routines.getStyleClass().add("hint");
        routines.setWrapText(true);

        Label tagsLabel = new Label(Messages.get("log.panel.tags"));
        tagsLabel.getStyleClass().add("section-label");
        tagsLabel.setLabelFor(tags);
        tags.setId("entryTags");
        tags.setAccessibleText(Messages.get("log.panel.tags.accessible"));
        tags.setPromptText(Messages.get("log.panel.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsTextProperty());
        tags.setOnAction(e -> model.saveTags(tags.getText()));
        tags.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveTags(tags.getText());
            }
        });
        TextFields.bindAutoCompletion(tags, request -> {
            String typed = request.getUserText();
            int comma = typed.lastIndexOf(',');
            String head = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
            String last = typed.substring(comma + 1).strip().toLowerCase(java.util.Locale.ROOT);
            return last.isEmpty() ? java.util.List.of() : model.allTags().stream()
                    .filter(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith(last)).map(t -> head + t).toList();
        });
        HBox tagRow = new HBox(10, tagsLabel, tags);
        tagRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tags, Priority.ALWAYS);

        getChildren().addAll(header, items, routines, tagRow);
        model.items().addListener((ListChangeListener<LogItem>) c -> showItems());
        model.running().addListener((ListChangeListener<Routine>) c -> showRoutines());
        showItems();
        showRoutines();
    }

    private void addItem() {
        Entry entry = model.entryProperty().get();
        if (entry == null) {
            return;
        }
        new LogItemDialog(getScene().getWindow(), new LogItemForm(model.validator(), entry.date()), false, model::suggestions)
                .ask().ifPresent(model::add);
    }

    private void edit(LogItem item) {
        new LogItemDialog(getScene().getWindow(), LogItemForm.of(model.validator(), item), true, model::suggestions)
                .ask().ifPresent(after -> model.update(item, after));
    }

    private void delete(LogItem item) {
        if (Dialogs.confirm(getScene().getWindow(), Messages.get("log.panel.delete.title"),
                Messages.get("log.panel.delete.message", item.summary()), Messages.get("log.panel.delete"))) {
            model.delete(item);
        }
    }

    private void showItems() {
        items.getChildren().clear();
        if (model.items().isEmpty()) {
            Label none = new Label(Messages.get("log.panel.none"));
            none.getStyleClass().add("hint");
            items.getChildren().add(none);
            return;
        }
        for (LogItem item : model.items()) {
            Label text = new Label(item.summary());
            text.setId("logItem-" + item.id());
            text.setWrapText(true);
            text.getStyleClass().add("log-item");
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button edit = iconButton("editLogItem-" + item.id(), new FontIcon(Material2AL.EDIT), Messages.get("log.panel.edit.accessible"));
            edit.setOnAction(e -> edit(item));
            Button delete = iconButton("deleteLogItem-" + item.id(), new FontIcon(Material2AL.DELETE_OUTLINE), Messages.get("log.panel.delete.accessible"));
            delete.setOnAction(e -> delete(item));
            HBox row = new HBox(6, new FontIcon(Material2MZ.RADIO_BUTTON_CHECKED), text, new Region(), edit, delete);
            row.getStyleClass().add("log-row");
            row.setAlignment(Pos.CENTER_LEFT);
            items.getChildren().add(row);
        }
    }

    private void showRoutines() {
        routines.setText(model.running().isEmpty() ? Messages.get("log.panel.routines.none")
                : Messages.get("log.panel.routines", String.join("; ", model.running().stream().map(RoutineLabels::summary).toList())));
    }

    private static Button iconButton(String id, FontIcon icon, String text) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text));
        b.getStyleClass().addAll("flat", "small");
        return b;
    }
}
