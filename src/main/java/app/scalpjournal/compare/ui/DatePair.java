package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.Side;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which two of a region's dated photos are compared: an index into the region's photos (oldest
 * first) for each side, stepping either or both sides, and the side a clicked date goes to.
 * The "moving" photo is always the later of the two; it is aligned onto the earlier one.
 */
public final class DatePair {
    private final ObservableList<DatedPhoto> photos = FXCollections.observableArrayList();
    private final IntegerProperty leftIndex = new SimpleIntegerProperty(-1);
    private final IntegerProperty rightIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<DatedPhoto> left = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DatedPhoto> right = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Side> choosing = new SimpleObjectProperty<>(Side.RIGHT);

    DatePair(Runnable onChange) {
        leftIndex.addListener((o, a, b) -> changed(onChange));
        rightIndex.addListener((o, a, b) -> changed(onChange));
    }

    private void changed(Runnable onChange) {
        left.set(at(leftIndex.get()));
        right.set(at(rightIndex.get()));
        onChange.run();
    }

    private DatedPhoto at(int index) {
        return index >= 0 && index < photos.size() ? photos.get(index) : null;
    }

    /** Shows another region's photos, on these two indexes (-1 for none). */
    void show(List<DatedPhoto> list, int l, int r) {
        leftIndex.set(-1);
        rightIndex.set(-1);
        photos.setAll(list);
        leftIndex.set(l);
        rightIndex.set(r);
    }

    /** Moves one side by {@code delta} dates, staying within the region's photos. */
    public void step(Side side, int delta) {
        if (!photos.isEmpty()) {
            IntegerProperty index = side == Side.LEFT ? leftIndex : rightIndex;
            index.set(Math.max(0, Math.min(photos.size() - 1, index.get() + delta)));
        }
    }

    /** Moves both sides together through the series, keeping their distance, while both can move. */
    public void stepBoth(int delta) {
        if (photos.isEmpty()) {
            return;
        }
        int lo = Math.min(leftIndex.get(), rightIndex.get());
        int hi = Math.max(leftIndex.get(), rightIndex.get());
        int move = delta > 0 ? Math.min(delta, photos.size() - 1 - hi) : Math.max(delta, -lo);
        if (move != 0) {
            leftIndex.set(leftIndex.get() + move);
            rightIndex.set(rightIndex.get() + move);
        }
    }

    public void select(Side side, int index) {
        if (index >= 0 && index < photos.size()) {
            (side == Side.LEFT ? leftIndex : rightIndex).set(index);
        }
    }

    /** Puts the photo at {@code index} on the side being chosen (see {@link #choosingProperty()}). */
    public void choose(int index) {
        select(choosing.get(), index);
    }

    /** The later of the two photos (the one that is aligned), or null when fewer than two differ. */
    public DatedPhoto moving() {
        DatedPhoto l = left.get();
        DatedPhoto r = right.get();
        if (l == null || r == null || l.id() == r.id()) {
            return null;
        }
        return leftIndex.get() > rightIndex.get() ? l : r;
    }

    /** The earlier of the two photos, which the later one is aligned onto. */
    public DatedPhoto reference() {
        DatedPhoto m = moving();
        if (m == null) {
            return null;
        }
        return m == left.get() ? right.get() : left.get();
    }

    /** Which side a photo of the pair is on (left when both sides show it). */
    public Side sideOf(DatedPhoto p) {
        return p != null && left.get() != null && p.id() == left.get().id() ? Side.LEFT : Side.RIGHT;
    }

    public ObservableList<DatedPhoto> photos() {
        return photos;
    }

    public IntegerProperty leftIndexProperty() {
        return leftIndex;
    }

    public IntegerProperty rightIndexProperty() {
        return rightIndex;
    }

    public ReadOnlyObjectProperty<DatedPhoto> leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatedPhoto> rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** The side a click on a date in the strip sets. */
    public ObjectProperty<Side> choosingProperty() {
        return choosing;
    }
}
