package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.Side;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.text.Messages;
import java.util.Optional;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.ui.TaskRunner;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The region's dates as one compact row of dated thumbnails under the photos. The two shown dates
 * carry an L and an R mark; a click puts a date on the side chosen at the row's start (a photo
 * clicked in side by side chooses its side too); a right-click offers either side. At the row's end,
 * the date "day 1" counts from.
 */
final class DateStrip extends HBox {
    /** The cells of the two shown dates: states, not style classes or ids, so a step restyles no cell (a style class or id change redoes its whole style). */
    static final PseudoClass SHOWN_LEFT = PseudoClass.getPseudoClass("shown-left");
    static final PseudoClass SHOWN_RIGHT = PseudoClass.getPseudoClass("shown-right");
    static final int THUMB_W = 88;
    static final int THUMB_H = 66;

    private final CompareViewModel vm;
    private final ImageCache images;
    private final ListView<DatedPhoto> list = new ListView<>();

    DateStrip(CompareViewModel vm, ImageCache images) {
        this.vm = vm;
        this.images = images;
        setId("dateStrip");
        getStyleClass().add("compare-date-strip");
        setSpacing(6);
        list.setId("dateList");
        list.setOrientation(Orientation.HORIZONTAL);
        list.setItems(vm.pair().photos());
        list.setCellFactory(l -> new DateCell());
        list.setFixedCellSize(THUMB_W + 18);
        // Room for a cell (thumbnail, two lines of date) and the scroll bar, so no vertical scroll bar appears.
        list.setPrefHeight(THUMB_H + 62);
        list.setMinHeight(THUMB_H + 62);
        list.setAccessibleText(Messages.get("compare.dates.help"));
        list.getStyleClass().add("compare-date-list");
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(sideChooser(), list, startDateBox());
        vm.pair().leftIndexProperty().addListener((o, a, i) -> shown(i.intValue()));
        vm.pair().rightIndexProperty().addListener((o, a, i) -> shown(i.intValue()));
        vm.captionsProperty().addListener((o, a, c) -> list.refresh());
        // The first layout, and a resized window, can leave the right side's date out of view.
        list.widthProperty().addListener((o, a, w) -> shown(vm.pair().rightIndexProperty().get()));
    }

