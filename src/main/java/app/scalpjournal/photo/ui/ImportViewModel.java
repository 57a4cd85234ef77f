package app.scalpjournal.photo.ui;

import app.scalpjournal.journal.Days;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Signal;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Region;
import app.scalpjournal.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One import: the chosen files and folders, the region, own dates or one date, an optional note;
 * then progress while it runs in the background, and the summary. The last region is remembered.
 */
public final class ImportViewModel {
    public static final Settings.Key<String> LAST_REGION = Settings.Key.text("import.last-region");

    /** The import backend, as {@code PhotoImporter::importPaths}: blocking, so it runs off the UI thread. */
    @FunctionalInterface
    public interface Importer {
        ImportSummary importPaths(List<Path> paths, ImportOptions options, ImportListener listener, BooleanSupplier cancelled);
    }

    public enum Phase { CHOOSING, RUNNING, DONE }

    private final Importer importer;
    private final Settings settings;
    private final TaskRunner runner;
    private final List<Path> paths;
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final BooleanProperty ownDates = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> fixedDate = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1) /* JavaFX's 'not known yet' */;
    private final StringProperty progressText = new SimpleStringProperty(Messages.get("import.progress.looking"));
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Signal<ImportSummary> finished = new Signal<>();

    public ImportViewModel(List<Path> paths, Importer importer, Settings settings, TaskRunner runner, LocalDate today) {
        this.paths = List.copyOf(paths);
        this.importer = importer;
        this.settings = settings;
        this.runner = runner;
        fixedDate.set(today);
        settings.get(LAST_REGION).flatMap(Region::fromId).ifPresent(region::set);
    }

    public List<Path> paths() {
        return paths;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public BooleanProperty ownDatesProperty() {
        return ownDates;
    }

    public ObjectProperty<LocalDate> fixedDateProperty() {
        return fixedDate;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObjectProperty<ImportSummary> summaryProperty() {
        return summary;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Fired on the UI thread once the import ended (also after a cancel), with what was done. */
    public Signal<ImportSummary> finished() {
        return finished;
    }

    public BooleanBinding canStartBinding() {
        return Bindings.createBooleanBinding(
                () -> phase.get() == Phase.CHOOSING && region.get() != null
                        && (ownDates.get() || fixedDate.get() != null && Days.accepted(fixedDate.get())),
                phase, region, ownDates, fixedDate);
    }

    public ImportOptions options() {
        return new ImportOptions(region.get(), ownDates.get() ? null : fixedDate.get(), note.get());
    }

    public void start() {
        if (!canStartBinding().get()) {
            return;
        }
        ImportOptions options = options();
        phase.set(Phase.RUNNING);
        runner.run(() -> {
            settings.put(LAST_REGION, options.region().id());
            return importer.importPaths(paths, options, new Progress(), cancelled::get);
        }, done -> {
            summary.set(done);
            phase.set(Phase.DONE);
            finished.fire(done);
        }, e -> {
            problem.set(Messages.get("import.stopped", e.getMessage()));
            summary.set(new ImportSummary(List.of(), true));
            phase.set(Phase.DONE);
        });
    }

    /** Asks the running import to stop after the files it has started; the window stays usable meanwhile. */
    public void cancel() {
        cancelled.set(true);
        progressText.set(Messages.get("import.progress.stopping"));
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Rejected files and files imported with a warning, one line each: "name: reason". */
    public static List<String> problemLines(ImportSummary summary) {
        return summary.results().stream()
                .map(r -> {
                    if (r instanceof ImportResult.Rejected rejected) {
                        return Messages.get("import.rejectedLine", rejected.source(), rejected.reason());
                    }
                    if (r instanceof ImportResult.Duplicate duplicate) {
                        return duplicate.existing() == null ? Messages.get("import.duplicateLine.bare", duplicate.source())
                                : Messages.get("import.duplicateLine", duplicate.source(), describe(duplicate.existing()));
                    }
                    if (r instanceof ImportResult.Imported imported && imported.warning() != null && !imported.warning().isBlank()) {
                        return Messages.get("import.warningLine", imported.source(), imported.warning());
                    }
                    return null;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** "29 Oct 2026, crown" (or just the region when the photo has no date), to find the stored copy. */
    private static String describe(app.scalpjournal.photo.Photo photo) {
        String region = photo.region() == null ? "" : photo.region().label();
        if (photo.localTakenAt() == null) {
            return region;
        }
        String day = DateFormats.day(photo.localTakenAt().toLocalDate());
        return region.isEmpty() ? day : Messages.get("import.duplicateOf", day, region);
    }

    /** Worker threads report here; the UI hears about it on its own thread. */
    private final class Progress implements ImportListener {
        @Override
        public void started(int totalFiles) {
            runner.onUi(() -> {
                progress.set(totalFiles == 0 ? 1 : 0);
                progressText.set(totalFiles == 0 ? Messages.get("import.progress.none") : Messages.get("import.progress.count", 0, totalFiles));
            });
        }

        @Override
        public void fileDone(ImportResult result, int done, int total) {
            runner.onUi(() -> {
                progress.set(total == 0 ? 1 : (double) done / total);
                if (!cancelled.get()) {
                    progressText.set(Messages.get("import.progress.file", done, total, result.source().getFileName()));
                }
            });
        }
    }
}
