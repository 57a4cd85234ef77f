package app.scalpjournal.journal.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.ui.Themes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** Add or edit one log item: its kind's own fields, side effects and a note. Offers names typed before. */
public final class LogItemDialog extends Dialog<LogItem> {
    private final LogItemForm form;
    private final Function<LogField, List<String>> suggestions;
    private final GridPane fields = new GridPane();

    public LogItemDialog(Window owner, LogItemForm form, boolean editing, Function<LogField, List<String>> suggestions) {
        this.form = form;
        this.suggestions = suggestions;
        initOwner(owner);
        setTitle(Messages.get(editing ? "log.dialog.editTitle" : "log.dialog.addTitle"));
        setHeaderText(null);

        ComboBox<LogKind> kind = new ComboBox<>();
        kind.setId("logKind");
        kind.setAccessibleText(Messages.get("log.dialog.kind.accessible"));
        kind.getItems().addAll(LogKind.values());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        DatePicker date = DatePickers.localized(new DatePicker());
        date.setId("logDate");
        date.setAccessibleText(Messages.get("log.dialog.day.accessible"));
        date.valueProperty().bindBidirectional(form.dateProperty());
        GridPane top = grid();
        top.addRow(0, label(Messages.get("log.dialog.kind"), kind), kind);
        top.addRow(1, label(Messages.get("log.dialog.day"), date), date);

        fields.setId("logFields");
        styleGrid(fields);
        form.kindProperty().addListener((obs, old, now) -> showFields(now));
        showFields(form.kindProperty().get());

        FlowPane effects = new FlowPane(14, 6);
        effects.setId("sideEffects");
        for (SideEffect s : SideEffect.values()) {
            CheckBox box = new CheckBox(s.label());
            box.setId("sideEffect-" + s.id());
            box.setAccessibleText(Messages.get("log.dialog.sideEffect.accessible", s.label()));
            box.selectedProperty().bindBidirectional(form.sideEffect(s));
            effects.getChildren().add(box);
        }
        TextField effectNote = new TextField();
        effectNote.setId("sideEffectNote");
        effectNote.setAccessibleText(Messages.get("log.dialog.sideEffectNote.accessible"));
        effectNote.setPromptText(Messages.get("log.dialog.sideEffectNote.prompt"));
        effectNote.textProperty().bindBidirectional(form.sideEffectNoteProperty());
        TextArea note = new TextArea();
        note.setId("logNote");
        note.setAccessibleText(Messages.get("log.dialog.note.accessible"));
        note.setPromptText(Messages.get("log.dialog.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.noteProperty());
        Label problem = new Label();
        problem.setId("logProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> capitalized(form.problemProperty().get()), form.problemProperty()));
        problem.managedProperty().bind(form.problemProperty().isNotEmpty());
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(480);
        form.problemProperty().addListener((obs, old, now) -> fitWindow());

        VBox content = new VBox(10, top, fields, section(Messages.get("log.dialog.sideEffects")), effects, effectNote,
                section(Messages.get("log.dialog.note")), note, problem);
        content.setPadding(new Insets(6, 4, 4, 4));
        content.setPrefWidth(500);
        ScreenFit.scrollingContent(this, content);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("logSave");
        ok.setText(Messages.get(editing ? "log.dialog.save" : "log.dialog.add"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (form.submit().isEmpty()) {
                e.consume();
            }
        });
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("logCancel");
        setResultConverter(button -> button == ButtonType.OK ? form.submit().orElse(null) : null);
        setOnShown(e -> {
            Themes.style(getDialogPane().getScene());
            fitWindow();
        });
    }

    public Optional<LogItem> ask() {
        return showAndWait();
    }

    private void showFields(LogKind kind) {
        fields.getChildren().clear();
        if (kind == null) {
            return;
        }
        int row = 0;
        for (LogField f : kind.fields()) {
            TextField text = new TextField();
            text.setId("logField-" + f.id());
            text.setAccessibleText(f.label());
            text.setPromptText(prompt(kind, f));
            text.textProperty().bindBidirectional(form.value(f));
            if (f.type() == LogField.Type.TEXT) {
                List<String> earlier = suggestions.apply(f);
                if (!earlier.isEmpty()) {
                    TextFields.bindAutoCompletion(text, earlier);
                }
            }
            GridPane.setHgrow(text, Priority.ALWAYS);
            fields.addRow(row++, label(f.label(), text), text);
        }
        fitWindow();
    }

    private void fitWindow() {
        ScreenFit.fitDialog(this);
    }

    /** Messages are shared with the command line, which prints them after a prefix; here they start a sentence. */
    static String capitalized(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** A hint in the empty field, where the bundle has one for it (a massage's device has its own). */
    private static String prompt(LogKind kind, LogField f) {
        String key = "log.dialog.prompt." + f.id() + (f == LogField.DEVICE && kind == LogKind.MASSAGE ? ".massage" : "");
        return Messages.has(key) ? Messages.get(key) : "";
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        styleGrid(grid);
        return grid;
    }

    private static void styleGrid(GridPane grid) {
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }
}
