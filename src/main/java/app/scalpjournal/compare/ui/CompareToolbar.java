package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** The compare window's top bar: region, mode, zoom, align, save image and the keys overlay. */
final class CompareToolbar extends ToolBar {
    private static final String[] MODE_IDS = {"modeSideBySide", "modeSwipe", "modeOverlay", "modeStrip", "modeBlink"};

    private final ComboBox<Region> regionChoice = new ComboBox<>();
    private final ToggleGroup modes = new ToggleGroup();
    private final Button export;

    CompareToolbar(CompareViewModel vm, CompareKeys.ViewCommands commands) {
        setId("compareToolbar");
        regionChoice.setId("regionChoice");
        regionChoice.setPrefWidth(175);
        regionChoice.getItems().setAll(Region.values());
        regionChoice.setAccessibleText(Messages.get("compare.region.help"));
        regionChoice.setTooltip(new Tooltip(Messages.get("compare.region.help")));
        regionChoice.setOnAction(e -> {
            Region r = regionChoice.getValue();
            if (r != null && r != vm.regionProperty().get()) {
                vm.open(r);
            }
        });
        vm.regionProperty().addListener((o, a, r) -> regionChoice.setValue(r));
        HBox modeButtons = new HBox();
        modeButtons.getStyleClass().add("segmented");
        for (CompareMode mode : CompareMode.values()) {
            ToggleButton b = new ToggleButton(mode.label());
            b.setId(MODE_IDS[mode.ordinal()]);
            b.setUserData(mode);
            b.setToggleGroup(modes);
            String help = Messages.get("compare.mode.help", mode.label(), mode.ordinal() + 1);
            b.setAccessibleText(help);
            b.setTooltip(new Tooltip(help));
            modeButtons.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.modeProperty().set((CompareMode) now.getUserData());
            }
        });
        vm.modeProperty().addListener((o, a, mode) -> showMode(mode));
        showMode(vm.modeProperty().get());
        Button fit = button("fitButton", "compare.fit", "compare.keys.fit", "F");
        fit.setOnAction(e -> commands.fit());
        Button actual = button("actualSizeButton", "compare.actualSize", "compare.keys.actualSize", "A");
        actual.setOnAction(e -> commands.actualSize());
        Button zoomOut = button("zoomOutButton", "compare.zoomOut", "compare.keys.zoomOut", "−");
        zoomOut.setOnAction(e -> commands.zoom(1 / CompareKeys.ZOOM_STEP));
        Button zoomIn = button("zoomInButton", "compare.zoomIn", "compare.keys.zoomIn", "+");
        zoomIn.setOnAction(e -> commands.zoom(CompareKeys.ZOOM_STEP));
        ToggleButton align = new ToggleButton(Messages.get("compare.align"));
        align.setId("alignToggle");
        align.setAccessibleText(Messages.get("compare.keys.alignMode"));
        align.setTooltip(new Tooltip(Messages.get("compare.help.withKey", Messages.get("compare.keys.alignMode"), "L")));
        align.selectedProperty().bindBidirectional(vm.alignment().aligningProperty());
        align.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.modeProperty().get().aligns(),
                vm.modeProperty()));
        export = button("exportButton", "compare.saveImage", "compare.keys.saveImage", "Ctrl+E");
        export.setOnAction(e -> commands.saveImage());
        Button help = button("helpButton", "compare.keysButton", "compare.keys.help", "?");
        help.setOnAction(e -> commands.toggleHelp());
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getItems().addAll(regionChoice, new Separator(Orientation.VERTICAL), modeButtons, new Separator(Orientation.VERTICAL),
                fit, actual, zoomOut, zoomIn, align, grow, export, help);
    }

    /** Puts an action another feature owns (e.g. "Time-lapse…") beside Save image. */
    void addAction(Button action) {
        getItems().add(getItems().indexOf(export), action);
    }

    private void showMode(CompareMode mode) {
        modes.getToggles().forEach(t -> t.setSelected(t.getUserData() == mode));
    }

    private static Button button(String id, String textKey, String helpKey, String key) {
        Button b = new Button(Messages.get(textKey));
        b.setId(id);
        String help = Messages.get("compare.help.withKey", Messages.get(helpKey), key);
        b.setAccessibleText(help);
        b.setTooltip(new Tooltip(help));
        return b;
    }
}
