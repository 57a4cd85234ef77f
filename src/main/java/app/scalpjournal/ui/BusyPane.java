package app.scalpjournal.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** A spinner with what the app is doing, e.g. while a journal opens; it stops when the work failed. */
public final class BusyPane extends VBox {
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label doing;
    private final Label detail;

    public BusyPane(String doing, String detail) {
        super(12);
        this.doing = new Label(doing);
        this.doing.setId("busyDoing");
        this.doing.setWrapText(true);
        this.doing.setStyle("-fx-font-size: 1.2em;");
        this.detail = new Label(detail);
        this.detail.setWrapText(true);
        this.detail.getStyleClass().add("text-muted");
        spinner.setMaxSize(48, 48);
        setAlignment(Pos.CENTER);
        setMaxWidth(Double.MAX_VALUE);
        setStyle("-fx-padding: 48;");
        getChildren().addAll(spinner, this.doing, this.detail);
    }

    /** Stops the spinner and says what failed (the error dialog has the rest). */
    public void failed(String what) {
        spinner.setVisible(false);
        doing.setText(what);
        detail.setText("");
    }
}
