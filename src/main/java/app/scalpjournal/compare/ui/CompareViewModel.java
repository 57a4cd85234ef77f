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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
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
    private final DatePair pair = new DatePair(this::pairChanged);

    // Properties
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<CompareMode> mode = new SimpleObjectProperty<>(CompareMode.SIDE_BY_SIDE);
    private final ObjectProperty<RelativeView> view = new SimpleObjectProperty<>(RelativeView.FIT);
    private final DoubleProperty opacity = new SimpleDoubleProperty(0.5);
    private final DoubleProperty swipe = new SimpleDoubleProperty(0.5);
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<DatedPhoto> strip = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<LocalDate>> userStartDate = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Captions> captions = new ReadOnlyObjectWrapper<>();

    public CompareViewModel(CompareService service, ComparisonWriter writer, TaskRunner runner, Clock clock) {
        this.service = service;
        this.writer = writer;
        this.runner = runner;
        this.clock = clock;
        this.alignment = new AlignmentModel(service, runner, status::set);
        captions.set(new Captions(Optional.empty(), LocalDate.now(clock)));
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
        view.set(RelativeView.FIT);
        if (loaded.photos().isEmpty()) {
            status.set(Messages.get("compare.status.noRegionPhotos", r.label()));
            pair.show(List.of(), -1, -1);
            return;
        }
        int[] chosen = choose.apply(loaded.photos());
        pair.show(loaded.photos(), chosen[0], chosen[1]);
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
            captions.set(new Captions(chosen.or(() -> pair.photos().isEmpty() ? Optional.empty() : Optional.of(pair.photos().get(0).date())),
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
        DatedPhoto l = pair.leftProperty().get();
        DatedPhoto r = pair.rightProperty().get();
        if (region.get() == null || l == null || r == null) {
            return null;
        }
        return new Comparison(mode.get(), region.get(), l, r, strip, alignment.alignmentProperty().get(),
                opacity.get(), swipe.get(), captions.get());
    }

    /** E.g. "crown-2026-01-05-and-2026-04-05.png". */
    public String suggestedFileName() {
        Comparison c = comparison();
        return c == null ? "comparison.png" : c.suggestedFileName();
    }

    private void pairChanged() {
        DatedPhoto l = pair.leftProperty().get();
        DatedPhoto r = pair.rightProperty().get();
        hints.setAll(l != null && r != null ? Hints.between(l, r) : List.of());
        int li = pair.leftIndexProperty().get();
        int ri = pair.rightIndexProperty().get();
        strip.setAll(li < 0 || ri < 0 ? List.of()
                : StripPicker.pick(li, ri, StripPicker.MAX).stream().map(pair.photos()::get).toList());
        alignment.pairChanged(pair.moving(), pair.reference());
    }

    // Queries

    /** The photo Blink shows now: the later or the earlier of the two. */
    public DatedPhoto blinkShown() {
        DatedPhoto m = pair.moving();
        if (m == null) {
            return pair.leftProperty().get();
        }
        return blink.showingLaterProperty().get() ? m : pair.reference();
    }

    /** Blink's caption: which side the shown photo is on, then its caption. */
    public String blinkCaption() {
        DatedPhoto shown = blinkShown();
        if (shown == null) {
            return "";
        }
        String side = Messages.get(pair.sideOf(shown) == Side.LEFT ? "compare.blink.showingLeft" : "compare.blink.showingRight");
        return side + "\n" + captions.get().caption(shown);
    }

    /** The title line: region, both dates and the interval between them. */
    public String title() {
        return region.get() == null ? "" : Captions.title(region.get(), pair.leftProperty().get(), pair.rightProperty().get());
    }

    // Property accessors

    /** How photos are labelled now (changes with the "day 1" date). */
    public ReadOnlyObjectProperty<Captions> captionsProperty() {
        return captions.getReadOnlyProperty();
    }

    /** Which two dates are compared. */
    public DatePair pair() {
        return pair;
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
}
