package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.Captions;
import app.scalpjournal.compare.Comparison;
import app.scalpjournal.compare.ComparisonWriter;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.Hints;
import app.scalpjournal.compare.RegionPhotos;
import app.scalpjournal.compare.RelativeView;
import app.scalpjournal.compare.Side;
import app.scalpjournal.compare.StripPicker;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the compare window: which region, which two dates, the mode, the shared
 * (relative) zoom and pan, overlay opacity and swipe divider; the alignment and blink have their own
 * small models. Database work goes through the task runner; callbacks arrive on the UI thread.
 *
 * <p>The "moving" photo is always the later of the two; it is aligned onto the earlier one.
 */
public final class CompareViewModel {
    private final CompareService service;
    private final ComparisonWriter writer;
    private final TaskRunner runner;
    private final Clock clock;
    private final AlignmentModel alignment;
    private final BlinkModel blink = new BlinkModel();

    // Properties
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
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<DatedPhoto> strip = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<LocalDate>> userStartDate = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Side> choosing = new SimpleObjectProperty<>(Side.RIGHT);
    private final ReadOnlyObjectWrapper<Captions> captions = new ReadOnlyObjectWrapper<>();


    public CompareViewModel(CompareService service, ComparisonWriter writer, TaskRunner runner, Clock clock) {
        this.service = service;
        this.writer = writer;
        this.runner = runner;
        this.clock = clock;
        this.alignment = new AlignmentModel(service, runner, status::set);
        captions.set(new Captions(Optional.empty(), LocalDate.now(clock)));
        leftIndex.addListener((o, a, b) -> pairChanged());
        rightIndex.addListener((o, a, b) -> pairChanged());
    }

    // Commands

    /** Opens a region on its earliest and latest photos. */
    public void open(Region r) {
        load(r, list -> new int[] {0, list.size() - 1});
    }

    /** Opens the region photographed last, or says there are no photos yet. */
    public void openNewest() {
        loading.set(true);
        runner.run(service::newestRegion, newest -> newest.ifPresentOrElse(this::open, () -> {
            loading.set(false);
            status.set(Messages.get("compare.status.noPhotos"));
        }), this::failed);
    }

    /** Opens the photo's region with that photo on the right and the region's earliest photo on the left (the latest if it is the earliest). */
    public void openAt(Photo photo) {
        load(photo.region(), list -> {
            int at = indexOf(list, photo.id());
            return at <= 0 ? new int[] {0, list.size() - 1} : new int[] {0, at};
        });
    }

    private void load(Region r, Function<List<DatedPhoto>, int[]> choose) {
        loading.set(true);
        status.set("");
        runner.run(() -> service.load(r), loaded -> shown(r, loaded, choose), this::failed);
    }

    private void shown(Region r, RegionPhotos loaded, Function<List<DatedPhoto>, int[]> choose) {
        loading.set(false);
        region.set(r);
        captions.set(new Captions(loaded.countFrom(), LocalDate.now(clock)));
        userStartDate.set(loaded.userStartDate());
        leftIndex.set(-1);
        rightIndex.set(-1);
        photos.setAll(loaded.photos());
        view.set(RelativeView.FIT);
        if (loaded.photos().isEmpty()) {
            status.set(Messages.get("compare.status.noRegionPhotos", r.label()));
            pairChanged();
            return;
        }
        int[] pair = choose.apply(loaded.photos());
        leftIndex.set(pair[0]);
        rightIndex.set(pair[1]);
    }

