package app.scalpjournal.compare.ui;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.CompareViewModel;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.Dates;
import app.scalpjournal.compare.RelativeView;
import app.scalpjournal.compare.Side;
import app.scalpjournal.compare.ui.ImageStore.Kind;
import app.scalpjournal.photo.Region;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The compare window's content: region and mode choice, a date list for each side, the photos in the
 * chosen mode, their labels, neutral hints, the alignment controls and the keyboard shortcuts.
 * Thin: state and commands live in {@link CompareViewModel}.
 */
public final class CompareView extends BorderPane {
    private static final double ZOOM_STEP = 1.25;

    private final CompareViewModel vm;
    private final ImageStore store;
    private final Executor background;

    private final ComboBox<Region> regionChoice = new ComboBox<>();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton alignToggle = new ToggleButton("Align");
    private final DatePicker startDate = new DatePicker();
    private final ListView<DatedPhoto> leftDates = new ListView<>();
    private final ListView<DatedPhoto> rightDates = new ListView<>();
    private final PhotoViewport leftViewport;
    private final PhotoViewport rightViewport;
    private final PhotoViewport mixViewport;
    private final StripPane stripPane;
    private final HBox sideBySide;
    private final StackPane stage = new StackPane();
    private final VBox comparisonArea;
    private final Label title = new Label();
    private final Label hintLabel = new Label();
    private final HBox alignBar;
    private final HBox opacityBar;
    private final Slider opacity = new Slider(0, 1, 0.5);
    private final TextField dxField = numberField("alignDx", "Move right, % of the earlier photo's width");
    private final TextField dyField = numberField("alignDy", "Move down, % of the earlier photo's height");
    private final TextField scaleField = numberField("alignScale", "Scale of the later photo, %");
    private final TextField rotationField = numberField("alignRotation", "Rotation of the later photo, degrees clockwise");
    private final Button saveAlignment = button("alignSave", "Save alignment", "Save this alignment for this pair of photos (Ctrl+S)");
    private final Label status = new Label();
    private final VBox helpOverlay;
    private boolean syncingLists;
    private List<String> shownStrip = List.of();

