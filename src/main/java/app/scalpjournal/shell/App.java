package app.scalpjournal.shell;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.diagnostics.DiagnosticLog;
import app.scalpjournal.launch.ClassDataLaunch;
import app.scalpjournal.library.AppVersion;
import app.scalpjournal.library.DamagedJournalException;
import app.scalpjournal.library.LibraryLocation;
import app.scalpjournal.photo.JournalRecovery;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.BusyPane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.ui.UnexpectedErrors;
import app.scalpjournal.ui.WhenDrawn;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: start and stop only; everything else is wired in {@link AppContext} and
 * {@link ViewFactory}. What to open comes from {@link #launch(Options)}, or a {@code --library=DIR}
 * parameter (how tests start it).
 */
public final class App extends Application {
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /** The window's size on a large screen; a smaller screen gets all of its usable area. */
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;
    private static volatile Options options;
    private static volatile CompletableFuture<AppContext> ahead;
    private static volatile CompletableFuture<Void> java2d;
    private static volatile int exitCode;
    private Options opts;
    private UnexpectedErrors errors;
    private BusyPane opening;
    private AppContext context;
    private ViewFactory views;
    private volatile boolean stopped;
    private boolean recovering;

    /**
     * How the window was asked for: the journal folder, whether it is the sample journal, and whether
     * to exit (0) as soon as the main window has drawn its timeline, as smoke tests and benchmarks do.
     */
    public record Options(Path folder, boolean sample, boolean exitWhenShown, Path logFolder) {
    }

    /** Where the sample journal lives when no folder is named. */
    public static Path sampleFolder() {
        return SampleJournalOpener.defaultFolder();
    }

    /**
     * Runs the window until it closes; returns the exit code (1 after a fatal or, unattended, any error).
     * The journal starts opening on its own thread before the toolkit starts, so both start-ups overlap.
     */
    public static int launch(Options given) {
        options = given;
        exitCode = 0;
        ahead = openAhead(given);
        readLookAhead();
        awaitJava2d();
        Application.launch(App.class);
        return exitCode;
    }

    private static CompletableFuture<AppContext> openAhead(Options given) {
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opened.complete(openJournal(given));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "scalp-journal-open-ahead");
        opener.setDaemon(true);
        opener.start();
        return opened;
    }

    /**
     * Reads the light-or-dark choice while the toolkit starts: Java preferences parse an XML file on
     * first use, which {@link #start} would otherwise wait for (it then reads the choice from memory).
     */
    private static void readLookAhead() {
        Thread reader = new Thread(Themes::chosenDark, "scalp-journal-look-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opening may migrate the schema, make the sample journal and tidy up after the last session: slow, never on the FX thread. */
    private static AppContext openJournal(Options given) {
        return given.sample() ? SampleJournalOpener.openOrCreate(given.folder())
                : WindowServices.builtAhead(AppContext.openSession(given.folder()));
    }

    /** The journal {@link #launch} started opening, once; later starts (tests reuse the toolkit) open their own. */
    private static AppContext takeOpenedAhead(Options wanted) {
        CompletableFuture<AppContext> opened = ahead;
        ahead = null;
        if (opened == null || !wanted.equals(options)) {
            if (opened != null) {
                opened.thenAccept(AppContext::close);
            }
            return openJournal(wanted);
        }
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw cause(e);
        }
    }

    /**
     * Java2D (thumbnails, sample pictures) opens its own X11 connection on first use; done after GTK
     * started, GTK prints "XSetErrorHandler() called with a GDK error trap pushed" on stderr. Call this
     * first thing when the window is wanted: it runs on a thread of its own while the log is set up, and
     * {@link #launch} waits for it before the toolkit starts.
     */
    public static void startJava2d() {
        CompletableFuture<Void> init = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                initJava2d();
                init.complete(null);
            } catch (RuntimeException | Error e) {
                init.completeExceptionally(e);
            }
        }, "scalp-journal-java2d");
        thread.setDaemon(true);
        thread.start();
        java2d = init;
    }

    /** Java2D is started (by {@link #startJava2d}, or here when nobody started it); its error is thrown here. */
    private static void awaitJava2d() {
        CompletableFuture<Void> init = java2d;
        java2d = null;
        if (init == null) {
            initJava2d();
            return;
        }
        try {
            init.join();
        } catch (CompletionException e) {
            throw cause(e);
        }
    }

    private static void initJava2d() {
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
    }

    /** What failed on another thread, thrown again as it was. */
    private static RuntimeException cause(CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e;
    }

    @Override
    public void start(Stage stage) {
        opts = options();
        errors = new UnexpectedErrors(() -> stage, opts.logFolder(), Messages.get("app.nameVersion", AppVersion.current()), this::exit,
                opts.exitWhenShown());
        errors.install();
        Themes.apply(Themes.chosenDark());
        stage.setTitle(Messages.get("app.name"));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        opening = new BusyPane(Messages.get(opts.sample() ? "app.openingSample" : "app.opening", opts.folder().toString()),
                Messages.get(opts.sample() ? "app.openingSampleDetail" : "app.openingDetail"));
        opening.setId("opening");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(opening, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        Themes.style(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that showed another scene before (tests reuse one) keeps its old size otherwise
        AppContext ready = openedAlready(opts);
        if (ready != null) {
            show(stage, ready); // opened while the toolkit started: the first frame is the journal, not the progress
        }
        // A 1024x700 laptop gets the whole screen, not a window hanging off its edges (title bar included).
        stage.setOnShown(e -> ScreenFit.clamp(stage));
        stage.show();
        if (ready == null) {
            openInBackground(stage, () -> { });
        }
    }

    /** The journal {@link #launch} opened ahead, when it is open already (else null: opening continues, with progress shown). */
    private static AppContext openedAlready(Options wanted) {
        CompletableFuture<AppContext> opened = ahead;
        if (opened == null || !opened.isDone() || opened.isCompletedExceptionally() || !wanted.equals(options)) {
            return null;
        }
        ahead = null;
        return opened.join();
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = Objects.requireNonNull(App.class.getResourceAsStream("/app/scalpjournal/ui/icon-" + size + ".png"))) {
                stage.getIcons().add(new Image(in));
            } catch (java.io.IOException e) {
                // an icon is decoration; the window works without it
            }
        }
    }

    /** Opening may migrate the schema and tidy up after the last session: not on the FX thread. */
    private void openInBackground(Stage stage, Runnable before) {
        Thread opener = new Thread(() -> {
            try {
                before.run();
                AppContext opened = recovering ? openJournal(opts) : takeOpenedAhead(opts);
                Platform.runLater(() -> show(stage, opened));
            } catch (RuntimeException e) {
                if (UnexpectedErrors.isBug(e)) {
                    failed(Messages.get("app.openFailed"), e);
                } else {
                    Platform.runLater(() -> cannotOpen(stage, e));
                }
            } catch (Error e) {
                failed(Messages.get("app.openFailed"), e);
            }
        }, "scalp-journal-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void show(Stage stage, AppContext opened) {
        if (stopped) {
            opened.close();
            return;
        }
        context = opened;
        try {
            views = new ViewFactory(WindowServices.of(context), new SampleJournalOpener(AppContext::openSession));
            stage.getScene().setRoot(views.mainWindow());
        } catch (RuntimeException | Error e) {
            failed(Messages.get("app.windowFailed"), e);
            return;
        }
        stage.setTitle(Messages.get(opts.sample() ? "app.titleSample" : "app.title", context.library().root().toString()));
        WhenDrawn.watch(stage.getScene(), scene -> stopped || timelineDrawn(scene), () -> {
            if (stopped || context != opened) {
                return;
            }
            if (opts.exitWhenShown()) { // the rows are drawn now: said before the work that follows them
                long ms = ClassDataLaunch.startedAt().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                System.out.println(Messages.get("app.shown", ms));
            }
            // The day's snapshot copies the whole database: after the first rows are on screen, in the background.
            context.executor().execute(context.library()::snapshotIfDue);
            addIcons(stage); // six images to decode: after the first rows, not before
            if (opts.exitWhenShown()) {
                exit(0);
            }
        });
    }

    /** The journal's first rows (or its empty state) are on screen. */
    static boolean timelineDrawn(Scene scene) {
        Node empty = scene.lookup("#emptyState");
        if (empty != null && empty.isVisible()) {
            return true;
        }
        Node timeline = scene.lookup("#timeline");
        return timeline != null && timeline.lookupAll(".list-cell").stream()
                .anyMatch(cell -> cell instanceof IndexedCell<?> row && !row.isEmpty() && row.isVisible());
    }

    private void failed(String whatFailed, Throwable e) {
        Platform.runLater(() -> opening.failed(whatFailed));
        errors.fatal(whatFailed, e);
    }

    /**
     * A locked, newer or damaged journal: say so in one message and leave, without a stack trace. A
     * damaged journal is offered {@code recover} (once): its best database plus every original re-attached.
     */
    private void cannotOpen(Stage stage, RuntimeException e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        if (opts.exitWhenShown()) {
            System.err.println("scalp-journal: " + message);
            exit(1);
            return;
        }
        if (e instanceof DamagedJournalException damaged && !recovering && Dialogs.confirm(stage, Messages.get("damaged.title"),
                Messages.get("damaged.offer", damaged.folder(), damaged.detail()), Messages.get("damaged.recover"))) {
            recovering = true;
            openInBackground(stage, () -> {
                try {
                    JournalRecovery.recover(opts.folder(), Clock.systemDefaultZone());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
            return;
        }
        stage.hide();
        Dialogs.problem(null, Messages.get("app.cannotOpen"), message);
        exit(1);
    }

    private void exit(int code) {
        exitCode = code;
        Platform.exit();
    }

    private Options options() {
        String named = getParameters() == null ? null : getParameters().getNamed().get("library");
        if (named != null) {
            return new Options(Path.of(named), false, false, DiagnosticLog.defaultFolder());
        }
        return options != null ? options : new Options(LibraryLocation.defaultLocation(), false, false, DiagnosticLog.defaultFolder());
    }

    @Override
    public void stop() {
        stopped = true;
        if (views != null) {
            views.close();
        }
        if (context != null) {
            context.close();
        }
        if (errors != null) {
            errors.uninstall();
        }
    }
}
