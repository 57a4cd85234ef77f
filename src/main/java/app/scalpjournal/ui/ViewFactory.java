package app.scalpjournal.ui;

import app.scalpjournal.AppContext;
import app.scalpjournal.journal.ui.EntryView;
import app.scalpjournal.journal.ui.EntryViewModel;
import app.scalpjournal.journal.ui.TimelineView;
import app.scalpjournal.journal.ui.TimelineViewModel;
import app.scalpjournal.photo.Photo;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the window's views and view models from the {@link AppContext}; the one place the UI is
 * wired. Later features add their views here and their commands in {@link #installFeatures}.
 */
public final class ViewFactory {
    /** Enough for a screenful of timeline rows and an entry's photos, small enough to keep heap flat. */
    static final int THUMBNAIL_CACHE = 400;

    private final AppContext context;
    private final TaskRunner runner;
    private final ThumbnailCache thumbnails;
    private final UndoStack undo;
    private final TimelineViewModel timelineModel;
    private final EntryViewModel entryModel;
    private MainWindow window;

    public ViewFactory(AppContext context) {
        this.context = context;
        this.runner = new FxTaskRunner(context.executor());
        this.thumbnails = new ThumbnailCache(this::thumbnailFile, runner, THUMBNAIL_CACHE);
        this.undo = new UndoStack(runner);
        this.timelineModel = new TimelineViewModel(context.entries(), context.photos(), runner);
        this.entryModel = new EntryViewModel(context.entries(), context.photos(), runner, context.clock());
    }

    public MainWindow mainWindow() {
        TimelineView timeline = new TimelineView(timelineModel, thumbnails, entryModel::load);
        EntryView entry = new EntryView(entryModel, thumbnails, this::openPhoto);
        entryModel.setOnSaved(timelineModel::entryChanged);
        window = new MainWindow(timeline, entry, timelineModel, undo, this::startImport);
        installFeatures(window);
        timelineModel.reload();
        return window;
    }

    /**
     * Where later features put their commands, so the shell stays the same:
     * File: Backup, Restore, Export, Open sample journal; View: Compare, Calendar, Search, Log;
     * Journal: Visit summary, Verify journal. Use {@code window.add(Section, item)} and
     * {@code window.addToolbarItem(node)}.
     */
    private void installFeatures(MainWindow window) {
    }

    public TimelineViewModel timelineModel() {
        return timelineModel;
    }

    public EntryViewModel entryModel() {
        return entryModel;
    }

    /** Stores what is still unsaved; called as the window closes, before the journal is closed. */
    public void close() {
        entryModel.flush();
    }

    private Path thumbnailFile(Photo photo) {
        throw new UnsupportedOperationException("thumbnails arrive with the preview cache");
    }

    private void openPhoto(Photo photo) {
    }

    private void startImport(List<Path> paths) {
    }
}
