package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Signal;
import app.scalpjournal.ui.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How a batch of imported photos was taken (the import dialog's optional section): offers the last
 * choice again, remembers the new one and stores it on every photo the import added.
 */
public final class ImportCaptureViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<CaptureConditions> offered = new ReadOnlyObjectWrapper<>(CaptureConditions.UNKNOWN);
    private final Signal<List<Long>> stored = new Signal<>();
    private final Signal<String> problems = new Signal<>();

    private final CaptureRepository captures;
    private final TaskRunner runner;

    public ImportCaptureViewModel(CaptureRepository captures, TaskRunner runner) {
        this.captures = captures;
        this.runner = runner;
    }

    /** What the section shows first: the conditions chosen at the last import. */
    public ReadOnlyObjectProperty<CaptureConditions> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** The photos whose conditions were stored (none when nothing was chosen), after {@link #store}. */
    public Signal<List<Long>> stored() {
        return stored;
    }

    /** A sentence for the user when the conditions could not be read or saved. */
    public Signal<String> problems() {
        return problems;
    }

    // Commands

    public void load() {
        runner.run(captures::lastUsed, offered::set, e -> problems.fire(Messages.get("capture.notRead", e.getMessage())));
    }

    /** Remembers {@code chosen} for the next import and stores it on each photo the import added. */
    public void store(CaptureConditions chosen, ImportSummary summary) {
        List<Long> ids = summary.results().stream().filter(r -> r instanceof ImportResult.Imported)
                .map(r -> ((ImportResult.Imported) r).photo().id()).toList();
        runner.run(() -> {
            captures.rememberLastUsed(chosen);
            if (chosen.isUnknown()) {
                return List.<Long>of();
            }
            captures.put(ids, chosen);
            return ids;
        }, stored::fire, e -> refused(e.getMessage()));
    }

    /** The choice could not be taken (e.g. a text too long): nothing is stored, and the user is told why. */
    public void refused(String reason) {
        problems.fire(Messages.get("capture.batchNotSaved", reason));
    }
}
