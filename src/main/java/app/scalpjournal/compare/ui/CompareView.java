package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.Captions;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.RelativeView;
import app.scalpjournal.compare.Side;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.ui.ImageCache;
import java.io.File;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The compare window's content: the toolbar, the photos in the chosen mode with their labels and
 * neutral hints, the mode's controls and the strip of dates. Thin: state and commands live in
 * {@link CompareViewModel}; keys in {@link CompareKeys}.
 */
public final class CompareView extends BorderPane implements CompareKeys.ViewCommands {
    private final CompareViewModel vm;
    private final PhotoViewport leftViewport;
    private final PhotoViewport rightViewport;
    private final PhotoViewport mixViewport;
    private final StripPane stripPane;
    private final HBox sideBySide;
    private final StackPane stage = new StackPane();
    private final Label title = new Label();
    private final Label hintLabel = new Label();
    private final VBox helpOverlay;
    private final CompareKeys keys;
    private final DateStrip dates;
    private final CompareToolbar toolbar;
    private List<String> shownStrip = List.of();

    public CompareView(CompareViewModel vm, ImageCache images) {
        this.vm = vm;
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        leftViewport = new PhotoViewport(images, "leftViewport");
        rightViewport = new PhotoViewport(images, "rightViewport");
        mixViewport = new PhotoViewport(images, "mixViewport");
        stripPane = new StripPane(images);
        sideBySide = new HBox(4, leftViewport, rightViewport);
        sideBySide.setId("sideBySidePane");
        for (PhotoViewport v : new PhotoViewport[] {leftViewport, rightViewport}) {
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setPrefWidth(10);
        }
        leftViewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.pair().choosingProperty().set(Side.LEFT));
        rightViewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.pair().choosingProperty().set(Side.RIGHT));
        for (PhotoViewport v : new PhotoViewport[] {leftViewport, rightViewport, mixViewport}) {
            v.setOnView(vm.viewProperty()::set);
            v.setOnAlign(vm.alignment().alignmentProperty()::set);
            v.setOnSwipe(vm.swipeProperty()::set);
        }
        keys = new CompareKeys(vm, this);
        helpOverlay = helpOverlay();
        toolbar = new CompareToolbar(vm, this);
        setTop(toolbar);
        setCenter(new StackPane(comparisonArea(), helpOverlay));
        dates = new DateStrip(vm, images);
        VBox bottom = new VBox(new ModeBar(vm), dates);
        bottom.getStyleClass().add("compare-bottom");
        setBottom(bottom);
        keys.install(this);
        vm.pair().leftIndexProperty().addListener((o, a, i) -> prefetchAround(i.intValue(), i.intValue() - a.intValue(), images));
        vm.pair().rightIndexProperty().addListener((o, a, i) -> prefetchAround(i.intValue(), i.intValue() - a.intValue(), images));
        // The window's first photos come before their size is known: their neighbours follow once it is, so the first step is quick too.
        for (PhotoViewport v : new PhotoViewport[] {leftViewport, rightViewport, mixViewport}) {
            v.setOnFirstDrawn(() -> {
                prefetchAround(vm.pair().leftIndexProperty().get(), 1, images);
                prefetchAround(vm.pair().rightIndexProperty().get(), -1, images);
            });
        }
        for (Observable o : new Observable[] {vm.modeProperty(), vm.pair().leftProperty(), vm.pair().rightProperty(), vm.viewProperty(),
                vm.alignment().alignmentProperty(), vm.opacityProperty(), vm.swipeProperty(), vm.alignment().aligningProperty(),
                vm.captionsProperty(), vm.hints(), vm.strip(), vm.blink().showingLaterProperty(), vm.loadingProperty(),
                vm.statusProperty()}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /**
     * Decodes the dates next to one just shown, at the size photos are drawn now, so the next step
     * shows at once: two ahead in the direction the side just moved (a held key stays ahead of the
     * decoding), then the one behind.
     */
    private void prefetchAround(int index, int moved, ImageCache images) {
        PhotoViewport shown = vm.modeProperty().get() == CompareMode.SIDE_BY_SIDE ? rightViewport : mixViewport;
        int size = Math.max(shown.drawnSize(), leftViewport.drawnSize());
        if (index < 0 || size == 0) {
            return;
        }
        int ahead = moved < 0 ? -1 : 1;
        for (int next : new int[] {index + ahead, index + 2 * ahead, index - ahead}) {
            if (next >= 0 && next < vm.pair().photos().size()) {
                images.prefetch(vm.pair().photos().get(next).photo(), size);
            }
        }
    }

    /** Width in pixels of the image shown now for a side's photo (0 while none), for benchmarks. */
    public double shownWidth(Side side) {
        return (side == Side.LEFT ? leftViewport : rightViewport).shownImageWidth();
    }

    private VBox comparisonArea() {
        title.setId("compareTitle");
        title.getStyleClass().add("compare-title");
        hintLabel.setId("compareHints");
        hintLabel.getStyleClass().add("compare-hint");
        hintLabel.setWrapText(true);
        VBox header = new VBox(2, title, hintLabel);
        header.getStyleClass().add("compare-header");
        VBox area = new VBox(header, stage);
        area.setId("comparisonArea");
        area.getStyleClass().add("compare-area");
        VBox.setVgrow(stage, Priority.ALWAYS);
        stage.setMinSize(100, 100);
        return area;
    }

    private VBox helpOverlay() {
        Label heading = new Label(Messages.get("compare.keys.title"));
        heading.getStyleClass().add("compare-help-title");
        Button close = new Button(Messages.get("compare.keys.close"));
        close.setId("helpClose");
        close.setAccessibleText(Messages.get("compare.keys.close"));
        close.setOnAction(e -> toggleHelp());
        VBox box = new VBox(10, heading, keys.grid(), close);
        box.setId("helpOverlay");
        box.getStyleClass().add("compare-help");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        // Hidden, it must not make the window taller; shown, it is cut by the window at worst.
        box.setMinSize(0, 0);
        box.setVisible(false);
        return box;
    }

    /** Brings the photos, labels and hints in line with the view model. */
    private void refresh() {
        CompareMode mode = vm.modeProperty().get();
        title.setText(vm.title());
        hintLabel.setText(String.join("  ", vm.hints()));
        hintLabel.setVisible(!vm.hints().isEmpty());
        hintLabel.setManaged(!vm.hints().isEmpty());
        Node shown = switch (mode) {
            case SIDE_BY_SIDE -> sideBySide;
            case SWIPE, OVERLAY, BLINK -> mixViewport;
            case STRIP -> stripPane;
        };
        if (stage.getChildren().size() != 1 || stage.getChildren().get(0) != shown) {
            stage.getChildren().setAll(shown);
        }
        String empty = vm.loadingProperty().get() ? Messages.get("compare.loading") : vm.statusProperty().get();
        Captions captions = vm.captionsProperty().get();
        if (mode == CompareMode.SIDE_BY_SIDE) {
            showSide(leftViewport, vm.pair().leftProperty().get(), captions, empty);
            showSide(rightViewport, vm.pair().rightProperty().get(), captions, empty);
        } else if (mode.aligns()) {
            showMixed(mode, captions, empty);
        } else {
            List<String> labels = vm.strip().stream().map(p -> stripLabel(captions, p)).toList();
            if (!labels.equals(shownStrip)) {
                shownStrip = labels;
                stripPane.show(vm.strip(), p -> stripLabel(captions, p));
            }
        }
    }

    private static String stripLabel(Captions captions, DatedPhoto p) {
        return captions.dateLine(p) + (captions.isFuture(p) ? " · " + Messages.get("compare.dates.future") : "");
    }

    private void showSide(PhotoViewport v, DatedPhoto p, Captions captions, String empty) {
        v.showBase(p, p == null ? "" : captions.caption(p));
        v.setView(vm.viewProperty().get());
        v.setEmptyText(empty);
    }

    private void showMixed(CompareMode mode, Captions captions, String empty) {
        DatedPhoto moving = vm.pair().moving();
        DatedPhoto reference = moving == null ? vm.pair().leftProperty().get() : vm.pair().reference();
        boolean blink = mode == CompareMode.BLINK;
        boolean later = blink && moving != null && vm.blink().showingLaterProperty().get();
        mixViewport.showBase(reference, reference == null ? "" : blink ? vm.blinkCaption() : captions.caption(reference));
        mixViewport.showTop(moving, moving == null || blink ? "" : captions.caption(moving));
        mixViewport.setView(vm.viewProperty().get());
        mixViewport.setAlignment(vm.alignment().alignmentProperty().get());
        mixViewport.setTopOpacity(mode == CompareMode.OVERLAY ? vm.opacityProperty().get() : blink && !later ? 0 : 1);
        mixViewport.setBaseOpacity(later ? 0 : 1);
        mixViewport.setBlinkCaption(blink, blink && vm.pair().sideOf(vm.blinkShown()) == Side.RIGHT);
        mixViewport.setSwipe(mode == CompareMode.SWIPE, vm.swipeProperty().get());
        mixViewport.setAlignable(true, vm.alignment().aligningProperty().get());
        mixViewport.setEmptyText(empty);
    }

    // View commands, for the toolbar and the keys

    @Override
    public void fit() {
        vm.viewProperty().set(RelativeView.FIT);
    }

    /** 100% for the photo the view is framed on: the left photo side by side, the earlier one when mixed. */
    @Override
    public void actualSize() {
        boolean sideBySideMode = vm.modeProperty().get() == CompareMode.SIDE_BY_SIDE;
        DatedPhoto frame = sideBySideMode || vm.pair().moving() == null ? vm.pair().leftProperty().get() : vm.pair().reference();
        if (frame != null) {
            PhotoViewport v = sideBySideMode ? leftViewport : mixViewport;
            vm.viewProperty().set(vm.viewProperty().get().actualSize(frame.photo().width(), frame.photo().height(),
                    Math.max(1, v.getWidth()), Math.max(1, v.getHeight())));
        }
    }

    @Override
    public void zoom(double factor) {
        vm.viewProperty().set(vm.viewProperty().get().zoomed(factor));
    }

    @Override
    public void toggleHelp() {
        helpOverlay.setVisible(!helpOverlay.isVisible());
        if (helpOverlay.isVisible()) {
            helpOverlay.requestFocus();
        }
    }

    @Override
    public boolean escape() {
        if (helpOverlay.isVisible()) {
            toggleHelp();
            return true;
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage s && s.getScene().getRoot() == this) {
            s.close();
            return true;
        }
        return false;
    }

    @Override
    public void saveImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("compare.save.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("compare.save.png"), "*.png"),
                new FileChooser.ExtensionFilter(Messages.get("compare.save.jpeg"), "*.jpg", "*.jpeg"));
        chooser.setInitialFileName(vm.suggestedFileName());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.saveImage(file.toPath());
        }
    }

    /** The compare keys in a dialog, for the main window's Help menu: the same table the window uses. */
    public static void showShortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("compare.keys.dialogTitle"));
        alert.setHeaderText(Messages.get("compare.keys.title"));
        alert.getDialogPane().setContent(CompareKeys.forHelp().grid());
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.show();
    }

    /** The strip of dates, for tests. */
    /** Adds a toolbar action that another feature owns, beside Save image. */
    public void addAction(Button action) {
        toolbar.addAction(action);
    }

    DateStrip dates() {
        return dates;
    }
}
