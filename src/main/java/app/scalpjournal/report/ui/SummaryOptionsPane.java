package app.scalpjournal.report.ui;

import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryLayout;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.DatePickers;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The visit summary dialog's left column: the {@link SummaryOptions} as inputs; any change calls {@code changed}. */
final class SummaryOptionsPane extends ScrollPane {
    private final SummaryOptions choices;
    private final Runnable changed;

    SummaryOptionsPane(SummaryOptions choices, Runnable changed) {
        this.choices = choices;
        this.changed = changed;
        VBox box = sections();
        box.setPadding(new Insets(0, 14, 0, 0));
        box.setPrefWidth(290);
        setContent(box);
        setId("summaryOptions");
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setMinWidth(310);
    }

    private VBox sections() {
        PatientWordsForm words = choices.words();
        watch(choices.fromProperty(), choices.toProperty(), choices.datesPerRegionProperty(), choices.includeNotesProperty(),
                choices.nameProperty(), choices.visitDateProperty(), choices.layoutProperty(),
                words.noticedProperty(), words.questionsProperty(), words.otherProperty());
        Label datesHint = new Label(Messages.get("summary.dialog.datesHint"));
        datesHint.getStyleClass().add("text-muted");
        datesHint.setWrapText(true);
        return new VBox(8,
                heading(Messages.get("summary.dialog.period")), period(), periodButtons(sinceLast(), whole()), lastMade(),
                new Separator(), heading(Messages.get("summary.dialog.header")), name(), visitDate(), notes(),
                new Separator(), heading(Messages.get("summary.dialog.layout")), layoutChoice(),
                new Separator(), heading(Messages.get("summary.dialog.dates")), datesPerRegion(), datesHint,
                new Separator(), heading(Messages.get("summary.dialog.regions")), regions(),
                new Separator(), heading(Messages.get("summary.words.title")), wordsForm(words));
    }

    private GridPane period() {
        DatePicker from = datePicker("summaryFrom", "summary.dialog.from.prompt", "summary.dialog.from.accessible");
        from.valueProperty().bindBidirectional(choices.fromProperty());
        DatePicker to = datePicker("summaryTo", "summary.dialog.to.prompt", "summary.dialog.to.accessible");
        to.valueProperty().bindBidirectional(choices.toProperty());
        GridPane period = new GridPane();
        period.setHgap(8);
        period.setVgap(6);
        period.addRow(0, new Label(Messages.get("summary.dialog.from")), from);
        period.addRow(1, new Label(Messages.get("summary.dialog.to")), to);
        return period;
    }

    private Label lastMade() {
        Label last = new Label();
        last.setId("summaryLastMade");
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> choices.lastSummaryProperty().get() == null
                ? Messages.get("summary.dialog.noneMade")
                : Messages.get("summary.dialog.lastMade", DateFormats.day(choices.lastSummaryProperty().get())), choices.lastSummaryProperty()));
        last.setWrapText(true);
        return last;
    }

    private Button whole() {
        Button whole = new Button(Messages.get("summary.dialog.whole"));
        whole.setId("summaryWholeJournal");
        whole.setAccessibleText(Messages.get("summary.dialog.whole.accessible"));
        whole.setOnAction(e -> choices.wholeJournal());
        return whole;
    }

    private Button sinceLast() {
        Button sinceLast = new Button(Messages.get("summary.dialog.sinceLast"));
        sinceLast.setId("summarySinceLast");
        sinceLast.setAccessibleText(Messages.get("summary.dialog.sinceLast.accessible"));
        sinceLast.disableProperty().bind(choices.lastSummaryProperty().isNull());
        sinceLast.setOnAction(e -> choices.sinceLastSummary());
        return sinceLast;
    }

    private VBox regions() {
        VBox regionBoxes = new VBox(4);
        for (Region region : Region.values()) {
            CheckBox box = new CheckBox(region.label());
            box.setId("summaryRegion-" + region.id());
            box.setAccessibleText(Messages.get("summary.dialog.region.accessible", region.label()));
            box.selectedProperty().bindBidirectional(choices.regionProperty(region));
            watch(box.selectedProperty());
            regionBoxes.getChildren().add(box);
        }
        return regionBoxes;
    }

    private Spinner<Integer> datesPerRegion() {
        Spinner<Integer> dates = new Spinner<>(1, 4, choices.datesPerRegionProperty().get());
        dates.setId("summaryDates");
        dates.setAccessibleText(Messages.get("summary.dialog.dates"));
        dates.setPrefWidth(80);
        dates.valueProperty().addListener((obs, old, now) -> choices.datesPerRegionProperty().set(now));
        dates.disableProperty().bind(choices.layoutProperty().isEqualTo(SummaryLayout.COMPACT));
        return dates;
    }

    private CheckBox notes() {
        CheckBox notes = new CheckBox(Messages.get("summary.dialog.notes"));
        notes.setId("summaryNotes");
        notes.setAccessibleText(Messages.get("summary.dialog.notes"));
        notes.selectedProperty().bindBidirectional(choices.includeNotesProperty());
        return notes;
    }

    private TextField name() {
        TextField name = new TextField();
        name.setId("summaryName");
        name.setPromptText(Messages.get("summary.dialog.name.prompt"));
        name.setAccessibleText(Messages.get("summary.dialog.name.accessible"));
        name.textProperty().bindBidirectional(choices.nameProperty());
        return name;
    }

    private DatePicker visitDate() {
        DatePicker visit = datePicker("summaryVisitDate", "summary.dialog.visit.prompt", "summary.dialog.visit.accessible");
        visit.valueProperty().bindBidirectional(choices.visitDateProperty());
        return visit;
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
            button.setSelected(choices.layoutProperty().get() == layout);
            button.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    choices.layoutProperty().set(layout);
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

    /** Any change: the pages shown are no longer what would be saved; re-render once typing settles. */
    private void watch(Observable... properties) {
        for (Observable p : properties) {
            p.addListener(o -> changed.run());
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
}