    private VBox sideChooser() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton left = side(group, Side.LEFT, "chooseLeft", "compare.dates.left");
        ToggleButton right = side(group, Side.RIGHT, "chooseRight", "compare.dates.right");
        vm.pair().choosingProperty().addListener((o, a, s) -> (s == Side.LEFT ? left : right).setSelected(true));
        (vm.pair().choosingProperty().get() == Side.LEFT ? left : right).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.pair().choosingProperty().set((Side) now.getUserData());
            }
        });
        Label title = new Label(Messages.get("compare.dates.set"));
        title.getStyleClass().add("compare-date-set");
        VBox box = new VBox(4, title, left, right);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static ToggleButton side(ToggleGroup group, Side side, String id, String textKey) {
        ToggleButton b = new ToggleButton(Messages.get(textKey));
        b.setId(id);
        b.setUserData(side);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add(side == Side.LEFT ? "compare-choose-left" : "compare-choose-right");
        b.setAccessibleText(Messages.get("compare.dates.chooseHelp", b.getText()));
        b.setTooltip(new Tooltip(Messages.get("compare.dates.chooseHelp", b.getText())));
        return b;
    }

    /**
     * Keeps the date just shown in view (after the list's next layout). The cells move their L and R
     * marks themselves: refreshing the list would rebuild every visible cell on each step of a date.
     */
    private void shown(int index) {
        if (index >= 0) {
            Platform.runLater(() -> {
                if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && index < vm.pair().photos().size()) {
                    flow.scrollTo(index);
                }
            });
        }
    }

    private VBox startDateBox() {
        DatePicker picker = DatePickers.localized(new DatePicker());
        picker.setId("startDatePicker");
        picker.setPromptText(Messages.get("compare.day1.prompt"));
        picker.setPrefWidth(150);
        picker.setAccessibleText(Messages.get("compare.day1.help"));
        picker.setTooltip(new Tooltip(Messages.get("compare.day1.help")));
        picker.setOnAction(e -> {
            if (!Optional.ofNullable(picker.getValue()).equals(vm.userStartDateProperty().get())) {
                vm.setStartDate(picker.getValue());
            }
        });
        vm.userStartDateProperty().addListener((o, a, d) -> picker.setValue(d.orElse(null)));
        Button clear = new Button("×");
        clear.setId("startDateClear");
        clear.setAccessibleText(Messages.get("compare.day1.clear"));
        clear.setTooltip(new Tooltip(Messages.get("compare.day1.clear")));
        clear.setOnAction(e -> vm.setStartDate(null));
        Label label = new Label(Messages.get("compare.day1"));
        label.getStyleClass().add("compare-date-set");
        label.setLabelFor(picker);
        HBox row = new HBox(4, picker, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, label, row);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    ListView<DatedPhoto> list() {
        return list;
    }

    /** One date: its thumbnail with L / R marks, and its date and day below. */
    private final class DateCell extends ListCell<DatedPhoto> {
        private final ImageView thumb = new ImageView();
        private final Label leftMark = mark(Messages.get("compare.dates.markLeft"), "compare-mark-left");
        private final Label rightMark = mark(Messages.get("compare.dates.markRight"), "compare-mark-right");
        private final Label future = new Label(Messages.get("compare.dates.future"));
        private final Label date = new Label();
        private final VBox box;
        /** Held here: the pair holds it weakly, so cells the list lets go of are not kept alive. */
        private final InvalidationListener sidesMoved = o -> showMarks();
        private TaskRunner.Handle pending;

        DateCell() {
            thumb.setFitWidth(THUMB_W);
            thumb.setFitHeight(THUMB_H);
            thumb.setPreserveRatio(true);
            future.getStyleClass().add("compare-future-mark");
            StackPane frame = new StackPane(thumb, leftMark, rightMark, future);
            frame.getStyleClass().add("compare-date-frame");
            frame.setPrefSize(THUMB_W, THUMB_H);
            frame.setMinSize(THUMB_W, THUMB_H);
            StackPane.setAlignment(leftMark, Pos.TOP_LEFT);
            StackPane.setAlignment(rightMark, Pos.TOP_RIGHT);
            StackPane.setAlignment(future, Pos.BOTTOM_CENTER);
            date.getStyleClass().add("compare-date-label");
            date.setWrapText(true);
            date.setMaxWidth(THUMB_W + 12);
            date.setAlignment(Pos.CENTER);
            box = new VBox(2, frame, date);
            box.setAlignment(Pos.TOP_CENTER);
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    vm.pair().choose(getIndex());
                }
            });
            MenuItem onLeft = new MenuItem(Messages.get("compare.dates.showLeft"));
            onLeft.setOnAction(e -> vm.pair().select(Side.LEFT, getIndex()));
            MenuItem onRight = new MenuItem(Messages.get("compare.dates.showRight"));
            onRight.setOnAction(e -> vm.pair().select(Side.RIGHT, getIndex()));
            setContextMenu(new ContextMenu(onLeft, onRight));
            vm.pair().leftIndexProperty().addListener(new WeakInvalidationListener(sidesMoved));
            vm.pair().rightIndexProperty().addListener(new WeakInvalidationListener(sidesMoved));
        }

        private static Label mark(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().addAll("compare-mark", style);
            return l;
        }

        @Override
        protected void updateItem(DatedPhoto item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                pseudoClassStateChanged(SHOWN_LEFT, false);
                pseudoClassStateChanged(SHOWN_RIGHT, false);
                cancel();
                setGraphic(null);
                return;
            }
            boolean isFuture = vm.captionsProperty().get().isFuture(item);
            future.setVisible(isFuture);
            date.setText(vm.captionsProperty().get().dateLine(item).replace(" · ", "\n"));
            showMarks();
            setGraphic(box);
            showThumb(item);
        }

        /** The L and R marks, the side's colour and the spoken text, for the sides shown now. */
        private void showMarks() {
            DatedPhoto item = getItem();
            if (isEmpty() || item == null) {
                return;
            }
            int index = getIndex();
            boolean onLeft = index == vm.pair().leftIndexProperty().get();
            boolean onRight = index == vm.pair().rightIndexProperty().get();
            leftMark.setVisible(onLeft);
            rightMark.setVisible(onRight);
            pseudoClassStateChanged(SHOWN_LEFT, onLeft);
            pseudoClassStateChanged(SHOWN_RIGHT, onRight && !onLeft);
            String line = vm.captionsProperty().get().dateLine(item);
            setAccessibleText(line + (onLeft ? ", " + Messages.get("compare.dates.left") : "")
                    + (onRight ? ", " + Messages.get("compare.dates.right") : "") + (future.isVisible() ? ", " + future.getText() : ""));
        }

        private void showThumb(DatedPhoto item) {
            if (thumb.getUserData() == item && thumb.getImage() != null) {
                return;
            }
            cancel();
            thumb.setUserData(item);
            thumb.setImage(null);
            pending = images.load(item.photo(), PreviewCache.THUMBNAIL_EDGE / 2, img -> {
                if (getItem() == item) {
                    thumb.setImage(img);
                }
            }, problem -> Tooltip.install(this, new Tooltip(problem)));
        }

        private void cancel() {
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
        }
    }
}
