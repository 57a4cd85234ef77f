package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.text.Messages;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The row under the photos: the current mode's controls (alignment, overlay opacity, blink) and the status line. Runs Blink's timer. */
final class ModeBar extends HBox {
    private final CompareViewModel vm;
    private final AlignmentBar alignBar;
    private final HBox opacityBar;
    private final HBox blinkBar;
    private final Timeline blinkTimer = new Timeline();

    ModeBar(CompareViewModel vm) {
        super(14);
        this.vm = vm;
        setId("modeBar");
        getStyleClass().add("compare-mode-bar");
        setAlignment(Pos.CENTER_LEFT);
        alignBar = new AlignmentBar(vm.alignment());
        opacityBar = opacityBar();
        blinkBar = blinkBar();
        Label status = new Label();
        status.setId("compareStatus");
        status.getStyleClass().add("compare-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        getChildren().addAll(alignBar, opacityBar, blinkBar, status, grow);
        vm.modeProperty().addListener((o, a, m) -> showMode());
        vm.pair().leftProperty().addListener((o, a, p) -> showMode());
        vm.pair().rightProperty().addListener((o, a, p) -> showMode());
        vm.statusProperty().addListener((o, a, b) -> showMode());
        vm.blink().runningProperty().addListener((o, a, b) -> restartTimer());
        vm.blink().intervalMsProperty().addListener((o, a, b) -> restartTimer());
        blinkTimer.setCycleCount(Timeline.INDEFINITE);
        showMode();
    }

    private void showMode() {
        CompareMode mode = vm.modeProperty().get();
        show(alignBar, mode.aligns());
        alignBar.setDisable(vm.pair().moving() == null);
        show(opacityBar, mode == CompareMode.OVERLAY);
        show(blinkBar, mode == CompareMode.BLINK);
        // With nothing to show (side by side or strip, no message) the row gives its height to the photos.
        boolean used = mode.aligns() || !vm.statusProperty().get().isEmpty();
        setVisible(used);
        setManaged(used);
        restartTimer();
    }

    private static void show(javafx.scene.Node bar, boolean visible) {
        bar.setVisible(visible);
        bar.setManaged(visible);
    }

    private void restartTimer() {
        blinkTimer.stop();
        if (vm.modeProperty().get() == CompareMode.BLINK && vm.blink().runningProperty().get() && vm.pair().moving() != null) {
            blinkTimer.getKeyFrames().setAll(new KeyFrame(Duration.millis(vm.blink().intervalMsProperty().get()), e -> vm.blink().flip()));
            blinkTimer.play();
        }
    }

    private HBox opacityBar() {
        Slider opacity = new Slider(0, 1, 0.5);
        opacity.setId("opacitySlider");
        opacity.setAccessibleText(Messages.get("compare.opacity"));
        opacity.setPrefWidth(130);
        opacity.valueProperty().bindBidirectional(vm.opacityProperty());
        Label value = new Label();
        value.textProperty().bind(opacity.valueProperty().multiply(100).asString("%.0f %%"));
        Label label = new Label(Messages.get("compare.opacity.short"));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(opacity);
        HBox bar = new HBox(6, label, opacity, value);
        bar.setId("opacityBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox blinkBar() {
        ToggleButton run = new ToggleButton(Messages.get("compare.blink.run"));
        run.setId("blinkRun");
        run.setAccessibleText(Messages.get("compare.keys.blinkRun"));
        run.setTooltip(new Tooltip(Messages.get("compare.help.withKey", Messages.get("compare.keys.blinkRun"), Messages.get("compare.key.space"))));
        run.selectedProperty().bindBidirectional(vm.blink().runningProperty());
        Button flip = new Button(Messages.get("compare.blink.flip"));
        flip.setId("blinkFlip");
        flip.setAccessibleText(Messages.get("compare.keys.blinkFlip"));
        flip.setTooltip(new Tooltip(Messages.get("compare.help.withKey", Messages.get("compare.keys.blinkFlip"), "B")));
        flip.setOnAction(e -> vm.blink().flipByHand());
        ChoiceBox<Integer> every = new ChoiceBox<>();
        every.setId("blinkInterval");
        every.getItems().setAll(BlinkModel.INTERVALS);
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer ms) {
                return ms == null ? "" : Messages.get("compare.blink.seconds", ms / 1000.0);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        every.valueProperty().addListener((o, a, ms) -> {
            if (ms != null) {
                vm.blink().intervalMsProperty().set(ms);
            }
        });
        vm.blink().intervalMsProperty().addListener((o, a, ms) -> every.setValue(ms.intValue()));
        every.setValue(vm.blink().intervalMsProperty().get());
        every.setAccessibleText(Messages.get("compare.blink.every"));
        Label label = new Label(Messages.get("compare.blink.every"));
        label.setLabelFor(every);
        HBox bar = new HBox(6, run, flip, label, every);
        bar.setId("blinkBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
