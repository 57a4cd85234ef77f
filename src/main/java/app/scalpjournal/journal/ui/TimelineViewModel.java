package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal's entries newest first, grouped under month headers, optionally limited to one
 * region. Rows are read off the UI thread; only photo rows are held, thumbnails load per visible cell.
 */
public final class TimelineViewModel {
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final TaskRunner runner;
    private final java.time.Clock clock;

    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Region> regionFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper journalEmpty = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    /** How many entries the window shows first, before reading the rest of a long journal. */
    static final int FIRST_PAGE = 40;
    private TaskRunner.Handle pending;
    /** Counts reloads, so the older rows of a page shown before the latest reload are never added. */
    private int reloads;

    public TimelineViewModel(EntryRepository entries, PhotoRepository photos, TaskRunner runner) {
        this(entries, photos, runner, java.time.Clock.systemDefaultZone());
    }

    /** With the clock that says which days are in the future (a photo dated there is marked on its row). */
    public TimelineViewModel(EntryRepository entries, PhotoRepository photos, TaskRunner runner, java.time.Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.photos = photos;
        this.runner = runner;
        regionFilter.addListener((obs, old, now) -> reload());
    }

    public ObservableList<TimelineItem> items() {
        return items;
    }

    /** The region shown, or null for all regions. */
    public ObjectProperty<Region> regionFilterProperty() {
        return regionFilter;
    }

    /** True when the journal has no entry at all (not merely none in the chosen region). */
    public ReadOnlyBooleanProperty journalEmptyProperty() {
        return journalEmpty.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** A one-line message when the journal could not be read, else empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public void reload() {
        reload(() -> {
        });
    }

    /**
     * Reads the journal again; {@code afterShown} runs once the new rows are in the list (to select one).
     * An empty list (the window just opened) first gets the newest {@link #FIRST_PAGE} entries, shown as
     * soon as they are read, and then the rest below them; a list already shown is replaced as a whole.
     */
    public void reload(Runnable afterShown) {
        reload(afterShown, Runnable::run);
    }

    /**
     * As {@link #reload(Runnable)}, with the older rows of a long journal read only when {@code restWhen}
     * runs the step it is given: the window runs it once the first page is drawn, so reading and adding
     * thousands of rows does not hold up the first frame. A reload in the meantime drops that step.
     */
    public void reload(Runnable afterShown, Consumer<Runnable> restWhen) {
        if (pending != null) {
            pending.cancel();
        }
        int reading = ++reloads;
        Region region = regionFilter.get();
        loading.set(true);
        if (!items.isEmpty()) {
            pending = runner.run(() -> read(region, null, Integer.MAX_VALUE), snapshot -> {
                show(snapshot);
                afterShown.run();
            }, this::failed);
            return;
        }
        pending = runner.run(() -> read(region, null, FIRST_PAGE), page -> {
            show(page);
            afterShown.run();
            if (page.oldest() != null) {
                loading.set(true);
                restWhen.accept(() -> {
                    if (reloads == reading) {
                        pending = runner.run(() -> read(region, page.oldest(), Integer.MAX_VALUE), this::append, this::failed);
                    }
                });
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        loading.set(false);
        problem.set(Messages.get("timeline.unreadable", e.getMessage()));
    }

    /** Puts a changed entry (e.g. a saved note) in place without reading everything again. */
    public void entryChanged(Entry entry) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof TimelineItem.EntryRow row && row.id() == entry.id()) {
                items.set(i, new TimelineItem.EntryRow(entry, row.photos()));
                return;
            }
        }
    }

    public int indexOfEntry(long entryId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof TimelineItem.EntryRow row && row.id() == entryId) {
                return i;
            }
        }
        return -1;
    }

    /** Rows read, with the date of the oldest entry read when more may follow (null when these are all). */
    private record Snapshot(List<TimelineItem> items, boolean journalEmpty, LocalDate oldest) {
    }

    /** Up to {@code limit} entries dated before {@code before} (null: the newest), with their photos and month headers. */
    private Snapshot read(Region region, LocalDate before, int limit) {
        List<Entry> page = entries.listNewestFirst(before, limit);
        if (page.isEmpty()) {
            return new Snapshot(List.of(), before == null, null);
        }
        LocalDate oldest = page.get(page.size() - 1).date();
        Map<Long, List<Photo>> byEntry = new HashMap<>();
        for (Photo p : photos.listOnDays(oldest, before == null ? null : before.minusDays(1), region)) {
            byEntry.computeIfAbsent(p.entryId(), k -> new ArrayList<>()).add(p);
        }
        List<TimelineItem> out = new ArrayList<>(page.size() + page.size() / 8 + 1);
        YearMonth month = null;
        for (Entry e : page) {
            List<Photo> shown = byEntry.getOrDefault(e.id(), List.of());
            if (region != null && shown.isEmpty()) {
                continue;
            }
            YearMonth m = YearMonth.from(e.date());
            if (!m.equals(month)) {
                out.add(new TimelineItem.MonthHeader(m));
                month = m;
            }
            out.add(new TimelineItem.EntryRow(e, List.copyOf(shown)));
        }
        return new Snapshot(out, false, page.size() == limit ? oldest : null);
    }

    private void show(Snapshot snapshot) {
        loading.set(false);
        problem.set("");
        journalEmpty.set(snapshot.journalEmpty());
        items.setAll(snapshot.items());
    }

    /** The older entries below the first page; a month the page ended in gets no second header. */
    private void append(Snapshot rest) {
        loading.set(false);
        List<TimelineItem> more = rest.items();
        if (!more.isEmpty() && more.get(0).equals(lastHeader())) {
            more = more.subList(1, more.size());
        }
        items.addAll(more);
    }

    private TimelineItem lastHeader() {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof TimelineItem.MonthHeader header) {
                return header;
            }
        }
        return null;
    }

    /** Whether a day is after today: photos dated there were likely given a wrong date. */
    public boolean isInFuture(java.time.LocalDate day) {
        return day.isAfter(java.time.LocalDate.now(clock));
    }
}
