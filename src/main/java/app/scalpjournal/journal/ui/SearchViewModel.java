package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.journal.SearchQuery;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search window's state and commands: the words and filters, the results, and one message that
 * says what the list shows (nothing asked yet, searching, nothing found, or how many results).
 * Changing a filter searches again; words search on {@link #search()} (Enter).
 */
public final class SearchViewModel {
    // Properties
    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<LogKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Messages.get("search.start"));

    private final JournalSearch search;
    private final TaskRunner runner;
    private final Consumer<SearchHit> open;
    private TaskRunner.Handle pending;

    public SearchViewModel(JournalSearch search, TaskRunner runner, Consumer<SearchHit> open) {
        this.search = search;
        this.runner = runner;
        this.open = open;
        region.addListener((o, a, b) -> search());
        kind.addListener((o, a, b) -> search());
        from.addListener((o, a, b) -> search());
        to.addListener((o, a, b) -> search());
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ObjectProperty<LogKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<SearchHit> results() {
        return readOnlyResults;
    }

    /** The one line that says what the list shows. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /** Searches with the words and filters as they are now; a newer search replaces one still running. */
    public void search() {
        SearchQuery q = new SearchQuery(words.get(), region.get() == null ? null : region.get().id(), kind.get(), from.get(), to.get());
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (q.isEmpty()) {
            results.clear();
            message.set(Messages.get("search.start"));
            return;
        }
        message.set(Messages.get("search.running"));
        pending = runner.run(() -> search.search(q), hits -> {
            pending = null;
            results.setAll(hits);
            message.set(hits.isEmpty() ? Messages.get("search.none") : Messages.get("search.count", hits.size()));
        }, e -> {
            pending = null;
            results.clear();
            message.set(Messages.get("search.failed", e.getMessage()));
        });
    }

    /** Searches for these words (the toolbar box hands them over). */
    public void search(String text) {
        words.set(text == null ? "" : text);
        search();
    }

    /** Goes to a result: its day in the main window, or the routines. */
    public void open(SearchHit hit) {
        if (hit != null) {
            open.accept(hit);
        }
    }
}
