package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.journal.Frequency;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.ui.Themes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/** Start, edit or stop a routine: kind, name, details, start and stop dates, planned frequency. */
public final class RoutineDialog extends Dialog<Routine> {
    private final ComboBox<LogKind> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextArea details = new TextArea();
    private final DatePicker started = DatePickers.localized(new DatePicker());
    private final DatePicker stopped = DatePickers.localized(new DatePicker());
    private final TextField frequency = new TextField();
    private final Label understood = new Label();
    private final Label problem = new Label();
    private final LogValidator validator;

    public RoutineDialog(Window owner, LogValidator validator, Routine existing, LocalDate today, List<String> earlierNames) {
        this.validator = validator;
        initOwner(owner);
        setTitle(Messages.get(existing == null ? "routine.dialog.startTitle" : "routine.dialog.editTitle"));
        kind.getItems().addAll(LogKind.values());
        kind.setValue(existing == null ? LogKind.MASSAGE : existing.kind());
        name.setText(existing == null ? "" : existing.name());
        name.setPromptText(Messages.get("routine.dialog.name.prompt"));
        if (!earlierNames.isEmpty()) {
            TextFields.bindAutoCompletion(name, earlierNames);
        }
        details.setText(existing == null ? "" : existing.details());
        details.setPromptText(Messages.get("routine.dialog.details.prompt"));
        details.setPrefRowCount(3);
        details.setWrapText(true);
        started.setValue(existing == null ? today : existing.startedOn());
        stopped.setValue(existing == null ? null : existing.stoppedOn());
        stopped.setPromptText(Messages.get("routine.dialog.stopped.prompt"));
        frequency.setText(existing == null ? "" : existing.frequency().text());
        frequency.setPromptText(Messages.get("routine.dialog.frequency.prompt"));
        frequency.textProperty().addListener((obs, old, now) -> explain(now));
        explain(frequency.getText());
        understood.getStyleClass().add("hint");
        understood.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ids();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(110), inputs);
        grid.addRow(0, label("routine.dialog.kind", kind), kind);
        grid.addRow(1, label("routine.dialog.name", name), name);
        grid.addRow(2, label("routine.dialog.details", details), details);
        grid.addRow(3, label("routine.dialog.started", started), started);
        grid.addRow(4, label("routine.dialog.stopped", stopped), stopped);
        grid.addRow(5, label("routine.dialog.frequency", frequency), frequency);
        grid.add(understood, 1, 6);
        grid.add(problem, 0, 7, 2, 1);
        grid.setPrefWidth(480);
        ScreenFit.scrollingContent(this, grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("routineSave");
        ok.setText(Messages.get(existing == null ? "routine.dialog.start" : "routine.dialog.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (check().isEmpty()) {
                e.consume();
            }
        });
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("routineCancel");
        setResultConverter(b -> b == ButtonType.OK ? check().orElse(null) : null);
        setOnShown(e -> {
            Themes.style(getDialogPane().getScene());
            ScreenFit.fitDialog(this);
        });
    }

    public Optional<Routine> ask() {
        return showAndWait();
    }

    private Optional<Routine> check() {
        try {
            Routine r = validator.check(new RoutineDraft(kind.getValue(), name.getText(), details.getText(),
                    started.getValue() == null ? "" : started.getValue().toString(),
                    stopped.getValue() == null ? "" : stopped.getValue().toString(), frequency.getText()));
            problem.setText("");
            return Optional.of(r);
        } catch (ValidationException e) {
            problem.setText(LogItemDialog.capitalized(e.getMessage()));
            ScreenFit.fitDialog(this);
            return Optional.empty();
        }
    }

    /** Says, as the frequency is typed, what reminder it gives under the one rule (RoutineReminders). */
    private void explain(String text) {
        Frequency f = Frequency.parse(text);
        if (text == null || text.isBlank()) {
            understood.setText(Messages.get("routine.reminder.none"));
        } else if (!f.understood()) {
            understood.setText(Messages.get("routine.reminder.notUnderstood"));
        } else if (!RoutineReminders.reminds(f)) {
            understood.setText(Messages.get("routine.reminder.daily"));
        } else if (f.minDays().equals(f.maxDays())) {
            understood.setText(Messages.get("routine.reminder.every", f.minDays()));
        } else {
            understood.setText(Messages.get("routine.reminder.range", f.minDays(), f.maxDays()));
        }
    }

    private void ids() {
        kind.setId("routineKind");
        kind.setAccessibleText(Messages.get("routine.dialog.kind.accessible"));
        name.setId("routineName");
        name.setAccessibleText(Messages.get("routine.dialog.name.accessible"));
        details.setId("routineDetails");
        details.setAccessibleText(Messages.get("routine.dialog.details.accessible"));
        started.setId("routineStarted");
        started.setAccessibleText(Messages.get("routine.dialog.started.accessible"));
        stopped.setId("routineStopped");
        stopped.setAccessibleText(Messages.get("routine.dialog.stopped.accessible"));
        frequency.setId("routineFrequency");
        frequency.setAccessibleText(Messages.get("routine.dialog.frequency.accessible"));
        understood.setId("routineFrequencyHint");
        problem.setId("routineProblem");
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        return l;
    }
}