    private void failed(Throwable e) {
        loading.set(false);
        status.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static int indexOf(List<DatedPhoto> list, long photoId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == photoId) {
                return i;
            }
        }
        return -1;
    }

    /** Moves one side by {@code delta} dates, staying within the region's photos; zoom and pan stay. */
    public void step(Side side, int delta) {
        if (!photos.isEmpty()) {
            IntegerProperty index = side == Side.LEFT ? leftIndex : rightIndex;
            index.set(clamp(index.get() + delta));
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

    private int clamp(int index) {
        return Math.max(0, Math.min(photos.size() - 1, index));
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

    /** Counts "day N" from this date for the region (null: from the region's first photo). */
    public void setStartDate(LocalDate date) {
        Region r = region.get();
        if (r == null) {
            return;
        }
        runner.run(() -> {
            service.setStartDate(r, date);
            return Optional.ofNullable(date);
        }, chosen -> {
            userStartDate.set(chosen);
            captions.set(new Captions(chosen.or(() -> photos.isEmpty() ? Optional.empty() : Optional.of(photos.get(0).date())),
                    LocalDate.now(clock)));
            status.set(chosen.map(d -> Messages.get("compare.status.daysFrom", DateFormats.day(d)))
                    .orElse(Messages.get("compare.status.daysFromFirst")));
        }, this::failed);
    }

    /** Writes what is compared now, with its labels, as PNG or JPEG (by the name), in the background. */
    public void saveImage(Path file) {
        Comparison c = comparison();
        if (c == null) {
            return;
        }
        status.set(Messages.get("compare.save.saving", file.getFileName()));
        runner.run(() -> {
            writer.write(c, file);
            return file;
        }, done -> status.set(Messages.get("compare.save.saved", done.getFileName())),
                e -> status.set(Messages.get("compare.save.failed", file.getFileName(), e.getMessage())));
    }

    /** What is compared now, as a saved image would show it; null before both photos are chosen. */
    public Comparison comparison() {
        if (region.get() == null || left.get() == null || right.get() == null) {
            return null;
        }
        return new Comparison(mode.get(), region.get(), left.get(), right.get(), strip, alignment.alignmentProperty().get(),
                opacity.get(), swipe.get(), captions.get());
    }

    /** E.g. "crown-2026-01-05-and-2026-04-05.png". */
    public String suggestedFileName() {
        Comparison c = comparison();
        return c == null ? "comparison.png" : c.suggestedFileName();
    }

    private void pairChanged() {
        int li = leftIndex.get();
        int ri = rightIndex.get();
        left.set(li >= 0 && li < photos.size() ? photos.get(li) : null);
        right.set(ri >= 0 && ri < photos.size() ? photos.get(ri) : null);
        refreshLabels();
        refreshStrip();
        alignment.pairChanged(moving(), reference());
    }

    private void refreshLabels() {
        DatedPhoto l = left.get();
        DatedPhoto r = right.get();
        hints.setAll(l != null && r != null ? Hints.between(l, r) : List.of());
    }

    private void refreshStrip() {
        if (photos.isEmpty() || leftIndex.get() < 0 || rightIndex.get() < 0) {
            strip.clear();
            return;
        }
        strip.setAll(StripPicker.pick(leftIndex.get(), rightIndex.get(), StripPicker.MAX).stream().map(photos::get).toList());
    }

    // Queries

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

    /** The photo Blink shows now: the later or the earlier of the two. */
    public DatedPhoto blinkShown() {
        DatedPhoto m = moving();
        if (m == null) {
            return left.get();
        }
        return blink.showingLaterProperty().get() ? m : reference();
    }

    /** Which side a photo of the pair is on (left when both sides show it). */
    public Side sideOf(DatedPhoto p) {
        return p != null && left.get() != null && p.id() == left.get().id() ? Side.LEFT : Side.RIGHT;
    }

    /** Blink's caption: which side the shown photo is on, then its caption. */
    public String blinkCaption() {
        DatedPhoto shown = blinkShown();
        if (shown == null) {
            return "";
        }
        String side = Messages.get(sideOf(shown) == Side.LEFT ? "compare.blink.showingLeft" : "compare.blink.showingRight");
        return side + "\n" + captions.get().caption(shown);
    }

    /** The title line: region, both dates and the interval between them. */
    public String title() {
        return region.get() == null ? "" : Captions.title(region.get(), left.get(), right.get());
    }

    // Property accessors

    /** How photos are labelled now (changes with the "day 1" date). */
    public ReadOnlyObjectProperty<Captions> captionsProperty() {
        return captions.getReadOnlyProperty();
    }

    public AlignmentModel alignment() {
        return alignment;
    }

    public BlinkModel blink() {
        return blink;
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The side a click on a date in the strip sets. */
    public ObjectProperty<Side> choosingProperty() {
        return choosing;
    }
}
