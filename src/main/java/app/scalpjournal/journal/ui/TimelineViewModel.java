package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private TaskRunner.Handle pending;

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

    /** Reads the journal again; {@code afterShown} runs once the new rows are in the list (to select one). */
    public void reload(Runnable afterShown) {
        if (pending != null) {
            pending.cancel();
        }
        Region region = regionFilter.get();
        loading.set(true);
        pending = runner.run(() -> read(region), snapshot -> {
            show(snapshot);
            afterShown.run();
        }, e -> {
            loading.set(false);
            problem.set(Messages.get("timeline.unreadable", e.getMessage()));
        });
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

    private record Snapshot(List<TimelineItem> items, boolean journalEmpty) {
    }

    private Snapshot read(Region region) {
        List<Entry> all = entries.listNewestFirst();
        Map<Long, List<Photo>> byEntry = new HashMap<>();
        for (Photo p : region == null ? photos.listAll() : photos.listByRegion(region)) {
            byEntry.computeIfAbsent(p.entryId(), k -> new ArrayList<>()).add(p);
        }
        List<TimelineItem> out = new ArrayList<>(all.size() + all.size() / 8 + 1);
        YearMonth month = null;
        for (Entry e : all) {
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
        return new Snapshot(out, all.isEmpty());
    }

    private void show(Snapshot snapshot) {
        loading.set(false);
        problem.set("");
        journalEmpty.set(snapshot.journalEmpty());
        items.setAll(snapshot.items());
    }

    /** Whether a day is after today: photos dated there were likely given a wrong date. */
    public boolean isInFuture(java.time.LocalDate day) {
        return day.isAfter(java.time.LocalDate.now(clock));
    }
}
