package app.scalpjournal.compare;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the compare view: which region, which two dates, the mode, the shared
 * (relative) zoom and pan, the overlay opacity, the swipe divider and the manual alignment. Work that
 * touches the database runs on {@code background}; results are applied on {@code ui}.
 *
 * <p>The "moving" photo is always the later of the two; it is aligned onto the earlier one.
 */
public final class CompareViewModel {
    private final CompareService service;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObservableList<DatedPhoto> photos = FXCollections.observableArrayList();
    private final IntegerProperty leftIndex = new SimpleIntegerProperty(-1);
    private final IntegerProperty rightIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<DatedPhoto> left = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DatedPhoto> right = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CompareMode> mode = new SimpleObjectProperty<>(CompareMode.SIDE_BY_SIDE);
    private final ObjectProperty<RelativeView> view = new SimpleObjectProperty<>(RelativeView.FIT);
    private final DoubleProperty opacity = new SimpleDoubleProperty(0.5);
    private final DoubleProperty swipe = new SimpleDoubleProperty(0.5);
    private final ObjectProperty<Alignment> alignment = new SimpleObjectProperty<>(Alignment.IDENTITY);
    private final BooleanProperty alignmentChanged = new SimpleBooleanProperty();
    private final BooleanProperty aligning = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper leftCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rightCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper interval = new ReadOnlyStringWrapper("");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<DatedPhoto> strip = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<LocalDate>> userStartDate = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanProperty loading = new SimpleBooleanProperty();

    private Optional<LocalDate> countFrom = Optional.empty();
    private long pairRequest;
    private Alignment savedAlignment = Alignment.IDENTITY;

