package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.Side;
import app.scalpjournal.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * The compare window's keys and pointer gestures in one table: the same rows install the key
 * handling and make the Keys overlay and the Help menu's list, so the two cannot drift apart.
 */
final class CompareKeys {
    /** What the keys do beyond the view model: the view's own commands. */
    interface ViewCommands {
        void fit();

        void actualSize();

        void zoom(double factor);

        void toggleHelp();

        void saveImage();

        /** Hides the overlay if shown, else closes the window; false when there was nothing to do. */
        boolean escape();
    }

    /** One row: keys (none for a pointer gesture), what the user reads, and what happens. */
    record Row(List<KeyCombination> keys, String keysText, String action, Consumer<KeyCode> run, BooleanSupplier when) {
        boolean matches(KeyEvent e) {
            return when.getAsBoolean() && keys.stream().anyMatch(k -> k.match(e));
        }
    }

    /** Commands that do nothing: for the Help menu's list, which only reads the table. */
    private static final ViewCommands READ_ONLY = new ViewCommands() {
        @Override
        public void fit() {
        }

        @Override
        public void actualSize() {
        }

        @Override
        public void zoom(double factor) {
        }

        @Override
        public void toggleHelp() {
        }

        @Override
        public void saveImage() {
        }

        @Override
        public boolean escape() {
            return false;
        }
    };

    static final double ZOOM_STEP = 1.25;
    private static final double NUDGE = 0.002;
    private static final KeyCombination.Modifier SHIFT_ANY = KeyCombination.SHIFT_ANY;

    private final List<Row> rows = new ArrayList<>();
    private final ViewCommands escape;

