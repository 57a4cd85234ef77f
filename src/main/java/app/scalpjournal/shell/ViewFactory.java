package app.scalpjournal.shell;

import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.ui.UndoStack;
import app.scalpjournal.ui.WhenDrawn;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.compare.ui.CompareView;
import app.scalpjournal.compare.ui.CompareWindow;
import app.scalpjournal.journal.ui.EntryView;
import app.scalpjournal.journal.ui.EntryViewModel;
import app.scalpjournal.journal.ui.TimelineView;
import app.scalpjournal.journal.ui.TimelineViewModel;
import app.scalpjournal.library.ui.SafetyActions;
import app.scalpjournal.photo.ui.TrashWindow;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.ui.ImportDialog;
import app.scalpjournal.photo.ui.ImportViewModel;
import app.scalpjournal.photo.ui.InboxFeature;
import app.scalpjournal.photo.ui.PhotoViewer;
import app.scalpjournal.report.ui.TimeLapseDialog;
import app.scalpjournal.report.ui.VisitSummaryDialog;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Builds the window's views and view models from the {@link WindowServices} of an open journal; the
 * one place the UI is wired. Each view and feature gets only the services it uses. Later features add
 * their views here and their commands in {@link #installFeatures}.
 */
public final class ViewFactory {
    /** Pixels the image cache may hold: a screenful of thumbnails, a dozen screen-sized photos and one original. */
    static final long IMAGE_CACHE_BYTES = 96L << 20;

    private final WindowServices services;
    private final SampleJournalOpener samples;
    private final TaskRunner runner;
    private final ImageCache images;
    private final UndoStack undo;
    private final TimelineViewModel timelineModel;
    private final EntryViewModel entryModel;
    private final LogFeatures log;
    private MainWindow window;
    private InboxFeature inbox;
    private final List<ImportViewModel> imports = new java.util.ArrayList<>();

    /**
     * @param services what the window uses of the open journal
     * @param samples  opens the sample journal in a window of its own (File > Open sample journal)
     */
    public ViewFactory(WindowServices services, SampleJournalOpener samples) {
        this.services = services;
        this.samples = samples;
        this.runner = new FxTaskRunner(services.executor());
        this.images = new ImageCache(services.pixels(), runner, IMAGE_CACHE_BYTES);
        this.undo = new UndoStack(runner);
        this.timelineModel = new TimelineViewModel(services.entries(), services.photos(), runner, services.clock());
        this.entryModel = new EntryViewModel(services.entries(), services.photos(), services.photoService(), undo,
                runner, services.clock());
        this.log = new LogFeatures(services.log(), runner, undo, timelineModel, entryModel);
    }

    public MainWindow mainWindow() {
        TimelineView timeline = new TimelineView(timelineModel, images, entryModel::load);
        // Open on the newest entry, so the first thing seen is the latest photos and note. Asked for first,
        // so the first rows are not read after the log's and the reminders' queries (callbacks come later, on
        // the FX thread); the entry is selected, and a long journal's older rows are read, once those rows are
        // drawn, so neither holds them up.
        Runnable selectNewest = () -> timelineModel.items().stream()
                .filter(i -> i instanceof app.scalpjournal.journal.ui.TimelineItem.EntryRow)
                .findFirst()
                .ifPresent(i -> timeline.select(((app.scalpjournal.journal.ui.TimelineItem.EntryRow) i).id()));
        java.util.function.Consumer<Runnable> onceDrawn = step -> {
            if (timeline.getScene() == null) {
                step.run();
            } else {
                WhenDrawn.watch(timeline.getScene(), App::timelineDrawn, step);
            }
        };
        timelineModel.reload(() -> onceDrawn.accept(selectNewest), onceDrawn);
        EntryView entry = new EntryView(entryModel, images, this::openPhoto);
        entry.setOnComparePhoto(this::openCompare);
        entryModel.saved().listen(timelineModel::entryChanged);
        entryModel.journalChanged().listen(show -> timelineModel.reload(() -> {
            if (show < 0 || !timeline.select(show)) {
                timeline.list().getSelectionModel().clearSelection();
            }
        }));
        window = new MainWindow(timeline, entry, timelineModel, undo, this::startImport);
        log.install(window, entry, timeline);
        installFeatures(window);
        installInbox(window);
        return window;
    }

    /**
     * Where later features put their commands, so the shell stays the same:
     * File: Backup, Restore, Export, Open sample journal; View: Compare, Calendar, Search, Log;
     * Journal: Visit summary, Verify journal. Use {@code window.add(Section, item)} and
     * {@code window.addToolbarItem(node)}.
     */
    private void installFeatures(MainWindow window) {
        SafetyActions safety = new SafetyActions(services.safety(), runner, new SafetyActions.SystemChoosers(), () -> !imports.isEmpty(), window::showMessage, () -> window.getScene().getWindow());
        safety.fileItems().forEach(item -> window.add(MainWindow.Section.FILE, item));
        window.add(MainWindow.Section.JOURNAL, safety.verifyItem());
        Runnable visitSummary = () -> VisitSummaryDialog.open(window.getScene().getWindow(), services.visitSummaries(), runner,
                services.clock());
        Button summaryButton = new Button(Messages.get("window.visitSummary"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        summaryButton.setId("visitSummaryButton");
        summaryButton.setAccessibleText(Messages.get("window.visitSummary.accessible"));
        summaryButton.setOnAction(e -> visitSummary.run());
        window.add(MainWindow.Section.JOURNAL, Command.VISIT_SUMMARY.item(visitSummary));
        window.add(MainWindow.Section.VIEW, Command.COMPARE.item(this::openCompareForSelection));
        Button compareButton = new Button(Messages.get("window.compare"), new FontIcon(Material2AL.COMPARE));
        compareButton.setId("compareButton");
        compareButton.setAccessibleText(Messages.get("window.compare.accessible"));
        compareButton.setTooltip(new Tooltip(Messages.get("window.compare.tooltip")));
        compareButton.setOnAction(e -> openCompareForSelection());
        window.addMainToolbarItem(compareButton);
        window.addMainToolbarItem(summaryButton);
        Runnable openSample = () -> samples.open(SampleJournalOpener.defaultFolder(), runner, window::showMessage,
                window.getScene().getWindow());
        MenuItem sample = new MenuItem(Messages.get("window.openSample"));
        sample.setId("openSampleJournal");
        sample.setOnAction(e -> openSample.run());
        window.add(MainWindow.Section.FILE, sample);
        window.addEmptyStateLink("emptyOpenSample", Messages.get("shell.empty.sample"), openSample);
        installSafety(window);
        MenuItem compareKeys = new MenuItem(Messages.get("window.compareShortcuts"));
        compareKeys.setId("compareShortcuts");
        compareKeys.setOnAction(e -> CompareView.showShortcuts(window.getScene().getWindow()));
        window.add(MainWindow.Section.HELP, compareKeys);
    }

    /** Edit > Trash… and Journal > Re-attach photos… (issue 9). */
    private void installSafety(MainWindow window) {
        MenuItem trash = new MenuItem(Messages.get("menu.trash"));
        trash.setId("trashMenu");
        trash.setOnAction(e -> new TrashWindow(window.getScene().getWindow(), services.trash(), runner, this::refreshAfterRestore).show());
        window.add(MainWindow.Section.EDIT, trash);
        MenuItem reattach = new MenuItem(Messages.get("menu.reattach"));
        reattach.setId("reattachMenu");
        reattach.setOnAction(e -> reattach());
        window.add(MainWindow.Section.JOURNAL, reattach);
    }

    private void refreshAfterRestore() {
        timelineModel.reload();
        entryModel.refresh();
    }

    /** Originals with no photo come back as recovered photos; not while an import is storing its own. */
    private void reattach() {
        if (!imports.isEmpty()) {
            window.showMessage(Messages.get("reattach.failed", Messages.get("window.importRunning")));
            return;
        }
        runner.run(() -> services.orphanRecovery().get().reattachAll(), result -> {
            window.showMessage(result.reattached().isEmpty() && result.notReattached().isEmpty() ? Messages.get("reattach.none")
                    : Messages.get("reattach.done", result.reattached().size())
                            + (result.notReattached().isEmpty() ? "" : " " + Messages.get("reattach.left", result.notReattached().size())));
            timelineModel.reload();
        }, e -> window.showMessage(Messages.get("reattach.failed", e.getMessage())));
    }

    /** Compare from the selected entry's first photo, else the region photographed last. */
    private void openCompareForSelection() {
        CompareWindow compare = compareWindow();
        if (!entryModel.photos().isEmpty()) {
            compare.show(entryModel.photos().get(0).region());
        } else {
            compare.showNewest();
        }
    }

    private void openCompare(Photo photo) {
        compareWindow().show(photo);
    }

    /** A compare window whose "Time-lapse…" opens the time-lapse dialog on the region shown. */
    private CompareWindow compareWindow() {
        CompareWindow compare = new CompareWindow(window.getScene().getWindow(), compareServices());
        return compare.withTimeLapse(region -> new TimeLapseDialog(compare.stage(), services.timeLapses(), runner, region).show());
    }

    private CompareWindow.Services compareServices() {
        return new CompareWindow.Services(services.compare(), services.comparisonWriter(), images, runner, services.clock());
    }

    /** How many images (thumbnails, previews) the window holds in memory now (the memory benchmark prints it). */
    public int cachedThumbnails() {
        return images.size();
    }

    /** Stores what is still unsaved; called as the window closes, before the journal is closed. */
    public void close() {
        if (inbox != null) {
            inbox.close();
        }
        imports.forEach(ImportViewModel::cancel);
        entryModel.flush();
    }

    private void openPhoto(Photo photo) {
        List<Photo> shown = List.copyOf(entryModel.photos());
        int index = Math.max(0, shown.indexOf(photo));
        new PhotoViewer(window.getScene().getWindow(), shown.isEmpty() ? List.of(photo) : shown, index, images).show();
    }

    /** Opens the import dialog for these files and folders; afterwards the timeline shows the newest imported entry. */
    private void startImport(List<Path> paths) {
        ImportViewModel model = new ImportViewModel(paths, services.importer(), services.settings(), runner,
                LocalDate.now(services.clock()));
        imports.add(model);
        ImportDialog dialog = new ImportDialog(window.getScene().getWindow(), model);
        java.util.function.Consumer<ImportSummary> storeCaptureConditions = log.addCaptureOptions(dialog);
        model.finished().listen(summary -> {
            imports.remove(model);
            storeCaptureConditions.accept(summary);
            window.showMessage(Messages.get("window.imported", summary.line()));
            long newest = newestEntry(summary);
            timelineModel.reload(() -> {
                if (newest >= 0) {
                    window.timeline().select(newest);
                }
            });
        });
        dialog.show();
    }

    /** File > Inbox folder…, and the bar that offers new photos from the phone's folder for the usual import dialog. */
    private void installInbox(MainWindow window) {
        inbox = new InboxFeature(services.inbox(), this::startImport, window::showMessage, () -> window.getScene().getWindow());
        window.add(MainWindow.Section.FILE, inbox.menuItem());
        window.addNotice(inbox.bar());
        inbox.start();
    }

    private static long newestEntry(ImportSummary summary) {
        return summary.results().stream()
                .filter(r -> r instanceof ImportResult.Imported)
                .map(r -> ((ImportResult.Imported) r).photo())
                .max(java.util.Comparator.comparing(p -> p.takenAt() == null ? java.time.LocalDateTime.MIN : p.takenAt().local()))
                .map(Photo::entryId)
                .orElse(-1L);
    }
}
