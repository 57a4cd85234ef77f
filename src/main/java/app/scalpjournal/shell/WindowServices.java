package app.scalpjournal.shell;

import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.ComparisonWriter;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Settings;
import app.scalpjournal.library.ui.SafetyActions;
import app.scalpjournal.photo.Inbox;
import app.scalpjournal.photo.OrphanRecovery;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.PhotoService;
import app.scalpjournal.photo.Trash;
import app.scalpjournal.photo.ui.ImportViewModel;
import app.scalpjournal.report.TimeLapses;
import app.scalpjournal.report.VisitSummaries;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the window uses of an open journal, taken from the {@link AppContext} once: the shell hands
 * each feature its own part of this (a view model gets repositories, a window its services), so no
 * view or feature sees the whole context.
 */
public record WindowServices(Clock clock, Executor executor, PhotoPixels pixels,
        EntryRepository entries, PhotoRepository photos, PhotoService photoService,
        ImportViewModel.Importer importer, Settings settings, Inbox inbox,
        SafetyActions.Services safety, Trash trash, Supplier<OrphanRecovery> orphanRecovery,
        VisitSummaries visitSummaries, TimeLapses timeLapses, CompareService compare, ComparisonWriter comparisonWriter,
        LogFeatures.Services log) {

    /** The window's part of an open journal. */
    public static WindowServices of(AppContext context) {
        return new WindowServices(context.clock(), context.executor(), context.photoPixels(),
                context.entries(), context.photos(), context.photoService(),
                context.importer()::importPaths, context.settings(), context.inbox(),
                new SafetyActions.Services(context.backup(), context.export(), context.check(), context.repair()),
                context.trash(), context::orphanRecovery,
                context.visitSummaries(), context.timeLapses(), context.compare(), context.comparisonWriter(),
                new LogFeatures.Services(context.entries(), context.log(), context.routines(), context.tags(), context.validator(),
                        context.search(), context.calendar(), context.reminders(), context.captures(), context.clock()));
    }

    /**
     * Builds the window's services now, on the thread that opened the journal: the context makes each on
     * first use (loading its code), which would otherwise happen on the FX thread in {@link #of}.
     * Returns the context; closes it when building fails.
     */
    public static AppContext builtAhead(AppContext context) {
        try {
            of(context);
            return context;
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }
}
