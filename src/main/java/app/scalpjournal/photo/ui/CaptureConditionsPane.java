package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureConditions.HairState;
import app.scalpjournal.photo.CaptureConditions.Lighting;
import app.scalpjournal.text.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The capture condition inputs, shared by the import dialog (for a batch) and a photo's own dialog. */
public final class CaptureConditionsPane extends GridPane {
    // Each input's wordings are capture.<name>.label, .accessible and, for text, .prompt.
    private final ComboBox<Boolean> washed = yesNo("captureWashed", "capture.washed");
    private final ComboBox<HairState> hair = choice("captureHair", "capture.hair", HairState.values());
    private final ComboBox<Boolean> product = yesNo("captureProduct", "capture.product");
    private final ComboBox<Lighting> lighting = choice("captureLighting", "capture.lighting", Lighting.values());
    private final TextField camera = text("captureCamera", "capture.camera");
    private final TextField distance = text("captureDistance", "capture.distance");
    private final TextField note = text("captureNote", "capture.note");

    public CaptureConditionsPane(CaptureConditions initial) {
        setId("captureConditions");
        setHgap(10);
        setVgap(6);
        getColumnConstraints().setAll(labelColumn(), inputColumn(), labelColumn(), inputColumn());
        addRow(0, label("capture.washed", washed), washed, label("capture.hair", hair), hair);
        addRow(1, label("capture.product", product), product, label("capture.lighting", lighting), lighting);
        addRow(2, label("capture.camera", camera), camera, label("capture.distance", distance), distance);
        add(label("capture.note", note), 0, 3);
        add(note, 1, 3, 3, 1);
        set(initial);
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints inputColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(110);
        return c;
    }

    public void set(CaptureConditions c) {
        washed.setValue(c.washed());
        hair.setValue(c.hairState());
        product.setValue(c.productInHair());
        lighting.setValue(c.lighting());
        camera.setText(c.camera());
        distance.setText(c.distance());
        note.setText(c.note());
    }

    /** What is chosen now; throws IllegalArgumentException with a plain message for text that is too long. */
    public CaptureConditions get() {
        return new CaptureConditions(washed.getValue(), hair.getValue(), product.getValue(), lighting.getValue(),
                camera.getText(), distance.getText(), note.getText());
    }

    private static ComboBox<Boolean> yesNo(String id, String key) {
        ComboBox<Boolean> box = new ComboBox<>();
        box.getItems().addAll(null, Boolean.TRUE, Boolean.FALSE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? Messages.get("capture.notRecorded") : Messages.get(b ? "capture.yes" : "capture.no");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        return ids(box, id, key);
    }

    private static <T> ComboBox<T> choice(String id, String key, T[] values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(List.of(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.get("capture.notRecorded") : value.toString();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return ids(box, id, key);
    }

    private static <T> ComboBox<T> ids(ComboBox<T> box, String id, String key) {
        box.setId(id);
        box.setAccessibleText(Messages.get(key + ".accessible"));
        box.setMaxWidth(Double.MAX_VALUE);
        // the button cell must render null as "Not recorded" too
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(empty ? null : item));
            }
        });
        return box;
    }

    private static TextField text(String id, String key) {
        TextField t = new TextField();
        t.setId(id);
        t.setAccessibleText(Messages.get(key + ".accessible"));
        t.setPromptText(Messages.get(key + ".prompt"));
        return t;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key + ".label"));
        l.setLabelFor(target);
        return l;
    }
}