    /** The table, acting on {@code vm} and {@code view}. */
    CompareKeys(CompareViewModel vm, ViewCommands view) {
        for (CompareMode mode : CompareMode.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (mode.ordinal() + 1));
            KeyCode numpad = KeyCode.valueOf("NUMPAD" + (mode.ordinal() + 1));
            key(List.of(plain(digit), plain(numpad)), String.valueOf(mode.ordinal() + 1), mode.label(), () -> vm.modeProperty().set(mode));
        }
        key(List.of(plain(KeyCode.RIGHT)), null, Messages.get("compare.keys.rightLater"), () -> stepSide(vm, Side.RIGHT, 1));
        key(List.of(plain(KeyCode.LEFT)), null, Messages.get("compare.keys.rightEarlier"), () -> stepSide(vm, Side.RIGHT, -1));
        key(List.of(shift(KeyCode.RIGHT)), null, Messages.get("compare.keys.leftLater"), () -> stepSide(vm, Side.LEFT, 1));
        key(List.of(shift(KeyCode.LEFT)), null, Messages.get("compare.keys.leftEarlier"), () -> stepSide(vm, Side.LEFT, -1));
        key(List.of(plain(KeyCode.PAGE_DOWN)), null, Messages.get("compare.keys.bothLater"), () -> vm.pair().stepBoth(1));
        key(List.of(plain(KeyCode.PAGE_UP)), null, Messages.get("compare.keys.bothEarlier"), () -> vm.pair().stepBoth(-1));
        key(List.of(plain(KeyCode.F)), null, Messages.get("compare.keys.fit"), view::fit);
        key(List.of(plain(KeyCode.A)), null, Messages.get("compare.keys.actualSize"), view::actualSize);
        key(List.of(new KeyCodeCombination(KeyCode.EQUALS, SHIFT_ANY), new KeyCodeCombination(KeyCode.PLUS, SHIFT_ANY), plain(KeyCode.ADD)),
                "+", Messages.get("compare.keys.zoomIn"), () -> view.zoom(ZOOM_STEP));
        key(List.of(plain(KeyCode.MINUS), plain(KeyCode.SUBTRACT)), "−", Messages.get("compare.keys.zoomOut"), () -> view.zoom(1 / ZOOM_STEP));
        gesture(Messages.get("compare.gesture.wheel"), Messages.get("compare.keys.wheelZoom"));
        gesture(Messages.get("compare.gesture.drag"), Messages.get("compare.keys.dragPan"));
        gesture(Messages.get("compare.gesture.click"), Messages.get("compare.keys.clickDate"));
        BooleanSupplier blinking = () -> vm.modeProperty().get() == CompareMode.BLINK;
        key(List.of(plain(KeyCode.B)), null, Messages.get("compare.keys.blinkFlip"), () -> {
            vm.modeProperty().set(CompareMode.BLINK);
            vm.blink().flipByHand();
        }, () -> true);
        key(List.of(plain(KeyCode.SPACE)), null, Messages.get("compare.keys.blinkRun"), vm.blink()::toggleRunning, blinking);
        key(List.of(plain(KeyCode.COMMA)), null, Messages.get("compare.keys.blinkFaster"), () -> vm.blink().changeInterval(-1), blinking);
        key(List.of(plain(KeyCode.PERIOD)), null, Messages.get("compare.keys.blinkSlower"), () -> vm.blink().changeInterval(1), blinking);
        BooleanSupplier aligns = () -> vm.modeProperty().get().aligns() && vm.pair().moving() != null;
        AlignmentModel a = vm.alignment();
        key(List.of(plain(KeyCode.L)), null, Messages.get("compare.keys.alignMode"), () -> a.aligningProperty().set(!a.aligningProperty().get()));
        gesture(Messages.get("compare.gesture.ctrlDrag"), Messages.get("compare.keys.alignDrag"));
        gesture(Messages.get("compare.gesture.ctrlWheel"), Messages.get("compare.keys.alignScale"));
        gesture(Messages.get("compare.gesture.altWheel"), Messages.get("compare.keys.alignTurn"));
        List<KeyCombination> nudges = List.of(ctrl(KeyCode.LEFT), ctrl(KeyCode.RIGHT), ctrl(KeyCode.UP), ctrl(KeyCode.DOWN));
        rows.add(new Row(nudges, Messages.get("compare.gesture.ctrlArrows"), Messages.get("compare.keys.alignNudge"), code -> nudge(a, code),
                aligns));
        key(List.of(plain(KeyCode.R)), null, Messages.get("compare.keys.alignReset"), a::reset);
        key(List.of(ctrl(KeyCode.S)), null, Messages.get("compare.keys.alignSave"), a::save);
        key(List.of(plain(KeyCode.OPEN_BRACKET)), null, Messages.get("compare.keys.opacityDown"),
                () -> vm.opacityProperty().set(Math.max(0, vm.opacityProperty().get() - 0.1)));
        key(List.of(plain(KeyCode.CLOSE_BRACKET)), null, Messages.get("compare.keys.opacityUp"),
                () -> vm.opacityProperty().set(Math.min(1, vm.opacityProperty().get() + 0.1)));
        key(List.of(ctrl(KeyCode.E)), null, Messages.get("compare.keys.saveImage"), view::saveImage);
        key(List.of(new KeyCodeCombination(KeyCode.SLASH, SHIFT_ANY), plain(KeyCode.F1)), "?  F1", Messages.get("compare.keys.help"), view::toggleHelp);
        rows.add(new Row(List.of(plain(KeyCode.ESCAPE)), keysText(List.of(plain(KeyCode.ESCAPE))), Messages.get("compare.keys.escape"),
                code -> { }, () -> false));
        this.escape = view;
    }

    /** The table to read only (the Help menu's list), with no window behind it. */
    static CompareKeys forHelp() {
        return new CompareKeys(new CompareViewModel(null, null, null, java.time.Clock.systemDefaultZone()), READ_ONLY);
    }

    private static void stepSide(CompareViewModel vm, Side side, int delta) {
        vm.pair().choosingProperty().set(side);
        vm.pair().step(side, delta);
    }

    private void key(List<KeyCombination> keys, String text, String action, Runnable run) {
        key(keys, text, action, run, () -> true);
    }

    private void key(List<KeyCombination> keys, String text, String action, Runnable run, BooleanSupplier when) {
        rows.add(new Row(keys, text != null ? text : keysText(keys), action, code -> run.run(), when));
    }

    private void gesture(String what, String action) {
        rows.add(new Row(List.of(), what, action, code -> { }, () -> false));
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static String keysText(List<KeyCombination> keys) {
        return keys.stream().map(KeyCombination::getDisplayText).distinct().collect(Collectors.joining("  "));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Handles the keys on {@code root}, except while the user types in a text field or date picker. */
    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (escape.escape()) {
                    e.consume();
                }
                return;
            }
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            for (Row row : rows) {
                if (row.matches(e)) {
                    row.run().accept(e.getCode());
                    e.consume();
                    return;
                }
            }
        });
    }

    private static void nudge(AlignmentModel a, KeyCode code) {
        switch (code) {
            case LEFT -> a.nudge(-NUDGE, 0);
            case RIGHT -> a.nudge(NUDGE, 0);
            case UP -> a.nudge(0, -NUDGE);
            default -> a.nudge(0, NUDGE);
        }
    }

    /** The table as labels, keys then what they do, in two halves side by side so it fits a laptop screen. */
    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(3);
        int half = (rows.size() + 1) / 2;
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(rows.get(i).keysText());
            keys.getStyleClass().add("compare-help-keys");
            Label action = new Label(rows.get(i).action());
            int column = i < half ? 0 : 2;
            grid.add(keys, column, i % half);
            grid.add(action, column + 1, i % half);
        }
        return grid;
    }
}
