package app.scalpjournal.report.ui;

import app.scalpjournal.photo.Region;
import app.scalpjournal.report.TimeLapseRequest;
import app.scalpjournal.report.TimeLapses;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** "Time-lapse…": choose region, dates, frame time and size, then save an animated GIF with progress and Cancel. */
public final class TimeLapseDialog {
    private final Stage stage = new Stage();
    private final TimeLapseViewModel model;

    public TimeLapseDialog(Window owner, TimeLapses timeLapses, TaskRunner runner, Region region) {
        model = new TimeLapseViewModel(timeLapses, runner, region);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("timelapse.dialog.title"));
        Scene scene = new Scene(content(), 480, 380);
        Themes.style(scene);
        stage.setScene(scene);
    }

    public TimeLapseDialog show() {
        stage.show();
        return this;
    }

    public Stage stage() {
        return stage;
    }

    public TimeLapseViewModel model() {
        return model;
    }

    private VBox content() {
        ComboBox<Region> region = new ComboBox<>(FXCollections.observableArrayList(Region.values()));
        region.setId("timelapseRegion");
        region.setAccessibleText(Messages.get("timelapse.dialog.region"));
        region.setConverter(new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        });
        region.valueProperty().bindBidirectional(model.regionProperty());
        DatePicker from = picker("timelapseFrom", "timelapse.dialog.fromPrompt");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = picker("timelapseTo", "timelapse.dialog.toPrompt");
        to.valueProperty().bindBidirectional(model.toProperty());
        Spinner<Double> seconds = new Spinner<>(TimeLapseRequest.MIN_SECONDS, TimeLapseRequest.MAX_SECONDS,
                model.secondsPerPhotoProperty().get(), 0.1);
        seconds.setId("timelapseSeconds");
        seconds.setEditable(true);
        seconds.setAccessibleText(Messages.get("timelapse.dialog.seconds"));
        seconds.valueProperty().addListener((o, a, b) -> model.secondsPerPhotoProperty().set(b));
        Spinner<Integer> size = new Spinner<>(TimeLapseRequest.MIN_EDGE, TimeLapseRequest.MAX_EDGE, model.sizeProperty().get(), 120);
        size.setId("timelapseSize");
        size.setEditable(true);
        size.setAccessibleText(Messages.get("timelapse.dialog.size"));
        size.valueProperty().addListener((o, a, b) -> model.sizeProperty().set(b));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("timelapse.dialog.region")), region);
        form.addRow(1, new Label(Messages.get("timelapse.dialog.from")), from);
        form.addRow(2, new Label(Messages.get("timelapse.dialog.to")), to);
        form.addRow(3, new Label(Messages.get("timelapse.dialog.seconds")), seconds);
        form.addRow(4, new Label(Messages.get("timelapse.dialog.size")), size);
        form.disableProperty().bind(model.busyProperty());

        Label hint = new Label(Messages.get("timelapse.dialog.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        ProgressBar progress = new ProgressBar();
        progress.setId("timelapseProgress");
        progress.setAccessibleText(Messages.get("timelapse.dialog.progress"));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("timelapseMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(10, form, hint, progress, message, buttons());
        root.setPadding(new Insets(16));
        return root;
    }

    private HBox buttons() {
        Button save = new Button(Messages.get("timelapse.dialog.save"));
        save.setId("timelapseSave");
        save.setAccessibleText(Messages.get("timelapse.dialog.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty().or(model.regionProperty().isNull()));
        save.setOnAction(e -> chooseTarget().ifPresent(model::write));
        Button cancel = new Button();
        cancel.setId("timelapseCancel");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(Messages.get("timelapse.dialog.cancel")).otherwise(Messages.get("timelapse.dialog.close")));
        cancel.setAccessibleText(Messages.get("timelapse.dialog.cancel"));
        cancel.setOnAction(e -> {
            if (model.busyProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer, save, cancel);
        row.setAlignment(Pos.CENTER_RIGHT);
        VBox.setMargin(row, new Insets(6, 0, 0, 0));
        return row;
    }

    private java.util.Optional<Path> chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("timelapse.dialog.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("timelapse.dialog.gif"), "*.gif"));
        chooser.setInitialFileName("time-lapse-" + model.regionProperty().get().id() + ".gif");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return java.util.Optional.empty();
        }
        Path path = file.toPath();
        return java.util.Optional.of(path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif") ? path
                : path.resolveSibling(path.getFileName() + ".gif"));
    }

    private static DatePicker picker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(Messages.get(promptKey));
        picker.setAccessibleText(Messages.get(promptKey));
        return picker;
    }
}