    public CompareView(CompareViewModel vm, ImageStore store, Executor background) {
        this.vm = vm;
        this.store = store;
        this.background = background;
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        leftViewport = new PhotoViewport(store, "leftViewport");
        rightViewport = new PhotoViewport(store, "rightViewport");
        mixViewport = new PhotoViewport(store, "mixViewport");
        stripPane = new StripPane(store);
        sideBySide = new HBox(4, leftViewport, rightViewport);
        sideBySide.setId("sideBySidePane");
        HBox.setHgrow(leftViewport, Priority.ALWAYS);
        HBox.setHgrow(rightViewport, Priority.ALWAYS);
        leftViewport.setPrefWidth(10);
        rightViewport.setPrefWidth(10);
        for (PhotoViewport v : new PhotoViewport[] {leftViewport, rightViewport, mixViewport}) {
            v.setOnView(vm.viewProperty()::set);
            v.setOnAlign(vm.alignmentProperty()::set);
            v.setOnSwipe(vm.swipeProperty()::set);
        }
        title.setId("compareTitle");
        title.getStyleClass().add("compare-title");
        hintLabel.setId("compareHints");
        hintLabel.getStyleClass().add("compare-hint");
        hintLabel.setWrapText(true);
        VBox header = new VBox(2, title, hintLabel);
        header.getStyleClass().add("compare-header");
        comparisonArea = new VBox(header, stage);
        comparisonArea.setId("comparisonArea");
        comparisonArea.getStyleClass().add("compare-area");
        VBox.setVgrow(stage, Priority.ALWAYS);
        stage.setMinSize(100, 100);
        helpOverlay = helpOverlay();
        StackPane center = new StackPane(comparisonArea, helpOverlay);
        setCenter(center);
        setTop(toolBar());
        setLeft(dateColumn("Left", leftDates, "leftDates"));
        setRight(dateColumn("Right", rightDates, "rightDates"));
        alignBar = alignBar();
        opacityBar = opacityBar();
        status.setId("compareStatus");
        status.getStyleClass().add("compare-status");
        HBox bottomRow = new HBox(16, alignBar, opacityBar);
        bottomRow.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, bottomRow, status);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        setBottom(bottom);
        bind();
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        refresh();
    }

    private ToolBar toolBar() {
        regionChoice.setId("regionChoice");
        regionChoice.getItems().setAll(Region.values());
        regionChoice.setAccessibleText("Scalp region to compare");
        regionChoice.setTooltip(new Tooltip("Scalp region"));
        regionChoice.setOnAction(e -> {
            Region r = regionChoice.getValue();
            if (r != null && r != vm.regionProperty().get()) {
                vm.open(r);
            }
        });
        HBox modeButtons = new HBox();
        modeButtons.getStyleClass().add("segmented");
        String[] ids = {"modeSideBySide", "modeSwipe", "modeOverlay", "modeStrip"};
        for (CompareMode mode : CompareMode.values()) {
            ToggleButton b = new ToggleButton(mode.label());
            b.setId(ids[mode.ordinal()]);
            b.setUserData(mode);
            b.setToggleGroup(modes);
            b.setAccessibleText(mode.label() + " mode (key " + (mode.ordinal() + 1) + ")");
            b.setTooltip(new Tooltip(mode.label() + " (" + (mode.ordinal() + 1) + ")"));
            modeButtons.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.modeProperty().set((CompareMode) now.getUserData());
            }
        });
        Button fit = button("fitButton", "Fit", "Fit the photos in the window (F)");
        fit.setOnAction(e -> fit());
        Button actual = button("actualSizeButton", "100%", "Actual size (A)");
        actual.setOnAction(e -> actualSize());
        Button zoomOut = button("zoomOutButton", "−", "Zoom out (-)");
        zoomOut.setOnAction(e -> zoom(1 / ZOOM_STEP));
        Button zoomIn = button("zoomInButton", "+", "Zoom in (+)");
        zoomIn.setOnAction(e -> zoom(ZOOM_STEP));
        alignToggle.setId("alignToggle");
        alignToggle.setAccessibleText("Align mode: dragging moves the later photo");
        alignToggle.setTooltip(new Tooltip("Dragging moves the later photo (L)"));
        alignToggle.selectedProperty().bindBidirectional(vm.aligningProperty());
        startDate.setId("startDatePicker");
        startDate.setPromptText("first photo");
        startDate.setPrefWidth(130);
        startDate.setAccessibleText("Count days from this date");
        startDate.setOnAction(e -> {
            if (!Optional.ofNullable(startDate.getValue()).equals(vm.userStartDateProperty().get())) {
                vm.setStartDate(startDate.getValue());
            }
        });
        Button clearStart = button("startDateClear", "×", "Count days from the first photo again");
        clearStart.setOnAction(e -> vm.setStartDate(null));
        Button export = button("exportButton", "Save image…", "Save this comparison as a PNG or JPEG image (Ctrl+E)");
        export.setOnAction(e -> chooseAndSaveImage());
        Button help = button("helpButton", "Keys", "Keyboard shortcuts (? or F1)");
        help.setOnAction(e -> toggleHelp());
        Label dayFrom = new Label("Day 1:");
        return new ToolBar(regionChoice, new Separator(Orientation.VERTICAL), modeButtons, new Separator(Orientation.VERTICAL),
                fit, actual, zoomOut, zoomIn, alignToggle, new Separator(Orientation.VERTICAL), dayFrom, startDate, clearStart,
                new Separator(Orientation.VERTICAL), export, help);
    }

    private VBox dateColumn(String side, ListView<DatedPhoto> list, String id) {
        list.setId(id);
        list.setAccessibleText(side + " photo: choose a date");
        list.setPrefWidth(190);
        list.setCellFactory(l -> new DateCell());
        list.setItems(vm.photos());
        Label label = new Label(side + " photo");
        label.getStyleClass().add("compare-column-title");
        VBox box = new VBox(4, label, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    /** A date in a side's list: its thumbnail, date and day. */
    private final class DateCell extends ListCell<DatedPhoto> {
        private final ImageView thumb = new ImageView();

        DateCell() {
            thumb.setFitWidth(48);
            thumb.setFitHeight(36);
            thumb.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(DatedPhoto item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(vm.dateLine(item).replace(" · ", "\n"));
            setAccessibleText(vm.dateLine(item));
            thumb.setImage(store.cached(item.photo(), Kind.THUMBNAIL));
            setGraphic(thumb);
            if (thumb.getImage() == null) {
                store.request(item.photo(), Kind.THUMBNAIL, () -> getItem() == item, img -> {
                    if (getItem() == item) {
                        thumb.setImage(img);
                    }
                });
            }
        }
    }

    private HBox alignBar() {
        Button reset = button("alignReset", "Reset", "Undo the alignment (R)");
        reset.setOnAction(e -> vm.resetAlignment());
        saveAlignment.setOnAction(e -> vm.saveAlignment());
        dxField.setOnAction(e -> applyFields());
        dyField.setOnAction(e -> applyFields());
        scaleField.setOnAction(e -> applyFields());
        rotationField.setOnAction(e -> applyFields());
        for (TextField f : new TextField[] {dxField, dyField, scaleField, rotationField}) {
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    applyFields();
                }
            });
        }
        HBox bar = new HBox(6, new Label("Later photo:"), new Label("x %"), dxField, new Label("y %"), dyField,
                new Label("scale %"), scaleField, new Label("turn °"), rotationField, reset, saveAlignment);
        bar.setId("alignBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox opacityBar() {
        opacity.setId("opacitySlider");
        opacity.setAccessibleText("Opacity of the later photo");
        opacity.setPrefWidth(180);
        opacity.valueProperty().bindBidirectional(vm.opacityProperty());
        Label value = new Label();
        value.textProperty().bind(opacity.valueProperty().multiply(100).asString("%.0f%%"));
        HBox bar = new HBox(6, new Label("Later photo opacity"), opacity, value);
        bar.setId("opacityBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox helpOverlay() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        for (int i = 0; i < Shortcuts.ALL.size(); i++) {
            Label keys = new Label(Shortcuts.ALL.get(i).keys());
            keys.getStyleClass().add("compare-help-keys");
            grid.addRow(i, keys, new Label(Shortcuts.ALL.get(i).action()));
        }
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("compare-help-title");
        Button close = button("helpClose", "Close", "Hide the shortcuts (Esc)");
        close.setOnAction(e -> toggleHelp());
        VBox box = new VBox(10, heading, grid, close);
        box.setId("helpOverlay");
        box.getStyleClass().add("compare-help");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setVisible(false);
        return box;
    }

    private void bind() {
        vm.regionProperty().addListener((o, a, r) -> regionChoice.setValue(r));
        vm.leftIndexProperty().addListener((o, a, i) -> {
            syncList(leftDates, i.intValue());
            prefetchAround(i.intValue(), a.intValue());
        });
        vm.rightIndexProperty().addListener((o, a, i) -> {
            syncList(rightDates, i.intValue());
            prefetchAround(i.intValue(), a.intValue());
        });
        leftDates.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncingLists && i.intValue() >= 0) {
                vm.select(Side.LEFT, i.intValue());
            }
        });
        rightDates.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncingLists && i.intValue() >= 0) {
                vm.select(Side.RIGHT, i.intValue());
            }
        });
        vm.userStartDateProperty().addListener((o, a, d) -> {
            startDate.setValue(d.orElse(null));
            leftDates.refresh();
            rightDates.refresh();
        });
        status.textProperty().bind(vm.statusProperty());
        for (Observable o : new Observable[] {vm.modeProperty(), vm.leftProperty(), vm.rightProperty(), vm.viewProperty(),
                vm.alignmentProperty(), vm.opacityProperty(), vm.swipeProperty(), vm.aligningProperty(), vm.leftCaptionProperty(),
                vm.rightCaptionProperty(), vm.intervalProperty(), vm.hints(), vm.strip(), vm.alignmentChangedProperty()}) {
            o.addListener(x -> refresh());
        }
    }

    /** Decodes the next date in the direction the user is stepping, so the next arrow key shows it at once. */
    private void prefetchAround(int now, int before) {
        int next = now + (now >= before ? 1 : -1);
        if (now >= 0 && before >= 0 && next >= 0 && next < vm.photos().size()) {
            DatedPhoto p = vm.photos().get(next);
            store.request(p.photo(), Kind.PREVIEW, () -> true, img -> { });
        }
    }

    private void syncList(ListView<DatedPhoto> list, int index) {
        syncingLists = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncingLists = false;
        }
    }

    /** Brings every node in line with the view model. */
    private void refresh() {
        CompareMode mode = vm.modeProperty().get();
        for (var t : modes.getToggles()) {
            t.setSelected(t.getUserData() == mode);
        }
        DatedPhoto left = vm.leftProperty().get();
        DatedPhoto right = vm.rightProperty().get();
        title.setText(titleText(left, right));
        hintLabel.setText(String.join("  ", vm.hints()));
        hintLabel.setVisible(!vm.hints().isEmpty());
        hintLabel.setManaged(!vm.hints().isEmpty());
        Node shown = switch (mode) {
            case SIDE_BY_SIDE -> sideBySide;
            case SWIPE, OVERLAY -> mixViewport;
            case STRIP -> stripPane;
        };
        if (stage.getChildren().size() != 1 || stage.getChildren().get(0) != shown) {
            stage.getChildren().setAll(shown);
        }
        String empty = vm.loadingProperty().get() ? "Loading…" : vm.statusProperty().get();
        RelativeView view = vm.viewProperty().get();
        if (mode == CompareMode.SIDE_BY_SIDE) {
            leftViewport.showBase(left, vm.leftCaptionProperty().get());
            rightViewport.showBase(right, vm.rightCaptionProperty().get());
            leftViewport.setView(view);
            rightViewport.setView(view);
            leftViewport.setEmptyText(empty);
            rightViewport.setEmptyText(empty);
        } else if (mode.aligns()) {
            DatedPhoto moving = vm.moving();
            DatedPhoto reference = moving == null ? left : vm.reference();
            mixViewport.showBase(reference, reference == null ? "" : vm.caption(reference));
            mixViewport.showTop(moving, moving == null ? "" : vm.caption(moving));
            mixViewport.setView(view);
            mixViewport.setAlignment(vm.alignmentProperty().get());
            mixViewport.setTopOpacity(mode == CompareMode.OVERLAY ? vm.opacityProperty().get() : 1);
            mixViewport.setSwipe(mode == CompareMode.SWIPE, vm.swipeProperty().get());
            mixViewport.setAlignable(true, vm.aligningProperty().get());
            mixViewport.setEmptyText(empty);
        } else {
            List<String> labels = vm.strip().stream().map(vm::dateLine).toList();
            if (!labels.equals(shownStrip)) {
                shownStrip = labels;
                stripPane.show(vm.strip(), vm::dateLine);
            }
        }
        boolean aligns = mode.aligns() && vm.moving() != null;
        alignBar.setDisable(!aligns);
        alignBar.setVisible(mode.aligns());
        alignBar.setManaged(mode.aligns());
        opacityBar.setVisible(mode == CompareMode.OVERLAY);
        opacityBar.setManaged(mode == CompareMode.OVERLAY);
        saveAlignment.setDisable(!vm.alignmentChangedProperty().get());
        showAlignmentFields(vm.alignmentProperty().get());
    }

    private String titleText(DatedPhoto left, DatedPhoto right) {
        Region r = vm.regionProperty().get();
        if (r == null) {
            return "";
        }
        if (left == null || right == null) {
            return r.label();
        }
        return r.label() + "  ·  " + Dates.format(left.date()) + "  and  " + Dates.format(right.date()) + "  ·  " + vm.intervalProperty().get();
    }

    private void showAlignmentFields(Alignment a) {
        setIfNotFocused(dxField, a.dx() * 100);
        setIfNotFocused(dyField, a.dy() * 100);
        setIfNotFocused(scaleField, a.scale() * 100);
        setIfNotFocused(rotationField, a.rotationDeg());
    }

    private static void setIfNotFocused(TextField field, double value) {
        if (!field.isFocused()) {
            field.setText(String.format(Locale.ROOT, "%.1f", value));
        }
    }

    private void applyFields() {
        try {
            Alignment a = new Alignment(parse(dxField) / 100, parse(dyField) / 100, parse(scaleField) / 100, parse(rotationField));
            vm.alignmentProperty().set(a);
        } catch (IllegalArgumentException e) {
            showAlignmentFields(vm.alignmentProperty().get());
        }
    }

    private static double parse(TextField field) {
        return Double.parseDouble(field.getText().trim().replace(',', '.'));
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && helpOverlay.isVisible()) {
            toggleHelp();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl || startDate.isFocused() || startDate.getEditor().isFocused()) {
            return;
        }
        if (handleKey(e)) {
            e.consume();
        }
    }

    private boolean handleKey(KeyEvent e) {
        boolean ctrl = e.isShortcutDown();
        boolean aligns = vm.modeProperty().get().aligns() && vm.moving() != null;
        switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> vm.modeProperty().set(CompareMode.SIDE_BY_SIDE);
            case DIGIT2, NUMPAD2 -> vm.modeProperty().set(CompareMode.SWIPE);
            case DIGIT3, NUMPAD3 -> vm.modeProperty().set(CompareMode.OVERLAY);
            case DIGIT4, NUMPAD4 -> vm.modeProperty().set(CompareMode.STRIP);
            case LEFT, RIGHT, UP, DOWN -> {
                int sign = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP ? -1 : 1;
                if (ctrl && aligns) {
                    nudge(e.getCode());
                } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                    return false;
                } else {
                    vm.step(e.isShiftDown() ? Side.LEFT : Side.RIGHT, sign);
                }
            }
            case F -> fit();
            case A -> actualSize();
            case PLUS, EQUALS, ADD -> zoom(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoom(1 / ZOOM_STEP);
            case L -> vm.aligningProperty().set(!vm.aligningProperty().get());
            case R -> vm.resetAlignment();
            case S -> {
                if (!ctrl) {
                    return false;
                }
                vm.saveAlignment();
            }
            case E -> {
                if (!ctrl) {
                    return false;
                }
                chooseAndSaveImage();
            }
            case OPEN_BRACKET -> vm.opacityProperty().set(Math.max(0, vm.opacityProperty().get() - 0.1));
            case CLOSE_BRACKET -> vm.opacityProperty().set(Math.min(1, vm.opacityProperty().get() + 0.1));
            case F1, SLASH -> toggleHelp();
            case ESCAPE -> {
                if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage s && s.getScene().getRoot() == this) {
                    s.close();
                } else {
                    return false;
                }
            }
            default -> {
                if ("?".equals(e.getText())) {
                    toggleHelp();
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** The compare shortcuts in a dialog, for the main window's Help menu. */
    public static void showShortcuts(javafx.stage.Window owner) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Compare window shortcuts");
        alert.setHeaderText("Keys in the Compare window");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        for (int i = 0; i < Shortcuts.ALL.size(); i++) {
            grid.addRow(i, new Label(Shortcuts.ALL.get(i).keys()), new Label(Shortcuts.ALL.get(i).action()));
        }
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private void nudge(KeyCode code) {
        double step = 0.002;
        Alignment a = vm.alignmentProperty().get();
        vm.alignmentProperty().set(switch (code) {
            case LEFT -> a.movedBy(-step, 0);
            case RIGHT -> a.movedBy(step, 0);
            case UP -> a.movedBy(0, -step);
            default -> a.movedBy(0, step);
        });
    }

    private void fit() {
        vm.viewProperty().set(RelativeView.FIT);
    }

    /** 100% for the photo the view is framed on: the left photo side by side, the earlier one when mixed. */
    private void actualSize() {
        DatedPhoto frame = vm.modeProperty().get() == CompareMode.SIDE_BY_SIDE || vm.moving() == null ? vm.leftProperty().get() : vm.reference();
        if (frame == null) {
            return;
        }
        PhotoViewport v = vm.modeProperty().get() == CompareMode.SIDE_BY_SIDE ? leftViewport : mixViewport;
        vm.viewProperty().set(vm.viewProperty().get().actualSize(frame.photo().width(), frame.photo().height(),
                Math.max(1, v.getWidth()), Math.max(1, v.getHeight())));
    }

    private void zoom(double factor) {
        vm.viewProperty().set(vm.viewProperty().get().zoomed(factor));
    }

    private void toggleHelp() {
        helpOverlay.setVisible(!helpOverlay.isVisible());
        if (helpOverlay.isVisible()) {
            helpOverlay.requestFocus();
        }
    }

    private void chooseAndSaveImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save comparison as image");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("JPEG image", "*.jpg", "*.jpeg"));
        chooser.setInitialFileName(suggestedFileName());
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            saveImage(file.toPath());
        }
    }

    /** E.g. "crown-2026-01-05-and-2026-04-05.png". */
    public String suggestedFileName() {
        Region r = vm.regionProperty().get();
        DatedPhoto l = vm.leftProperty().get();
        DatedPhoto rt = vm.rightProperty().get();
        if (r == null || l == null || rt == null) {
            return "comparison.png";
        }
        return r.id() + "-" + l.date() + "-and-" + rt.date() + ".png";
    }

    /**
     * Saves the comparison area (photos with their date labels) as PNG, or JPEG for .jpg/.jpeg. The
     * snapshot is taken here on the FX thread; encoding and writing run in the background and end with a
     * line in the status bar.
     */
    public void saveImage(Path file) {
        BufferedImage image = ComparisonExport.snapshot(comparisonArea);
        vm.reportStatus("Saving " + file.getFileName() + "…");
        background.execute(() -> {
            String result;
            try {
                ComparisonExport.write(image, file);
                result = "Saved " + file.getFileName() + ".";
            } catch (IOException | RuntimeException e) {
                result = file.getFileName() + ": could not be saved (" + e.getMessage() + ").";
            }
            String message = result;
            javafx.application.Platform.runLater(() -> vm.reportStatus(message));
        });
    }

    /** The node a saved image shows, for tests and snapshots. */
    Node comparisonArea() {
        return comparisonArea;
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(help);
        b.setTooltip(new Tooltip(help));
        return b;
    }

    private static TextField numberField(String id, String help) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.setAccessibleText(help);
        f.setTooltip(new Tooltip(help));
        return f;
    }
}
