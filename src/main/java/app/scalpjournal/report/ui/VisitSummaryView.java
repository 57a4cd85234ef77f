package app.scalpjournal.report.ui;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The visit summary dialog's content: options on the left, the pages as they will be saved or
 * printed on the right, and Save / Print below. Any change of option re-renders the preview after
 * a short pause.
 */
public final class VisitSummaryView extends BorderPane {
    private static final double PAGE_WIDTH = 560;

    private final VisitSummaryViewModel model;
    private final Function<Window, Optional<Path>> chooseTarget;
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));
    private final VBox pageList = new VBox(16);

    /** @param chooseTarget asks where to save (a file chooser in the app); empty when the user cancels */
    public VisitSummaryView(VisitSummaryViewModel model, Function<Window, Optional<Path>> chooseTarget, Runnable close) {
        this.model = model;
        this.chooseTarget = chooseTarget;
        setId("visitSummary");
        setPadding(new Insets(12));
        settle.setOnFinished(e -> model.preview());

        setLeft(options());
        setCenter(preview());
        setBottom(actions(close));
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
    }

    private ScrollPane options() {
        DatePicker from = datePicker("summaryFrom", "summary.dialog.from.prompt", "summary.dialog.from.accessible");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("summaryTo", "summary.dialog.to.prompt", "summary.dialog.to.accessible");
        to.valueProperty().bindBidirectional(model.toProperty());
        Label last = new Label();
        last.setId("summaryLastMade");
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.lastSummaryProperty().get() == null
                ? Messages.get("summary.dialog.noneMade")
                : Messages.get("summary.dialog.lastMade", DateFormats.day(model.lastSummaryProperty().get())), model.lastSummaryProperty()));
        last.setWrapText(true);
        Button whole = new Button(Messages.get("summary.dialog.whole"));
        whole.setId("summaryWholeJournal");
        whole.setAccessibleText(Messages.get("summary.dialog.whole.accessible"));
        whole.setOnAction(e -> model.wholeJournal());
        Button sinceLast = new Button(Messages.get("summary.dialog.sinceLast"));
        sinceLast.setId("summarySinceLast");
        sinceLast.setAccessibleText(Messages.get("summary.dialog.sinceLast.accessible"));
        sinceLast.disableProperty().bind(model.lastSummaryProperty().isNull());
        sinceLast.setOnAction(e -> {
            model.fromProperty().set(model.lastSummaryProperty().get());
            model.toProperty().set(null);
        });
        GridPane period = new GridPane();
        period.setHgap(8);
        period.setVgap(6);
        period.addRow(0, new Label(Messages.get("summary.dialog.from")), from);
        period.addRow(1, new Label(Messages.get("summary.dialog.to")), to);

        VBox regionBoxes = new VBox(4);
        for (Region region : Region.values()) {
            CheckBox box = new CheckBox(region.label());
            box.setId("summaryRegion-" + region.id());
            box.setAccessibleText(Messages.get("summary.dialog.region.accessible", region.label()));
            box.selectedProperty().bindBidirectional(model.regionProperty(region));
            watch(box.selectedProperty());
            regionBoxes.getChildren().add(box);
        }

        Spinner<Integer> dates = new Spinner<>(1, 4, model.datesPerRegionProperty().get());
        dates.setId("summaryDates");
        dates.setAccessibleText(Messages.get("summary.dialog.dates"));
        dates.setPrefWidth(80);
        dates.valueProperty().addListener((obs, old, now) -> model.datesPerRegionProperty().set(now));
        Label datesHint = new Label(Messages.get("summary.dialog.datesHint"));
        datesHint.getStyleClass().add("text-muted");
        datesHint.setWrapText(true);

        CheckBox notes = new CheckBox(Messages.get("summary.dialog.notes"));
        notes.setId("summaryNotes");
        notes.setAccessibleText(Messages.get("summary.dialog.notes"));
        notes.selectedProperty().bindBidirectional(model.includeNotesProperty());

        TextField name = new TextField();
        name.setId("summaryName");
        name.setPromptText(Messages.get("summary.dialog.name.prompt"));
        name.setAccessibleText(Messages.get("summary.dialog.name.accessible"));
        name.textProperty().bindBidirectional(model.nameProperty());
        DatePicker visit = datePicker("summaryVisitDate", "summary.dialog.visit.prompt", "summary.dialog.visit.accessible");
        visit.valueProperty().bindBidirectional(model.visitDateProperty());

        dates.disableProperty().bind(model.layoutProperty().isEqualTo(SummaryLayout.COMPACT));
        PatientWordsForm words = model.words();
        watch(model.fromProperty(), model.toProperty(), model.datesPerRegionProperty(), model.includeNotesProperty(),
                model.nameProperty(), model.visitDateProperty(), model.layoutProperty(),
                words.noticedProperty(), words.questionsProperty(), words.otherProperty());

        VBox box = new VBox(8,
                heading(Messages.get("summary.dialog.period")), period, periodButtons(sinceLast, whole), last,
                new Separator(), heading(Messages.get("summary.dialog.header")), name, visit, notes,
                new Separator(), heading(Messages.get("summary.dialog.layout")), layoutChoice(),
                new Separator(), heading(Messages.get("summary.dialog.dates")), dates, datesHint,
                new Separator(), heading(Messages.get("summary.dialog.regions")), regionBoxes,
                new Separator(), heading(Messages.get("summary.words.title")), wordsForm(words));
        box.setPadding(new Insets(0, 14, 0, 0));
        box.setPrefWidth(290);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("summaryOptions");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(310);
        return scroll;
    }

    private VBox layoutChoice() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (SummaryLayout layout : SummaryLayout.values()) {
            RadioButton button = new RadioButton(layout == SummaryLayout.COMPACT
                    ? Messages.get("summary.dialog.compact") : Messages.get("summary.dialog.full"));
            button.setId("summaryLayout-" + layout.id());
            button.setAccessibleText(button.getText());
            button.setToggleGroup(group);
            button.setSelected(model.layoutProperty().get() == layout);
            button.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.layoutProperty().set(layout);
                }
            });
            box.getChildren().add(button);
        }
        return box;
    }

    private static VBox wordsForm(PatientWordsForm words) {
        Label hint = new Label(Messages.get("summary.dialog.wordsHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        CheckBox keep = new CheckBox(Messages.get("summary.dialog.keepWords"));
        keep.setId("summaryKeepWords");
        keep.setAccessibleText(keep.getText());
        keep.setWrapText(true);
        keep.selectedProperty().bindBidirectional(words.keepProperty());
        return new VBox(6, hint,
                wordsArea("summaryNoticed", "summary.dialog.noticed", words.noticedProperty()),
                wordsArea("summaryQuestions", "summary.dialog.questions", words.questionsProperty()),
                wordsArea("summaryOther", "summary.dialog.other", words.otherProperty()), keep);
    }

    private static VBox wordsArea(String id, String key, javafx.beans.property.StringProperty text) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.setAccessibleText(label.getText());
        area.textProperty().bindBidirectional(text);
        label.setLabelFor(area);
        return new VBox(2, label, area);
    }

    private static HBox periodButtons(Button... buttons) {
        HBox row = new HBox(6, buttons);
        for (Button b : buttons) {
            b.getStyleClass().add("small");
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        return row;
    }

    private ScrollPane preview() {
        pageList.setId("summaryPages");
        pageList.setAlignment(Pos.TOP_CENTER);
        pageList.setPadding(new Insets(16));
        pageList.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane scroll = new ScrollPane(pageList);
        scroll.setId("summaryPreview");
        scroll.setAccessibleText(Messages.get("summary.dialog.preview.accessible"));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(PAGE_WIDTH + 40);
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 4));
        return scroll;
    }

    private HBox actions(Runnable close) {
        ProgressBar progress = new ProgressBar();
        progress.setId("summaryProgress");
        progress.setAccessibleText(Messages.get("summary.dialog.progress.accessible"));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setPrefWidth(160);
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("summaryMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Button save = new Button(Messages.get("summary.dialog.save"));
        save.setId("summarySave");
        save.setAccessibleText(Messages.get("summary.dialog.save.accessible"));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> chooseTarget.apply(getScene().getWindow()).ifPresent(path -> model.save(path, saved -> { })));
        Button print = new Button(Messages.get("summary.dialog.print"));
        print.setId("summaryPrint");
        print.setAccessibleText(Messages.get("summary.dialog.print.accessible"));
        print.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        print.setOnAction(e -> model.print());
        Button closeButton = new Button(Messages.get("summary.dialog.close"));
        closeButton.setId("summaryClose");
        closeButton.setAccessibleText(Messages.get("summary.dialog.close.accessible"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());

        HBox bar = new HBox(10, progress, message, save, print, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void showPages() {
        pageList.getChildren().clear();
        int n = 0;
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setId("summaryPage" + (++n));
            view.setAccessibleText(Messages.get("summary.dialog.page", n));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(PAGE_WIDTH);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
            pageList.getChildren().add(view);
        }
    }

    /** Any change: the pages shown are no longer what would be saved; re-render once typing settles. */
    private void watch(Observable... properties) {
        for (Observable p : properties) {
            p.addListener(o -> {
                model.invalidate();
                settle.playFromStart();
            });
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static DatePicker datePicker(String id, String promptKey, String accessibleKey) {
        DatePicker picker = DatePickers.localized(new DatePicker());
        picker.setId(id);
        picker.setPromptText(Messages.get(promptKey));
        picker.setAccessibleText(Messages.get(accessibleKey));
        picker.setPrefWidth(170);
        return picker;
    }

    /** The file name offered when saving: the visit date, else today. */
    public static String suggestedFileName(LocalDate visitDate, LocalDate today) {
        return "visit-summary-" + (visitDate != null ? visitDate : today) + ".pdf";
    }
}
