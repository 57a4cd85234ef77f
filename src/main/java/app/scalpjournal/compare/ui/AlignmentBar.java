package app.scalpjournal.compare.ui;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.text.Messages;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The later photo's alignment as numbers the user can type, with Reset and Save alignment. */
final class AlignmentBar extends HBox {
    private final AlignmentModel model;
    private final TextField dx = field("alignDx", "compare.align.dxHelp");
    private final TextField dy = field("alignDy", "compare.align.dyHelp");
    private final TextField scale = field("alignScale", "compare.align.scaleHelp");
    private final TextField rotation = field("alignRotation", "compare.align.turnHelp");
    private final NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));

    AlignmentBar(AlignmentModel model) {
        super(6);
        this.model = model;
        setId("alignBar");
        setAlignment(Pos.CENTER_LEFT);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        Button reset = new Button(Messages.get("compare.align.reset"));
        reset.setMinWidth(Button.USE_PREF_SIZE);
        reset.setId("alignReset");
        help(reset, Messages.get("compare.help.withKey", Messages.get("compare.keys.alignReset"), "R"));
        reset.setOnAction(e -> model.reset());
        Button save = new Button(Messages.get("compare.align.save"));
        save.setMinWidth(Button.USE_PREF_SIZE);
        save.setId("alignSave");
        help(save, Messages.get("compare.help.withKey", Messages.get("compare.keys.alignSave"), "Ctrl+S"));
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.changedProperty().not());
        for (TextField f : new TextField[] {dx, dy, scale, rotation}) {
            f.setOnAction(e -> apply());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    apply();
                }
            });
        }
        getChildren().addAll(label("compare.align.dx", dx), dx,
                label("compare.align.dy", dy), dy, label("compare.align.scale", scale), scale,
                label("compare.align.turn", rotation), rotation, reset, save);
        model.alignmentProperty().addListener((o, a, b) -> show(b));
        show(model.alignmentProperty().get());
    }

    private static Label label(String key, TextField field) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setLabelFor(field);
        return l;
    }

    private void show(Alignment a) {
        set(dx, a.dx() * 100);
        set(dy, a.dy() * 100);
        set(scale, a.scale() * 100);
        set(rotation, a.rotationDeg());
    }

    private void set(TextField field, double value) {
        if (!field.isFocused()) {
            field.setText(format.format(value));
        }
    }

    private void apply() {
        try {
            model.alignmentProperty().set(new Alignment(parse(dx) / 100, parse(dy) / 100, parse(scale) / 100, parse(rotation)));
        } catch (ParseException | IllegalArgumentException e) {
            // Not a number: show the alignment as it is.
            show(model.alignmentProperty().get());
        }
    }

    private double parse(TextField field) throws ParseException {
        return format.parse(field.getText().strip()).doubleValue();
    }

    private static TextField field(String id, String helpKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(3);
        help(f, Messages.get(helpKey));
        return f;
    }

    private static void help(javafx.scene.control.Control c, String text) {
        c.setAccessibleText(text);
        c.setTooltip(new Tooltip(text));
    }
}
