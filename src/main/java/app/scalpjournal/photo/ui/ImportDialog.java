package app.scalpjournal.photo.ui;

import app.scalpjournal.journal.Days;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.Scrolling;
import app.scalpjournal.ui.Themes;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.beans.binding.Bindings;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import window: asks the region, the date rule and a note; shows progress with Cancel while the
 * main window stays usable; ends with a summary listing every file that was not imported and why.
 */
public final class ImportDialog {
    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private final StackPane pages = new StackPane();
    private final VBox chooseOptions = new VBox(12);

    public ImportDialog(Window owner, ImportViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        // Not modal: the journal stays usable while a long import runs.
        stage.initModality(Modality.NONE);
        stage.setTitle(Messages.get("import.dialog.title"));
        Node choose = choosePage();
        Node running = progressPage();
        Node done = summaryPage();
        pages.getChildren().addAll(choose, running, done);
        pages.setId("importDialog");
        pages.setAlignment(Pos.TOP_LEFT);
        pages.setPadding(new Insets(20));
        choose.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.CHOOSING));
        running.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.RUNNING));
        done.visibleProperty().bind(model.phaseProperty().isEqualTo(ImportViewModel.Phase.DONE));
        pages.setPrefWidth(580);
        Scene scene = new Scene(pages);
        Themes.style(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.phaseProperty().get() != ImportViewModel.Phase.RUNNING) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                model.cancel();
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
        ScreenFit.sizeToContent(stage);
    }

    /**
     * Adds a later feature's options for the batch (e.g. capture conditions) above the first page's
     * buttons. A section that opens grows the window up to the screen's height; beyond that the
     * options scroll and the buttons stay in view.
     */
    public void addOption(Node option) {
        chooseOptions.getChildren().add(option);
        if (option instanceof TitledPane section) {
            section.expandedProperty().addListener((obs, was, open) -> {
                if (stage.isShowing()) {
                    ScreenFit.sizeToContent(stage);
                }
            });
        }
    }

    public Stage stage() {
        return stage;
    }

    private Node choosePage() {
        Label title = new Label(describe(model.paths()));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);

        Label regionLabel = new Label(Messages.get("import.dialog.region"));
        regionLabel.getStyleClass().add("section-label");
        ToggleGroup regions = new ToggleGroup();
        GridPane regionGrid = new GridPane();
        regionGrid.setHgap(20);
        regionGrid.setVgap(8);
        Region[] all = Region.values();
        for (int i = 0; i < all.length; i++) {
            RadioButton r = new RadioButton(all[i].label());
            r.setId("region-" + all[i].id());
            r.setUserData(all[i]);
            r.setToggleGroup(regions);
            r.setSelected(all[i] == model.regionProperty().get());
            regionGrid.add(r, i % 2, i / 2);
        }
        regions.selectedToggleProperty().addListener((obs, old, now) ->
                model.regionProperty().set(now == null ? null : (Region) now.getUserData()));

        Label dateLabel = new Label(Messages.get("import.dialog.date"));
        dateLabel.getStyleClass().add("section-label");
        ToggleGroup dates = new ToggleGroup();
        RadioButton own = new RadioButton(Messages.get("import.dialog.ownDates"));
        own.setId("ownDates");
        own.setToggleGroup(dates);
        RadioButton one = new RadioButton(Messages.get("import.dialog.oneDate"));
        one.setId("oneDate");
        one.setToggleGroup(dates);
        (model.ownDatesProperty().get() ? own : one).setSelected(true);
        model.ownDatesProperty().bind(own.selectedProperty());
        DatePicker picker = DatePickers.localized(new DatePicker());
        picker.setId("importDate");
        picker.setAccessibleText(Messages.get("import.dialog.oneDate.accessible"));
        picker.valueProperty().bindBidirectional(model.fixedDateProperty());
        picker.disableProperty().bind(own.selectedProperty());
        Label range = new Label();
        range.setId("importDateRange");
        range.getStyleClass().add("hint");
        range.textProperty().bind(Bindings.createStringBinding(() -> own.isSelected() || picker.getValue() == null
                || Days.accepted(picker.getValue()) ? "" : Days.outOfRange(picker.getValue()), picker.valueProperty(), own.selectedProperty()));
        HBox oneRow = new HBox(10, one, picker, range);
        oneRow.setAlignment(Pos.CENTER_LEFT);

        Label noteLabel = new Label(Messages.get("import.dialog.note"));
        noteLabel.getStyleClass().add("section-label");
        TextArea note = new TextArea();
        note.setId("importNote");
        note.setAccessibleText(Messages.get("import.dialog.note.accessible"));
        note.setPromptText(Messages.get("import.dialog.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        noteLabel.setLabelFor(note);

        Button cancel = new Button(Messages.get("import.dialog.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button start = new Button(Messages.get("import.dialog.start"));
        start.setId("importStart");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartBinding().not());
        start.setOnAction(e -> model.start());
        chooseOptions.getChildren().addAll(title, regionLabel, regionGrid, dateLabel, own, oneRow, noteLabel, note);
        chooseOptions.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = Scrolling.followFocus(new ScrollPane(chooseOptions));
        scroll.setId("importOptions");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        HBox bar = buttons(cancel, start);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return new BorderPane(scroll, null, null, bar, null);
    }

    private Node progressPage() {
        Label title = new Label(Messages.get("import.dialog.importing"));
        title.getStyleClass().add("title-4");
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(model.progressTextProperty());
        Label hint = new Label(Messages.get("import.dialog.keepUsing"));
        hint.getStyleClass().add("hint");
        Button stop = new Button(Messages.get("import.dialog.cancel"));
        stop.setId("importStop");
        stop.setOnAction(e -> {
            model.cancel();
            stop.setDisable(true);
        });
        VBox page = new VBox(14, title, bar, text, hint, buttons(stop));
        page.setAlignment(Pos.CENTER_LEFT);
        return page;
    }

    private Node summaryPage() {
        Label title = new Label();
        title.setId("importSummary");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        // Read-only text: long paths and reasons wrap, and the list can be copied.
        TextArea problems = new TextArea();
        problems.setId("importProblems");
        problems.setAccessibleText(Messages.get("import.dialog.problems.accessible"));
        problems.setEditable(false);
        problems.setWrapText(true);
        TitledPane details = new TitledPane("", problems);
        details.setId("importDetails");
        details.setExpanded(true);
        details.setAnimated(false);
        VBox.setVgrow(details, Priority.ALWAYS);
        Button close = new Button(Messages.get("import.dialog.close"));
        close.setId("importClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        model.summaryProperty().addListener((obs, old, summary) -> {
            if (summary == null) {
                return;
            }
            title.setText(Messages.get("import.dialog.finished", summary.line()));
            List<String> lines = ImportViewModel.problemLines(summary);
            problems.setText(String.join("\n", lines));
            details.setText(Messages.get("import.summary.details", lines.size()));
            details.setVisible(!lines.isEmpty());
            details.setManaged(!lines.isEmpty());
        });
        return new VBox(12, title, problem, details, buttons(close));
    }

    private static HBox buttons(Button... buttons) {
        HBox box = new HBox(10, buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    /** "Import 10 photos", "Import the folder Scans", "Import 2 folders and 3 photos". */
    static String describe(List<Path> paths) {
        long folders = paths.stream().filter(java.nio.file.Files::isDirectory).count();
        long photos = paths.size() - folders;
        if (folders == 1 && photos == 0) {
            return Messages.get("import.title.folder", paths.get(0).getFileName());
        }
        if (folders == 0 && photos == 1) {
            return Messages.get("import.title.one", paths.get(0).getFileName());
        }
        if (folders == 0) {
            return Messages.get("import.title.photos", photos);
        }
        return Messages.get("import.title.mixed", folders, photos);
    }
}
