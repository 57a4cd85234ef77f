package app.scalpjournal.compare.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Blink: the two photos shown in turn in the same place, so small differences jump out. Flips on a
 * key or, while running, every {@link #intervalMsProperty() interval}; the view owns the timer.
 */
public final class BlinkModel {
    /** The intervals offered, in milliseconds. */
    public static final List<Integer> INTERVALS = List.of(400, 700, 1000, 1500, 2500);

    private final ReadOnlyBooleanWrapper showingLater = new ReadOnlyBooleanWrapper();
    private final BooleanProperty running = new SimpleBooleanProperty(true);
    private final IntegerProperty intervalMs = new SimpleIntegerProperty(1000);

    /** Shows the other photo. */
    public void flip() {
        showingLater.set(!showingLater.get());
    }

    /** Flips by hand: stops the automatic flipping so the shown photo stays until the next key. */
    public void flipByHand() {
        running.set(false);
        flip();
    }

    public void toggleRunning() {
        running.set(!running.get());
    }

    /** One step to a shorter ({@code -1}) or longer ({@code +1}) interval. */
    public void changeInterval(int direction) {
        int at = INTERVALS.indexOf(intervalMs.get());
        int next = Math.max(0, Math.min(INTERVALS.size() - 1, (at < 0 ? 2 : at) + direction));
        intervalMs.set(INTERVALS.get(next));
    }

    /** True while the later of the two photos is the one shown. */
    public ReadOnlyBooleanProperty showingLaterProperty() {
        return showingLater.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public IntegerProperty intervalMsProperty() {
        return intervalMs;
    }
}
