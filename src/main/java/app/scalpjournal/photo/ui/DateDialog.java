package app.scalpjournal.photo.ui;

import app.scalpjournal.journal.Days;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.photo.Photo;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Asks the date and time a photo was taken; the answer is recorded as "set by you". */
public final class DateDialog {
    private DateDialog() {
    }

    public static Optional<LocalDateTime> ask(Window owner, Photo photo, LocalDateTime suggested) {
        Dialog<LocalDateTime> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("photo.date.title"));
        dialog.setHeaderText(Messages.get("photo.date.question", photo.originalName()));
        ButtonType save = new ButtonType(Messages.get("photo.date.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setId("dateDialog");

        LocalDateTime start = photo.takenAt() != null ? photo.takenAt().local() : suggested;
        DatePicker date = DatePickers.localized(new DatePicker(start.toLocalDate()));
        date.setId("photoDatePicker");
        date.setAccessibleText(Messages.get("photo.date.date.accessible"));
        Spinner<Integer> hour = new Spinner<>(0, 23, start.getHour());
        hour.setId("photoHour");
        hour.setAccessibleText(Messages.get("photo.date.hour"));
        Spinner<Integer> minute = new Spinner<>(0, 59, start.getMinute());
        minute.setId("photoMinute");
        minute.setAccessibleText(Messages.get("photo.date.minute"));
        for (Spinner<Integer> s : java.util.List.of(hour, minute)) {
            s.setEditable(true);
            s.setPrefWidth(80);
        }
        Label now = new Label(Messages.get("photo.date.now", PhotoLabels.taken(photo), photo.dateSource().label()));
        now.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 12, 4, 12));
        grid.addRow(0, new Label(Messages.get("photo.date.date")), date);
        grid.addRow(1, new Label(Messages.get("photo.date.time")), new HBox(6, hour, new Label(":"), minute));
        grid.add(now, 0, 2, 2, 1);
        Label range = new Label();
        range.setId("photoDateRange");
        range.getStyleClass().add("hint");
        range.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> date.getValue() == null
                || Days.accepted(date.getValue()) ? "" : Days.outOfRange(date.getValue()), date.valueProperty()));
        grid.add(range, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(420);
        dialog.getDialogPane().lookupButton(save).setId("saveDate");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(date.valueProperty().isNull().or(range.textProperty().isNotEmpty()));
        dialog.setResultConverter(b -> b == save && date.getValue() != null
                ? LocalDateTime.of(date.getValue(), LocalTime.of(hour.getValue(), minute.getValue()))
                : null);
        return dialog.showAndWait();
    }
}