    public CompareViewModel(CompareService service, Executor background, Executor ui) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        leftIndex.addListener((o, a, b) -> pairChanged());
        rightIndex.addListener((o, a, b) -> pairChanged());
        alignment.addListener((o, a, b) -> alignmentChanged.set(!b.equals(savedAlignment)));
    }

    /** Opens a region on its earliest and latest photos. */
    public void open(Region r) {
        load(r, list -> new int[] {0, list.size() - 1});
    }

    /** Opens the region photographed last, or says there are no photos yet. */
    public void openNewest() {
        async(service::newestRegion, newest -> newest.ifPresentOrElse(this::open,
                () -> status.set("No photos yet: import some, or try File > Open sample journal.")));
    }

    /** Opens the photo's region with that photo on the right and the region's earliest photo on the left (the latest if it is the earliest). */
    public void openAt(Photo photo) {
        load(photo.region(), list -> {
            int at = indexOf(list, photo.id());
            if (at < 0) {
                return new int[] {0, list.size() - 1};
            }
            return at == 0 ? new int[] {0, list.size() - 1} : new int[] {0, at};
        });
    }

    private void load(Region r, java.util.function.Function<List<DatedPhoto>, int[]> choose) {
        loading.set(true);
        status.set("");
        async(() -> service.load(r), loaded -> {
            loading.set(false);
            region.set(r);
            countFrom = loaded.countFrom();
            userStartDate.set(loaded.userStartDate());
            leftIndex.set(-1);
            rightIndex.set(-1);
            photos.setAll(loaded.photos());
            view.set(RelativeView.FIT);
            if (loaded.photos().isEmpty()) {
                status.set("No photos of the " + r.label().toLowerCase(java.util.Locale.ROOT) + " region yet.");
                pairChanged();
                return;
            }
            int[] pair = choose.apply(loaded.photos());
            leftIndex.set(pair[0]);
            rightIndex.set(pair[1]);
        });
    }

    private static int indexOf(List<DatedPhoto> list, long photoId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == photoId) {
                return i;
            }
        }
        return -1;
    }

    /** Moves one side by {@code delta} dates, staying within the region's photos. */
    public void step(Side side, int delta) {
        if (photos.isEmpty()) {
            return;
        }
        IntegerProperty index = side == Side.LEFT ? leftIndex : rightIndex;
        index.set(Math.max(0, Math.min(photos.size() - 1, index.get() + delta)));
    }

    public void select(Side side, int index) {
        if (index >= 0 && index < photos.size()) {
            (side == Side.LEFT ? leftIndex : rightIndex).set(index);
        }
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

    public void resetAlignment() {
        alignment.set(Alignment.IDENTITY);
    }

    /** Stores the current alignment for the shown pair; it comes back whenever the pair is compared again. */
    public void saveAlignment() {
        DatedPhoto m = moving();
        DatedPhoto ref = reference();
        if (m == null) {
            return;
        }
        Alignment a = alignment.get();
        long request = pairRequest;
        async(() -> {
            service.saveAlignment(m.id(), ref.id(), a);
            return a;
        }, saved -> {
            if (request == pairRequest) {
                savedAlignment = saved;
                alignmentChanged.set(!alignment.get().equals(savedAlignment));
            }
            status.set(saved.isIdentity() ? "Alignment cleared for " + Dates.format(m.date()) + " onto " + Dates.format(ref.date()) + "."
                    : "Alignment saved for " + Dates.format(m.date()) + " onto " + Dates.format(ref.date()) + ".");
        });
    }

    /** Counts "day N" from this date for the region (null: from the region's first photo). */
    public void setStartDate(LocalDate date) {
        Region r = region.get();
        if (r == null) {
            return;
        }
        async(() -> {
            service.setStartDate(r, date);
            return Optional.ofNullable(date);
        }, chosen -> {
            userStartDate.set(chosen);
            countFrom = chosen.or(() -> photos.isEmpty() ? Optional.empty() : Optional.of(photos.get(0).date()));
            refreshLabels();
            status.set(chosen.map(d -> "Days now count from " + Dates.format(d) + ".").orElse("Days now count from the first photo."));
        });
    }

    private void pairChanged() {
        int li = leftIndex.get();
        int ri = rightIndex.get();
        left.set(li >= 0 && li < photos.size() ? photos.get(li) : null);
        right.set(ri >= 0 && ri < photos.size() ? photos.get(ri) : null);
        refreshLabels();
        refreshStrip();
        long request = ++pairRequest;
        DatedPhoto m = moving();
        DatedPhoto ref = reference();
        savedAlignment = Alignment.IDENTITY;
        alignment.set(Alignment.IDENTITY);
        alignmentChanged.set(false);
        if (m == null) {
            return;
        }
        async(() -> service.alignment(m.id(), ref.id()).orElse(Alignment.IDENTITY), found -> {
            if (request == pairRequest) {
                savedAlignment = found;
                alignment.set(found);
                alignmentChanged.set(false);
            }
        });
    }

    private void refreshLabels() {
        DatedPhoto l = left.get();
        DatedPhoto r = right.get();
        leftCaption.set(l == null ? "" : caption(l));
        rightCaption.set(r == null ? "" : caption(r));
        interval.set(l != null && r != null ? Dates.interval(l.date(), r.date()) : "");
        hints.setAll(l != null && r != null ? Hints.between(l, r) : List.of());
    }

    private void refreshStrip() {
        if (photos.isEmpty() || leftIndex.get() < 0 || rightIndex.get() < 0) {
            strip.clear();
            return;
        }
        strip.setAll(StripPicker.pick(leftIndex.get(), rightIndex.get(), StripPicker.MAX).stream().map(photos::get).toList());
    }

    /** The date and "day N" of a photo, one line: "12 Mar 2026 · day 85". */
    public String dateLine(DatedPhoto p) {
        return Dates.format(p.date()) + countFrom.map(start -> " · " + DayCount.label(start, p.date())).orElse("");
    }

    /** Date line, then conditions and note lines when there are any. */
    public String caption(DatedPhoto p) {
        StringBuilder sb = new StringBuilder(dateLine(p));
        if (!p.conditions().isBlank()) {
            sb.append('\n').append(p.conditions());
        }
        if (!p.noteExcerpt().isBlank()) {
            sb.append('\n').append(p.noteExcerpt());
        }
        return sb.toString();
    }

    /** Shows a one-line message in the status line (e.g. after saving an image). */
    public void reportStatus(String message) {
        status.set(message);
    }

    private <T> void async(Supplier<T> work, Consumer<T> done) {
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> done.accept(result));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    loading.set(false);
                    status.set(e.getMessage() == null ? e.toString() : e.getMessage());
                });
            }
        });
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
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

    public ObjectProperty<CompareMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<RelativeView> viewProperty() {
        return view;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public DoubleProperty swipeProperty() {
        return swipe;
    }

    public ObjectProperty<Alignment> alignmentProperty() {
        return alignment;
    }

    /** True while the shown alignment differs from the saved one. */
    public BooleanProperty alignmentChangedProperty() {
        return alignmentChanged;
    }

    /** True while dragging and the wheel move the later photo instead of the view. */
    public BooleanProperty aligningProperty() {
        return aligning;
    }

    public ReadOnlyStringProperty leftCaptionProperty() {
        return leftCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightCaptionProperty() {
        return rightCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty intervalProperty() {
        return interval.getReadOnlyProperty();
    }

    public ObservableList<String> hints() {
        return hints;
    }

    public ObservableList<DatedPhoto> strip() {
        return strip;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<LocalDate>> userStartDateProperty() {
        return userStartDate.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
